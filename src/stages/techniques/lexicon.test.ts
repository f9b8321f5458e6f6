// Tests of the cue-lexicon loader: every shipped file validates, and bad rows stop start-up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SetupError } from '../../core/errors.js';
import { compileLexicon, CUE_LANGUAGES, cueLexicon, parseCueRows } from './lexicon.js';

test('every shipped lexicon loads with rows', () => {
  for (const lang of CUE_LANGUAGES) assert.ok(cueLexicon(lang).rows.length > 0, lang);
});

test('a row needs terms or a pattern, a known label, no capturing group and a unique id', () => {
  const bad = [
    '- {id: fr-a, label: Doubt, note: x}',
    '- {id: fr-a, label: Doubtful, terms: [ab], note: x}',
    '- {id: fr-a, label: Doubt, pattern: "(ab)", note: x}',
    '- {id: fr-a, label: Doubt, terms: [ab], note: x}\n- {id: fr-a, label: Doubt, terms: [cd], note: x}',
  ];
  for (const source of bad) assert.throws(() => parseCueRows(source, 'test.yaml'), SetupError, source);
});

test('terms: any white space between words, either apostrophe, a final * for endings', () => {
  const rows = parseCueRows(
    '- {id: fr-a, label: Doubt, terms: ["l\'image", "sans  preuve", "rumeur*"], note: x}',
    't',
  );
  const lex = compileLexicon('fr', rows);
  const text = 'Salir l’image, sans\npreuve, des rumeurs.';
  assert.deepEqual(
    lex.match(text, 0, text.length).map((h) => text.slice(h.start, h.end)),
    ['l’image', 'sans\npreuve', 'rumeurs'],
  );
});
