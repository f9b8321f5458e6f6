// Tests of the literal term reader: at every position of random text it ends where the term's `yiu` regex ends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom as random } from '../../core/random-text.case.js';
import { termSource } from './cue-matcher.js';
import { LiteralTerm, LiteralTerms } from './term-match.js';

/** Letters that case folding treats specially, marks, digits, apostrophes, kinds of white space, an astral letter. */
const UNITS = [
  'a',
  'A',
  'k',
  'K',
  '\u212a',
  's',
  'S',
  'ſ',
  'é',
  'É',
  'e',
  '\u0301',
  'σ',
  'Σ',
  'ς',
  'i',
  'I',
  'İ',
  'ı',
  'ß',
  'ẞ',
  'ǅ',
  'ǆ',
  'Ǆ',
  "'",
  '’',
  ' ',
  '\u00a0',
  '\n',
  '\u2028',
  '-',
  '9',
  '٣',
  '𝐀',
  '𐐀',
  '𐐨',
  '.',
  '«',
  '[',
  '{',
];
const TERM_UNITS = UNITS.filter((u) => u.length === 1 && !/\s/.test(u));

const rowRegex = (terms: string[]): RegExp =>
  new RegExp(
    `(?:${[...terms]
      .sort((a, b) => b.length - a.length)
      .map(termSource)
      .join('|')})(?!\\p{L}|\\p{N})`,
    'yiu',
  );

test('literal terms end where their regex ends, at every position of random text', () => {
  const next = random(1123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  let matches = 0;
  for (let round = 0; round < 400; round++) {
    const terms = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const words = Array.from({ length: 1 + Math.floor(next() * 2) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TERM_UNITS)).join(''),
      );
      return words.join(' ') + (next() < 0.4 ? '*' : '');
    });
    const reader = LiteralTerms.of(terms);
    assert.ok(reader);
    const re = rowRegex(terms);
    // Text made of the terms (in other cases, other white space, other endings) and units of the whole alphabet.
    const variant = (t: string): string => {
      let v = t.replace('*', pick(['', 's', 'é\u0301', '9', 'ſ']));
      v = v.replace(/ /g, () => pick([' ', '  ', '\u00a0', '\n', '\u2028']));
      const r = next();
      return r < 0.25 ? v.toUpperCase() : r < 0.5 ? v.toLowerCase() : v;
    };
    let text = '';
    while (text.length < 40) text += next() < 0.4 ? variant(pick(terms)) : pick(UNITS);
    for (let at = 0; at <= text.length; at++) {
      re.lastIndex = at;
      const x = re.exec(text);
      const want = x ? at + x[0].length : -1;
      assert.equal(
        reader.matchAt(text, at),
        want,
        `${JSON.stringify(terms)} at ${at} in ${JSON.stringify(text)}`,
      );
      if (want >= 0) matches++;
    }
  }
  assert.ok(matches > 400, `the random texts hold matches (${matches})`);
});

test('a starred term gives back letters until no letter or number follows', () => {
  const term = LiteralTerm.of('rumeur*');
  assert.ok(term);
  assert.equal(term.matchAt('rumeurs, dit-on', 0), 7);
  assert.equal(term.matchAt('rumeurs9', 0), -1);
  // Under a mark the cut can fall before the mark: the regex's backtracking does the same.
  assert.equal(term.matchAt('rumeure\u03019', 0), 7);
  assert.equal(LiteralTerm.of('mot clé')?.matchAt('MOT\u00a0\nCLÉ.', 0), 8);
  assert.equal(LiteralTerm.of("aujourd'hui")?.matchAt('aujourd’hui', 0), 11);
  assert.equal(LiteralTerm.of('𐐀x'), null);
  assert.equal(LiteralTerm.of(' a'), null);
});
