// Character tests the tokenizers' fast paths use instead of Unicode regexes (our own; no library for this).
import { readCachedBytes, writeCachedBytes } from './cache.js';

/**
 * 1 for an ASCII letter or digit, or a Latin letter from U+00C0 to U+024F (× and ÷ excepted): surely a word
 * character. One entry per UTF-16 unit, so that hot loops read `PLAIN_WORD[c] === 1` without a call per character.
 */
export const PLAIN_WORD: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c <= 0x24f; c++)
    table[c] =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
        ? 1
        : 0;
  return table;
})();

/** Whether a UTF-16 unit is a plain word character (see PLAIN_WORD). */
export function plainWordChar(c: number): boolean {
  return PLAIN_WORD[c] === 1;
}

/**
 * String.prototype.charCodeAt, for `charCodeAt.call(s, i)` in hot loops. They run over strings of every
 * representation (sliced, flat, one- or two-byte), where `s.charCodeAt` is a megamorphic property load, a stub call
 * per character; V8 reduces a `.call` of this known function to an inline character read.
 */
export const charCodeAt = String.prototype.charCodeAt;

/**
 * The BMP's letters and numbers, one byte per UTF-16 unit: 1 a letter (`\p{L}`), 2 a number (`\p{N}`), 0 otherwise
 * and for surrogates. Built from one regex pass over every unit (~10 ms), so it agrees with the engine's Unicode
 * tables; kept in the cache directory (core/cache.ts) under the engine's version, where it loads in well under a
 * millisecond.
 */
const UNIT_CLASSES: Uint8Array = (() => {
  const key = `${process.versions.v8}|${process.versions.unicode ?? ''}`;
  const cached = readCachedBytes('unit-classes-1', key);
  if (cached && cached.length === 0x10000) return new Uint8Array(cached);
  const table = new Uint8Array(0x10000);
  const classes = /(\p{L}+)|\p{N}+/gu;
  for (const [from, to] of [
    [0, 0xd800],
    [0xe000, 0x10000],
  ]) {
    let units = '';
    for (let c = from; c < to; c += 4096) {
      const chunk = new Uint16Array(Math.min(4096, to - c));
      for (let k = 0; k < chunk.length; k++) chunk[k] = c + k;
      units += String.fromCharCode(...chunk);
    }
    for (const m of units.matchAll(classes))
      table.fill(m[1] !== undefined ? 1 : 2, from + m.index, from + m.index + m[0].length);
  }
  writeCachedBytes('unit-classes-1', key, table);
  return table;
})();

/**
 * 1 for a UTF-16 unit that is a letter or a number by itself (`[\p{L}\p{N}]`), 0 otherwise and for surrogates: the
 * scanners of `[\p{L}\p{N}]+` words read it inline and test the rare astral code point with `astralWordChar`.
 */
export const WORD_CHAR: Uint8Array = UNIT_CLASSES.map((c) => (c === 0 ? 0 : 1));

/** 1 for a UTF-16 unit that is a letter by itself (`\p{L}`), 0 otherwise and for surrogates. */
const LETTER_CHAR: Uint8Array = UNIT_CLASSES.map((c) => (c === 1 ? 1 : 0));

const ASTRAL_LETTER = /^\p{L}$/u;

/** Units (2) of the astral letter starting at `i`, else 0. */
function astralLetter(s: string, i: number): number {
  // Past the end the answer is 0 as well; reading there deoptimised this function ("out of bounds").
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 0;
  const d = s.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return ASTRAL_LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
}

/**
 * Calls `each(start, end)` for every `\p{L}+` run of `s`, in order, as `s.match(/\p{L}+/gu)` finds them, from a table
 * of BMP letters instead of a regex testing a property class at every unit.
 */
export function forEachLetterRun(s: string, each: (start: number, end: number) => void): void {
  const letter = LETTER_CHAR;
  const n = s.length;
  let i = 0;
  while (i < n) {
    let start = -1;
    while (i < n) {
      const c = charCodeAt.call(s, i);
      // Only a high surrogate can start an astral letter: the call is made for those alone (no inlining here).
      if (letter[c] === 1 || ((c & 0xfc00) === 0xd800 && astralLetter(s, i) === 2)) {
        start = i;
        break;
      }
      i++;
    }
    if (start < 0) return;
    while (i < n) {
      const c = charCodeAt.call(s, i);
      if (letter[c] === 1) i++;
      else if ((c & 0xfc00) === 0xd800 && astralLetter(s, i) === 2) i += 2;
      else break;
    }
    each(start, i);
  }
}

const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;

/**
 * Where the next `[\p{L}\p{N}]+` run at or after `i` starts (`s.length` when none does). With `wordRunEnd`, a
 * scan of the words of `s` is two calls per word:
 * `for (let i = wordRunStart(s, 0); i < s.length; i = wordRunStart(s, end)) { const end = wordRunEnd(s, i); … }`.
 */
export function wordRunStart(s: string, i: number): number {
  const n = s.length;
  const word = WORD_CHAR;
  while (i < n) {
    const c = charCodeAt.call(s, i);
    // Only a high surrogate can start an astral word character: the call is made for those alone, not for every
    // space and punctuation mark (the product runs without TurboFan inlining: each call is a real one).
    if (word[c] === 1 || ((c & 0xfc00) === 0xd800 && astralWordChar(s, i) !== 0)) break;
    i++;
  }
  return i;
}

/**
 * Where the `[\p{L}\p{N}]+` run starting at `i` ends (`i` itself when none starts there). Callers skip the
 * characters between words inline with `WORD_CHAR`, so this is one call per word.
 */
export function wordRunEnd(s: string, i: number): number {
  const n = s.length;
  const word = WORD_CHAR;
  while (i < n) {
    const c = charCodeAt.call(s, i);
    if (word[c] === 1) i++;
    else if ((c & 0xfc00) === 0xd800 && astralWordChar(s, i) === 2) i += 2;
    else break;
  }
  return i;
}

/** Units (2) of the astral letter or number starting at `i`, else 0 (`WORD_CHAR` covers the BMP). */
export function astralWordChar(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 0;
  const d = s.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return ASTRAL_WORD.test(s.slice(i, i + 2)) ? 2 : 0;
}

/** Outside Latin-1: a string holding it is stored two bytes per character. */
const WIDE = '\u0100';

/**
 * The same text, held in V8's two-byte representation (our own; no API offers it). V8 stores a string with only
 * Latin-1 characters one byte per character and compiles a regex to machine code once for each representation it
 * runs on; every string sliced, cased or joined from a two-byte text is two-byte too. Most articles hold a character
 * beyond Latin-1 (’, “, —), so without this the few that do not made each worker compile its ~500 regexes a second
 * time. Slicing a two-byte string keeps its representation, even when the slice is all Latin-1.
 */
export function twoByte(text: string): string {
  return text.length === 0 ? text : (WIDE + text).slice(1);
}

let lastChecked = '';
let lastAscii = true;

/**
 * Whether every letter and digit of `s` is ASCII (no other unit is `[\p{L}\p{N}]`, and no surrogate stands in it):
 * then `[A-Za-z0-9]` and `[\p{L}\p{N}]` match alike at every position of `s`. Repeated calls on one string (a
 * sentence scanned by several regexes in turn) are answered from the last check.
 */
export function asciiWordsOnly(s: string): boolean {
  if (s === lastChecked) return lastAscii;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 && (WORD_CHAR[c] === 1 || (c & 0xf800) === 0xd800)) {
      ascii = false;
      break;
    }
  }
  lastChecked = s;
  lastAscii = ascii;
  return ascii;
}
