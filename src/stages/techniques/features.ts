// Hashed line features (words, word pairs, word stems, cue hits, shape) shared by training and detection.
import { PLAIN_WORD } from '../../core/plain-chars.js';

export interface LineToken {
  start: number;
  end: number;
  /** Lower-cased word form. */
  norm: string;
}

export interface LineFeatures {
  /** Hashed feature ids (deduplicated). */
  ids: number[];
  /** For each word token, the hashed ids it contributes (unigram, stem, bigram with the next word). */
  byToken: Array<{ token: LineToken; ids: number[] }>;
}

/** Feature space size: ids are taken modulo this (a power of two). */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;
const STEM = 5;

const WORD = /[\p{L}\p{N}]+/gu;

const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over `s[from, to)`: hashing "a" then "b" equals hashing "ab", with no string made. */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a over UTF-16 units: fast, stable, and good enough for feature hashing. */
export function hashFeature(key: string): number {
  return (fnv(FNV_OFFSET, key) >>> 0) & MASK;
}

const WORD_KEY = fnv(FNV_OFFSET, 'w:');
const STEM_KEY = fnv(FNV_OFFSET, 's:');
const PAIR_KEY = fnv(FNV_OFFSET, 'b:');

/** A word's ids, written by `tokenIdsInto` (at most three). */
const scratch = new Int32Array(3);

/**
 * Writes a word's unigram `w:x`, stem `s:xxxxx` and pair `b:x y` feature ids into `scratch`, hashed as those keys
 * are, in that order; returns how many it wrote.
 */
function tokenIdsInto(norm: string, next: string | undefined): number {
  // fnv written out (this runs for every word of every line): word, stem and pair hashes in one pass over `norm`.
  let word = WORD_KEY;
  let stem = STEM_KEY;
  let pair = PAIR_KEY;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    word = Math.imul(word ^ c, 0x01000193);
    if (i < STEM) stem = Math.imul(stem ^ c, 0x01000193);
    pair = Math.imul(pair ^ c, 0x01000193);
  }
  let n = 0;
  scratch[n++] = (word >>> 0) & MASK;
  if (norm.length > STEM) scratch[n++] = (stem >>> 0) & MASK;
  if (next !== undefined) {
    pair = Math.imul(pair ^ 0x20, 0x01000193);
    for (let i = 0; i < next.length; i++) pair = Math.imul(pair ^ next.charCodeAt(i), 0x01000193);
    scratch[n++] = (pair >>> 0) & MASK;
  }
  return n;
}

/** A word's ids as a list (see tokenIdsInto). */
function tokenIds(norm: string, next: string | undefined): number[] {
  const n = tokenIdsInto(norm, next);
  const ids: number[] = [];
  for (let k = 0; k < n; k++) ids.push(scratch[k]);
  return ids;
}

/**
 * The words of text[start, end) (runs of letters and digits, lower-cased). A run of plain characters ended by ASCII
 * is taken as it stands; where other characters are met, WORD reads on from the run's start: the same words.
 */
export function tokenize(text: string, start: number, end: number): LineToken[] {
  const out: LineToken[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // plainWordChar, written out (this runs for every character).
    const plain = PLAIN_WORD[c] === 1;
    if (c < 0x80 && !plain) {
      i++;
      continue;
    }
    if (plain) {
      let j = i + 1;
      let d = 0;
      while (j < end && PLAIN_WORD[(d = text.charCodeAt(j))] === 1) j++;
      if (j === end || d < 0x80) {
        out.push({ start: i, end: j, norm: text.slice(i, j).toLowerCase() });
        i = j;
        continue;
      }
    }
    i = regexWords(text, i, end, out);
  }
  return out;
}

/** Reads words with WORD from `i` up to the next plain white space; returns where to go on. */
function regexWords(text: string, i: number, end: number, out: LineToken[]): number {
  let stop = i;
  while (stop < end && text.charCodeAt(stop) !== 0x20 && text.charCodeAt(stop) !== 0x0a) stop++;
  const slice = text.slice(i, stop);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice))
    out.push({ start: i + m.index, end: i + m.index + m[0].length, norm: m[0].toLowerCase() });
  return stop;
}

/** The reference: WORD scanned over the range (for tests; `tokenize` gives the same words). */
export function tokenizeByScan(text: string, start: number, end: number): LineToken[] {
  const out: LineToken[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, norm: m[0].toLowerCase() });
  }
  return out;
}

/**
 * Feature ids without repeats, in first-added order (as a Set would list them). Membership is a stamp per id in one
 * table shared by all lists: a line's list is complete before the next one starts.
 */
const ID_STAMPS = new Uint32Array(1 << FEATURE_BITS);
let idGeneration = 0;

class IdList {
  readonly ids: number[] = [];

  private constructor(readonly stamp: number) {}

  static start(): IdList {
    if (idGeneration === 0xffffffff) {
      ID_STAMPS.fill(0);
      idGeneration = 0;
    }
    return new IdList(++idGeneration);
  }

  add(id: number): void {
    if (ID_STAMPS[id] === this.stamp) return;
    ID_STAMPS[id] = this.stamp;
    this.ids.push(id);
  }
}

