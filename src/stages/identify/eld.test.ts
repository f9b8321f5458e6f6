// Tests of our eld loader: the detector built from the cached database answers as `eld/small` does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eld } from 'eld/small';
import { eldDetector } from './eld.js';

const TEXTS = [
  'Le gouvernement a annoncé mardi une nouvelle série de mesures pour les agriculteurs.',
  'The ministry said on Tuesday that the talks would resume next week in Geneva.',
  'Die Regierung hat am Dienstag neue Maßnahmen für die Landwirtschaft angekündigt.',
  'Il governo ha annunciato martedì nuove misure per gli agricoltori del sud.',
  'Правительство во вторник объявило о новых мерах поддержки фермеров.',
  'Rząd ogłosił we wtorek nowe środki wsparcia dla rolników.',
  'El gobierno anunció el martes nuevas medidas para los agricultores.',
  'أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لدعم المزارعين',
  '政府周二宣布了支持农民的新措施。',
  'Photo: Reuters',
  '',
];

test('the cached-database detector gives the same language as eld/small', () => {
  for (const text of TEXTS) assert.equal(eldDetector.detect(text).language, eld.detect(text).language, text);
});
