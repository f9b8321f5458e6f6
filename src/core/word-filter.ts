// A one-sided filter in front of a word map (our own; a Bloom filter with one hash): `mayHave` false means absent.
import { charCodeAt } from './plain-chars.js';

/** Bits of a filter: 2^16 (8 KB, small enough to stay in cache), for up to a few thousand words. */
const LOG2 = 16;

/**
 * The filter bit of `s[start, end)` (non-empty): its length and first, second and last units, hashed. A text's words
 * can be hashed once (`quickBits` in segment/lexicon-index.ts) and tested against several filters' `bits`.
 */
export function wordBit(s: string, start = 0, end = s.length): number {
  const n = end - start;
  const c1 = n > 1 ? charCodeAt.call(s, start + 1) : 0;
  const h = ((charCodeAt.call(s, start) * 31 + c1) * 31 + charCodeAt.call(s, end - 1)) * 31 + n;
  return Math.imul(h, 0x9e3779b1) >>> (32 - LOG2);
}

/**
 * The words of a map or set, as bits: a scan asks `mayHave` before cutting a word out of its text and hashing it for
 * the map; most words of running text are turned away at the cost of four character reads.
 */
export class WordFilter {
  /** The filter's bits, public so that hot scans test a bit inline (a call per token otherwise: no inlining here). */
  readonly bits = new Uint32Array((1 << LOG2) >>> 5);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    if (word.length === 0) return;
    const bit = wordBit(word, 0, word.length);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  /** Whether `s[start, end)` may be one of the words (false: surely not). */
  mayHave(s: string, start = 0, end = s.length): boolean {
    if (end <= start) return false;
    const bit = wordBit(s, start, end);
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}
