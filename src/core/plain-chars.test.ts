// Tests of the character tables: they must agree with the engine's Unicode regexes unit for unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  asciiWordsOnly,
  astralWordChar,
  forEachLetterRun,
  PLAIN_WORD,
  twoByte,
  WORD_CHAR,
  wordRunEnd,
  wordRunStart,
} from './plain-chars.js';
import { seededRandom } from './random-text.case.js';

describe('plain-chars', () => {
  it('WORD_CHAR is [\\p{L}\\p{N}] for every BMP unit, and 0 for surrogates', () => {
    const re = /^[\p{L}\p{N}]$/u;
    let wrong = 0;
    for (let c = 0; c < 0x10000; c++) {
      const expected = c >= 0xd800 && c <= 0xdfff ? 0 : re.test(String.fromCharCode(c)) ? 1 : 0;
      if (WORD_CHAR[c] !== expected) wrong++;
    }
    assert.equal(wrong, 0);
  });

  it('asciiWordsOnly: no letter or digit outside ASCII, and no surrogate', () => {
    assert.equal(asciiWordsOnly('il a dit « non » — 2024, l’an'), true);
    assert.equal(asciiWordsOnly('il a dit « non » — 2024, l’an'), true);
    assert.equal(asciiWordsOnly('a démenti'), false);
    assert.equal(asciiWordsOnly('x²'), false);
    assert.equal(asciiWordsOnly('москва'), false);
    assert.equal(asciiWordsOnly('ok 😀'), false);
    assert.equal(asciiWordsOnly(''), true);
  });

  it('every plain word character is a word character', () => {
    for (let c = 0; c < 0x10000; c++)
      if (PLAIN_WORD[c] === 1) assert.equal(WORD_CHAR[c], 1, `U+${c.toString(16)}`);
  });

  it('astralWordChar reads astral letters and numbers, not emoji nor lone surrogates', () => {
    assert.equal(astralWordChar('𝐀b', 0), 2); // U+1D400, a mathematical letter
    assert.equal(astralWordChar('x𠀀', 1), 2); // U+20000, a CJK ideograph
    assert.equal(astralWordChar('😀', 0), 0);
    assert.equal(astralWordChar('\ud835', 0), 0);
    assert.equal(astralWordChar('\udc00a', 0), 0);
    assert.equal(astralWordChar('a', 0), 0);
  });

  it('wordRunStart finds the next run of letters and numbers, astral ones included', () => {
    assert.equal(wordRunStart('  « Kyiv', 0), 4);
    assert.equal(wordRunStart('word', 0), 0);
    assert.equal(wordRunStart('😀 𝐀', 0), 3);
    assert.equal(wordRunStart('. ,', 0), 3);
  });

  it('wordRunStart and wordRunEnd together scan the words a [\\p{L}\\p{N}]+ regex finds', () => {
    const text = "L'ONU, le 6 déc. — 𝐀lpha😀beta_2 «Kyiv»: x";
    const words: string[] = [];
    for (let i = wordRunStart(text, 0); i < text.length;) {
      const end = wordRunEnd(text, i);
      words.push(text.slice(i, end));
      i = wordRunStart(text, end);
    }
    assert.deepEqual(words, text.match(/[\p{L}\p{N}]+/gu));
  });

  it('forEachLetterRun finds the runs a \\p{L}+ regex finds, astral letters and lone surrogates included', () => {
    const runs = (text: string): string[] => {
      const out: string[] = [];
      forEachLetterRun(text, (start, end) => out.push(text.slice(start, end)));
      return out;
    };
    const fixed = "L'ONU, le 6 déc. — 𝐀lpha😀beta_2x «Kyiv»: x² Ⅻ \ud835 \udc00ab covid19";
    assert.deepEqual(runs(fixed), fixed.match(/\p{L}+/gu));
    const random = seededRandom(11);
    const alphabet = [
      'a',
      'É',
      'ß',
      '1',
      '²',
      'Ⅻ',
      ' ',
      '’',
      '-',
      '𝐀',
      '😀',
      '\ud835',
      '\udc00',
      'ж',
      '北',
      '٣',
    ];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(runs(text), text.match(/\p{L}+/gu) ?? [], JSON.stringify(text));
    }
  });

  it('wordRunEnd ends a run of letters and numbers, astral ones included', () => {
    assert.equal(wordRunEnd('Zelensky2 said', 0), 9);
    assert.equal(wordRunEnd('a𝐀b c', 0), 4);
    assert.equal(wordRunEnd(' word', 0), 0);
    assert.equal(wordRunEnd('x😀', 0), 1);
  });

  it('twoByte keeps the text as it is (only its storage changes)', () => {
    for (const text of [
      '',
      'a',
      'Le porte-parole a démenti.',
      'Peskov’s “fake story” — 😀',
      'x'.repeat(5000),
    ]) {
      const wide = twoByte(text);
      assert.equal(wide, text);
      assert.equal(wide.length, text.length);
    }
  });
});
