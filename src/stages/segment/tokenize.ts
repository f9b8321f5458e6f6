// Splits a paragraph into word, number, punctuation and symbol tokens (our own: elision, initialisms, thousands).
import type { Token } from '../../core/article.js';
import { charCodeAt, PLAIN_WORD, plainWordChar } from '../../core/plain-chars.js';

// Order matters: elided articles and pronouns first, then initialisms, numbers, words, possessives, the rest.
const TOKEN =
  /((?:[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[LlDdJjMmNnSsTtCc])['’](?=\p{L}))|((?:\p{L}\.){2,}(?!\p{L}))|(\p{N}+(?:[\u00a0\u202f.,]\p{N}{3})*(?:[.,]\p{N}+)?(?![\p{L}\p{N}]))|([\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*)|(\p{P})|(\S)/gu;

/** The same expression, tried at one position only (every non-space character starts a token). */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** For each printable ASCII unit that is neither a letter nor a digit: 1 punctuation (`\p{P}`), 2 a symbol; else 0. */
const ASCII_MARK: Uint8Array = (() => {
  const table = new Uint8Array(0x80);
  for (let c = 0x21; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    if (!/[\p{L}\p{N}]/u.test(ch)) table[c] = /\p{P}/u.test(ch) ? 1 : 2;
  }
  return table;
})();

/** Ends a plain word for sure: ASCII other than letters, digits and the marks of elisions, initialisms and compounds. */
function plainEnd(c: number): boolean {
  return c < 0x80 && !plainWordChar(c) && c !== 0x2e && c !== 0x27 && c !== 0x2d;
}

/**
 * Tokens of text[from, to), with offsets into the whole text. A word of plain letters followed by a space or plain
 * punctuation is taken as it stands; anything else (elisions, initialisms, numbers, compounds, other scripts) is
 * read by TOKEN at its position, so the tokens are those of scanning the range with TOKEN.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  // TOKEN must not look past the range: it reads a copy cut at `to` (made once, when first needed).
  let bounded: string | null = to === text.length ? text : null;
  let i = from;
  while (i < to) {
    const c = charCodeAt.call(text, i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
      i++;
      continue;
    }
    if (c > 0x39 && PLAIN_WORD[c] === 1) {
      // A plain letter (not a digit) starts a plain word; the table is read inline: this runs for every character.
      let j = i + 1;
      let d = 0;
      while (j < to && PLAIN_WORD[(d = charCodeAt.call(text, j))] === 1) j++;
      if (j === to || plainEnd(d)) {
        tokens.push({ start: i, end: j, kind: 'word' });
        i = j;
        continue;
      }
    }
    if (c < 0x80 && ASCII_MARK[c] !== 0) {
      // ASCII punctuation or a symbol is a token of its own: TOKEN would read it as group 5 or 6, one unit long.
      tokens.push({ start: i, end: i + 1, kind: ASCII_MARK[c] === 1 ? 'punct' : 'symbol' });
      i++;
      continue;
    }
    bounded ??= text.slice(0, to);
    i = tokenAt(text, bounded, i, tokens);
  }
  return tokens;
}

/** Reads the token at `i` with TOKEN (white space yields none); returns where reading goes on. */
function tokenAt(text: string, bounded: string, i: number, tokens: Token[]): number {
  TOKEN_AT.lastIndex = i;
  const m = TOKEN_AT.exec(bounded);
  if (m === null) return i + 1;
  push(m, text, i, tokens);
  return i + m[0].length;
}

/** A TOKEN match as a token. Groups: 1 elision, 2 initialism, 3 number, 4 word, 5 punctuation, 6 symbol. */
function push(m: RegExpExecArray, text: string, start: number, tokens: Token[]): void {
  const end = start + m[0].length;
  if (m[4] !== undefined) pushWord(text, start, end, tokens);
  else if (m[3] !== undefined) tokens.push({ start, end, kind: 'number' });
  else if (m[5] !== undefined) tokens.push({ start, end, kind: 'punct' });
  else if (m[6] !== undefined) tokens.push({ start, end, kind: 'symbol' });
  else tokens.push({ start, end, kind: 'word' });
}

/** The reference: TOKEN scanned over the range (kept for tests; `tokenize` gives the same tokens). */
export function tokenizeByScan(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) push(m, text, from + m.index, tokens);
  return tokens;
}

const ALL_DIGITS = /^\p{N}+$/u;

// An English possessive or contraction ("Clinton’s", "don't") keeps its stem apart: "Clinton" + "’s".
const CLITIC_TAIL = /['’](?:s|re|ve|ll|d|m|t)$/i;

function pushWord(text: string, start: number, end: number, tokens: Token[]): void {
  const word = text.slice(start, end);
  const tail = CLITIC_TAIL.exec(word);
  if (tail && tail.index > 0) {
    tokens.push({ start, end: start + tail.index, kind: 'word' });
    tokens.push({ start: start + tail.index, end, kind: 'word' });
    return;
  }
  tokens.push({ start, end, kind: ALL_DIGITS.test(word) ? 'number' : 'word' });
}
