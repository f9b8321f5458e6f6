// Tests of the line features: the incremental hashing gives exactly the ids of the feature keys the model was trained on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { piecesWithRange } from '../../core/random-text.case.js';
import { hashFeature, lineFeatures, repeatCounts, tokenize, tokenizeByScan } from './features.js';

test('word, stem and pair ids equal the hashes of their keys', () => {
  const text = 'Une propagande éhontée, dit-il.';
  const f = lineFeatures(text, 0, text.length, [], 'fr');
  const byWord = new Map(f.byToken.map((t) => [t.token.norm, t.ids]));
  assert.deepEqual(byWord.get('propagande'), [
    hashFeature('w:propagande'),
    hashFeature('s:propa'),
    hashFeature('b:propagande éhontée'),
  ]);
  assert.deepEqual(byWord.get('il'), [hashFeature('w:il')], 'the last word has no pair; short words no stem');
  for (const ids of byWord.values()) for (const id of ids) assert.ok(f.ids.includes(id));
});

test('given tokens give the same features and repeat counts as tokenising again', () => {
  const text = 'Le régime criminel ment.\nLe régime criminel encore.';
  const lines = [
    { start: 0, end: 24 },
    { start: 25, end: text.length },
  ];
  const tokens = lines.map((l) => tokenize(text, l.start, l.end));
  assert.deepEqual(repeatCounts(text, lines, tokens), repeatCounts(text, lines));
  assert.deepEqual(repeatCounts(text, lines), [1, 1]);
  const a = lineFeatures(text, 0, 24, ['Loaded_Language'], 'fr', { index: 0, count: 2 }, tokens[0]);
  const b = lineFeatures(text, 0, 24, ['Loaded_Language'], 'fr', { index: 0, count: 2 });
  assert.deepEqual(a, b);
});

test('tokenize finds the words that scanning with WORD finds (random text, ranges cut between pieces)', () => {
  const pieces = [
    'Kremlin',
    'armée',
    "l'",
    '’',
    'U.S.',
    '1 000',
    'x9',
    'naïve',
    'e\u0301',
    'Зеленский',
    'İ',
    '𝒜',
    '²',
    'µ',
    '«',
    ',',
    '.',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    '-',
    'ß',
    'ǅ',
    'Ω',
  ];
  fc.assert(
    fc.property(piecesWithRange(pieces), ({ text, from, to }) => {
      assert.deepEqual(
        tokenize(text, from, to),
        tokenizeByScan(text, from, to),
        JSON.stringify({ text, from, to }),
      );
    }),
    { numRuns: 3000 },
  );
});
