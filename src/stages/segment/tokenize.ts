// Splits a paragraph into word, number, punctuation and symbol tokens (our own: elision, initialisms, thousands).
import type { Token } from '../../core/article.js';

// Order matters: elided articles and pronouns first, then initialisms, numbers, words, possessives, the rest.
const TOKEN =
  /((?:[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[LlDdJjMmNnSsTtCc])['’](?=\p{L}))|((?:\p{L}\.){2,}(?!\p{L}))|(\p{N}+(?:[\u00a0\u202f.,]\p{N}{3})*(?:[.,]\p{N}+)?(?![\p{L}\p{N}]))|([\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*)|(\p{P})|(\S)/gu;

/** Tokens of text[from, to), with offsets into the whole text. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    // Groups: 1 elision, 2 initialism, 3 number, 4 word, 5 punctuation, 6 symbol.
    const start = from + m.index;
    const end = start + m[0].length;
    if (m[4] !== undefined) pushWord(text, start, end, tokens);
    else if (m[3] !== undefined) tokens.push({ start, end, kind: 'number' });
    else if (m[5] !== undefined) tokens.push({ start, end, kind: 'punct' });
    else if (m[6] !== undefined) tokens.push({ start, end, kind: 'symbol' });
    else tokens.push({ start, end, kind: 'word' });
  }
  return tokens;
}

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
  tokens.push({ start, end, kind: /^\p{N}+$/u.test(word) ? 'number' : 'word' });
}
