// Tests of our eld loader: the detector built from the cached database answers as `eld/small` does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { eld } from 'eld/small';
import { compact, deserialise, eldDetector, serialise } from './eld.js';

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

test('our port of eld scores any text as eld/small does (random words, scripts, apostrophes, long words)', () => {
  const pieces = [
    'le',
    'gouvernement',
    'the',
    'ministry',
    'die',
    'Regierung',
    'il',
    'governo',
    'правительство',
    'rząd',
    'środki',
    'el',
    'gobierno',
    'الحكومة',
    '政府',
    'don’t',
    "l'État",
    'x'.repeat(80),
    'ééééééééééééééééééééééééééééééééééééé',
    '😀',
    '𝐀𝐁𝐂',
    '2024',
    '  ',
    ', ',
    '. ',
    '\n',
    '-',
    '«',
    '»',
    'Ⅻ',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.boolean(), (parts, glue) => {
      const text = parts.join(glue ? '' : ' ');
      assert.equal(eldDetector.detect(text).language, eld.detect(text).language, text);
    }),
    { numRuns: 500 },
  );
});

test('the compact database survives its cache file, and a damaged file is refused', () => {
  const db = compact({
    type: 'S2',
    languages: { 0: 'en', 1: 'fr' },
    ngrams: { ' the ': { 0: 120 }, ' le ': { 1: 90, 0: 3 }, 'Ã©t': { 1: 40 } },
  });
  const back = deserialise(serialise(db));
  assert.ok(back);
  assert.deepEqual(back.languages, ['en', 'fr']);
  for (const k of ['keyStart', 'units', 'entryStart', 'entryLang', 'entryScore'] as const)
    assert.deepEqual([...back[k]], [...db[k]], k);
  const bytes = serialise(db);
  assert.equal(deserialise(bytes.subarray(0, bytes.length - 4)), null);
  assert.equal(deserialise(Buffer.alloc(8)), null);
});
