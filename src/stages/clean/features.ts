// Cheap per-line features for the scraped-text classifier: length, punctuation, stop words, casing, menu shape.
import type { Block } from '../../core/article.js';
import { wordRunEnd, wordRunStart } from '../../core/plain-chars.js';
import { WordFilter } from '../../core/word-filter.js';
import type { StopIndex } from './knowledge.js';

export interface LineFeatures {
  chars: number;
  words: number;
  /** Share of words that are stop words of some language. */
  stopRatio: number;
  /** Stop words per language code, to tell a line in another language than the body. */
  stopLangs: Map<string, number>;
  /** Ends like a sentence (. ! ? … or a closing quote after one). */
  sentenceEnd: boolean;
  /** Share of words that start with a capital letter. */
  capitalRatio: number;
  /** Share of words written in capitals only (shouting, menus, bylines). */
  upperRatio: number;
  /** Segments separated by | / • › » · > when the line looks like a menu or breadcrumb. */
  menuSegments: number;
  /** Starts with a list bullet (•, □, ▪, *, -). */
  bullet: boolean;
  /** Share of characters inside links (HTML blocks), else 0. */
  linkDensity: number;
  /** Share of letters outside the Latin and Cyrillic scripts, whose languages have no stop-word list here (Arabic…). */
  otherScript: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER = /\p{L}/gu;
const LISTED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/gu;
export const OTHER_SCRIPT = /(?![\p{Script=Latin}\p{Script=Cyrillic}])\p{L}/u;
/**
 * A superset of OTHER_SCRIPT's letters, tested first: it leaves out only blocks whose letters are all Latin or
 * Cyrillic (Basic Latin to Latin Extended-B but µ, Cyrillic and its supplement) and General Punctuation (’ — “ …),
 * as small ranges V8 tests inline; OTHER_SCRIPT checks two large property classes at every character of a line.
 */
export const MAYBE_OTHER_SCRIPT = /[^\u0000-\u00b4\u00b6-\u024f\u0400-\u052f\u2000-\u206f]/;
const SENTENCE_END = /[.!?…。؟][\s"'»”’)\]]*$/u;
/** Separators of menu items; three spaces or more also separate items of a flattened menu. */
const MENU_SEP = /\s+[|/•›»·>]\s+|\s{3,}[/|]\s{3,}|[ \t\u00a0]{3,}/gu;
const BULLET = /^[•□▪■◦●*–-]\s/u;
/** No stop word is longer than this; longer tokens skip the lookup. */
const MAX_STOPWORD_CHARS = 12;

/** Stop words per language, counted in an array and handed out as a map in the order languages were first seen. */
export class LangCounts {
  private readonly counts: Int32Array;
  private readonly order: number[] = [];

  constructor(private readonly names: readonly string[]) {
    this.counts = new Int32Array(names.length);
  }

  add(langs: readonly number[]): void {
    for (const l of langs) if (this.counts[l]++ === 0) this.order.push(l);
  }

  toMap(): Map<string, number> {
    return new Map(this.order.map((l) => [this.names[l], this.counts[l]]));
  }
}

export function lineFeatures(line: string, block: Block, stop: StopIndex): LineFeatures {
  // Cased once per line; a word's cased forms are read from these when casing keeps the length (almost always).
  const lowerLine = line.toLowerCase();
  const upperLine = line.toUpperCase();
  const aligned = lowerLine.length === line.length && upperLine.length === line.length;
  let words = 0;
  let stops = 0;
  let capitals = 0;
  let shouts = 0;
  const langs = new LangCounts(stop.langs);
  // The words are `[\p{L}\p{N}]+` runs, scanned from a table instead of a regex (no match object per word).
  for (let start = wordRunStart(line, 0); start < line.length;) {
    const end = wordRunEnd(line, start);
    words++;
    let lowered: boolean;
    let upper: boolean;
    let lower: string | null = null;
    if (aligned) {
      lowered = false;
      upper = true;
      for (let k = start; k < end; k++) {
        const c = line.charCodeAt(k);
        if (c !== lowerLine.charCodeAt(k)) lowered = true;
        if (c !== upperLine.charCodeAt(k)) upper = false;
      }
    } else {
      const t = line.slice(start, end);
      lower = t.toLowerCase();
      lowered = lower !== t;
      upper = t === t.toUpperCase();
    }
    if (end - start <= MAX_STOPWORD_CHARS && (lower !== null || stop.filter.mayHave(lowerLine, start, end))) {
      const langsOf = stop.words.get(lower ?? lowerLine.slice(start, end));
      if (langsOf) {
        stops++;
        langs.add(langsOf);
      }
    }
    if (lowered) {
      capitals++;
      if (end - start > 1 && upper) shouts++;
    }
    start = wordRunStart(line, end);
  }
  return {
    chars: line.length,
    words,
    stopRatio: words === 0 ? 0 : stops / words,
    stopLangs: langs.toMap(),
    sentenceEnd: SENTENCE_END.test(line),
    capitalRatio: words === 0 ? 0 : capitals / words,
    upperRatio: words === 0 ? 0 : shouts / words,
    menuSegments: menuSegments(line),
    bullet: BULLET.test(line),
    linkDensity: block.linkChars && line.length > 0 ? block.linkChars / line.length : 0,
    otherScript: otherScriptShare(line),
  };
}

/**
 * Builds one result with a fraction in every ratio field before any real line. A field first stored as a small
 * integer (0 and 1 are the usual ratios) and later as a fraction changes the layout of every such object: that
 * deoptimised lineFeatures ("not a Smi") and each function reading the objects ("wrong map") once per worker.
 */
function primeLineFeatures(): void {
  const stop: StopIndex = { langs: ['xx'], words: new Map([['le', [0]]]), filter: new WordFilter(['le']) };
  // 4 words, 1 stop word, 2 capitalised, 1 in capitals, 3 of 11 characters in links, 2 of 8 letters Arabic.
  // Several calls: the object literal's boilerplate is made once the function has type feedback, after a few calls.
  for (let i = 0; i < 8; i++) lineFeatures('Le ثم AB cd', { start: 0, end: 11, linkChars: 3 }, stop);
}

function otherScriptShare(line: string): number {
  // Most lines hold no letter of another script: one scan answers 0 without counting every letter.
  if (!MAYBE_OTHER_SCRIPT.test(line) || !OTHER_SCRIPT.test(line)) return 0;
  const letters = line.match(LETTER)?.length ?? 0;
  if (letters === 0) return 0;
  return 1 - (line.match(LISTED_SCRIPT)?.length ?? 0) / letters;
}

/** Number of segments when every segment between separators is short (a menu or a breadcrumb), else 0. */
function menuSegments(line: string): number {
  const parts = line.split(MENU_SEP);
  if (parts.length < 2) return 0;
  const short = parts.every((p) => (p.match(WORD) ?? []).length <= 5);
  return short ? parts.length : 0;
}

/** The language whose stop words clearly dominate the line, or null. */
export function dominantStopLang(f: LineFeatures, minCount = 3): string | null {
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const [lang, n] of f.stopLangs) {
    if (n > bestN) {
      second = bestN;
      best = lang;
      bestN = n;
    } else if (n > second) second = n;
  }
  return best !== null && bestN >= minCount && bestN >= 2 * second ? best : null;
}

/** Normalised line for templates: lower case, digits as 0, spaces collapsed. */
export function normaliseLine(line: string): string {
  return line
    .toLowerCase()
    .replace(/\p{Nd}/gu, '0')
    .replace(/\s+/gu, ' ')
    .trim();
}

primeLineFeatures();
