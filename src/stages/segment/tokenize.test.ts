// Tests of the tokenizer's fast path: on random text it cuts exactly the tokens that scanning with TOKEN cuts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { piecesWithRange } from '../../core/random-text.case.js';
import { tokenize, tokenizeByScan } from './tokenize.js';

const PIECES = [
  'le',
  'Kremlin',
  'armée',
  "l'",
  'l’',
  'qu’',
  "Jusqu'",
  'aujourd’hui',
  'U.S.',
  'É.-U.',
  'M.',
  'Mr.',
  'don’t',
  "Clinton's",
  'porte-parole',
  'x‐y',
  '1 000',
  '1\u00a0000',
  '3,5',
  '3.14159',
  '12abc',
  '²',
  'ª',
  'µ',
  'naïve',
  'e\u0301',
  'Зеленский',
  'Ş',
  'ǅ',
  '𝒜',
  '😀',
  '«',
  '»',
  '“',
  '”',
  ',',
  '.',
  '…',
  '—',
  '-',
  '(',
  ')',
  '%',
  '$',
  '&',
  '+',
  '<',
  '=',
  '|',
  '~',
  '^',
  '`',
  '@',
  '#',
  '*',
  '/',
  '\\',
  '_',
  '{',
  '!',
  '?',
  ';',
  ':',
  '"',
  '[',
  '\v',
  '\f',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u202f',
  '\u2009',
  "'",
  '’',
  'a',
  'Z',
  '9',
  '×',
  '÷',
];

test('tokenize cuts the tokens that scanning with TOKEN cuts (random text, ranges cut between pieces)', () => {
  fc.assert(
    fc.property(piecesWithRange(PIECES), ({ text, from, to }) => {
      assert.deepEqual(
        tokenize(text, from, to),
        tokenizeByScan(text, from, to),
        JSON.stringify({ text, from, to }),
      );
    }),
    { numRuns: 3000 },
  );
});

test('plain words, elisions, initialisms, numbers and compounds', () => {
  const text = "L'armée des U.S. a tiré 1\u00a0000 obus, dit le porte-parole aujourd’hui.";
  const got = tokenize(text, 0, text.length);
  assert.deepEqual(got, tokenizeByScan(text, 0, text.length));
  assert.deepEqual(
    got.map((t) => `${text.slice(t.start, t.end)}/${t.kind}`),
    [
      "L'/word",
      'armée/word',
      'des/word',
      'U.S./word',
      'a/word',
      'tiré/word',
      '1\u00a0000/number',
      'obus/word',
      ',/punct',
      'dit/word',
      'le/word',
      'porte-parole/word',
      'aujourd’hui/word',
      './punct',
    ],
  );
});