/** Shape features that do not depend on the words: length bucket, question and exclamation marks, quotes. */
function shapeKeys(line: string, words: number): string[] {
  const keys = ['bias', `len:${Math.min(8, Math.floor(Math.log2(words + 1)))}`];
  if (line.includes('?')) keys.push('shape:?');
  if (line.includes('!')) keys.push('shape:!');
  if (/["«»“”„]/.test(line)) keys.push('shape:quote');
  if (/^\s*[\p{Lu}\p{N}\s\p{P}]+$/u.test(line) && words <= 15) keys.push('shape:caps');
  return keys;
}

/** Where a line sits in its article: index from 0 among `count` lines. */
export interface LinePosition {
  index: number;
  count: number;
  /** Word pairs of this line that other lines of the article repeat (see repeatCounts). */
  repeats?: number;
}

/** Per line, how many of its word pairs (words of 4+ letters) occur again in another line: Repetition's signal. */
export function repeatCounts(
  text: string,
  lines: ReadonlyArray<{ start: number; end: number }>,
  tokens?: ReadonlyArray<readonly LineToken[]>,
): number[] {
  // Arrays pushed, not mapped: see claims/context.ts cutFolded (mapped arrays deoptimised this function).
  const words: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const ws: string[] = [];
    for (const t of tokens?.[i] ?? tokenize(text, lines[i].start, lines[i].end))
      if (t.norm.length >= 4) ws.push(t.norm);
    words.push(ws);
  }
  // A pair is keyed by the numbers of its two words in this article: exact, a small integer, no string per pair.
  const wordIds = new Map<string, number>();
  const ids: number[][] = [];
  for (const ws of words) {
    const out: number[] = [];
    for (let k = 0; k < ws.length; k++) {
      let id = wordIds.get(ws[k]);
      if (id === undefined) wordIds.set(ws[k], (id = wordIds.size));
      out.push(id);
    }
    ids.push(out);
  }
  if (wordIds.size > PAIR_SPACE) {
    const byString: Array<Set<string>> = [];
    for (const ws of words) byString.push(pairKeys(ws, (a, b) => `${a} ${b}`));
    return countRepeats(byString);
  }
  const byNumber: Array<Set<number>> = [];
  for (const line of ids) byNumber.push(pairKeys(line, (a, b) => a * PAIR_SPACE + b));
  return countRepeats(byNumber);
}

/** Distinct words of an article stay below this (else pairs are keyed by strings): `a * PAIR_SPACE + b` is a small integer. */
const PAIR_SPACE = 2 ** 15;

function pairKeys<W, K>(line: readonly W[], key: (a: W, b: W) => K): Set<K> {
  const pairs = new Set<K>();
  for (let k = 1; k < line.length; k++) pairs.add(key(line[k - 1], line[k]));
  return pairs;
}

function countRepeats<K>(pairsOf: ReadonlyArray<Set<K>>): number[] {
  const seen = new Map<K, number>();
  for (const pairs of pairsOf) for (const p of pairs) seen.set(p, (seen.get(p) ?? 0) + 1);
  const counts: number[] = [];
  for (const pairs of pairsOf) {
    let n = 0;
    for (const p of pairs) if ((seen.get(p) ?? 0) > 1) n++;
    counts.push(n);
  }
  return counts;
}

/** Position features: first lines (often the title or lead) and the last one carry different techniques. */
function positionKeys(at: LinePosition | undefined): string[] {
  if (!at) return [];
  const keys = [`pos:${Math.min(at.index, 3)}`];
  if (at.index === at.count - 1) keys.push('pos:last');
  keys.push(`pos:q${Math.min(3, Math.floor((4 * at.index) / Math.max(1, at.count)))}`);
  if (at.repeats) keys.push(`rep:${Math.min(3, Math.ceil(Math.log2(at.repeats + 1)))}`);
  return keys;
}

/** Features of one line; `cues` are the labels of lexicon rows that matched inside it; `given`, its tokens if known. */
export function lineFeatures(
  text: string,
  start: number,
  end: number,
  cues: readonly string[],
  language: string,
  at?: LinePosition,
  given?: readonly LineToken[],
): LineFeatures {
  const tokens = given ?? tokenize(text, start, end);
  const all = IdList.start();
  const { ids, stamp } = all;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokenIdsInto(tokens[i].norm, tokens[i + 1]?.norm);
    // IdList.add, written out (this runs for every word of every line).
    for (let k = 0; k < n; k++) {
      const id = scratch[k];
      if (ID_STAMPS[id] !== stamp) {
        ID_STAMPS[id] = stamp;
        ids.push(id);
      }
    }
  }
  for (const key of shapeKeys(text.slice(start, end), tokens.length)) all.add(hashFeature(key));
  for (const key of positionKeys(at)) all.add(hashFeature(key));
  for (const label of cues) all.add(hashFeature(`cue:${label}`));
  all.add(hashFeature(`lang:${language}`));
  return new LineFeatureSet(all.ids, tokens);
}

/**
 * A line's features; the per-word ids are only read for lines the model labels (to show a label on a word), so they
 * are made on first use. A class, not an object literal with a getter: each such literal gets a map of its own
 * (its getter is a new closure), which made every property read of it megamorphic, and old-space maps holding the
 * closure kept each line's tokens alive through young-generation collections.
 */
class LineFeatureSet implements LineFeatures {
  private perToken: LineFeatures['byToken'] | null = null;

  constructor(
    readonly ids: number[],
    private readonly tokens: readonly LineToken[],
  ) {}

  get byToken(): LineFeatures['byToken'] {
    if (this.perToken) return this.perToken;
    // Pushed, not mapped: see claims/context.ts cutFolded (a mapped array deoptimised its readers).
    const tokens = this.tokens;
    const perToken: LineFeatures['byToken'] = [];
    for (let i = 0; i < tokens.length; i++)
      perToken.push({ token: tokens[i], ids: tokenIds(tokens[i].norm, tokens[i + 1]?.norm) });
    return (this.perToken = perToken);
  }
}
