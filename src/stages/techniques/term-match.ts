// Our own matcher for literal cue terms at one position, as `termSource`'s regex with the `iu` flags matches them: no
// regex is compiled (a starred term's `(?:\p{L}|\p{M})*` under `iu` costs milliseconds to compile per row).

/** Character classes of a code point, as bits: what the regexes of cue rows test. */
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const KNOWN = 8;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;

const bmpClasses = new Uint8Array(0x10000);

function classesOf(code: number): number {
  if (code < 0x10000 && bmpClasses[code] & KNOWN) return bmpClasses[code];
  const ch = String.fromCodePoint(code);
  const bits =
    KNOWN |
    (IS_LETTER.test(ch) ? LETTER : 0) |
    (IS_MARK.test(ch) ? MARK : 0) |
    (IS_NUMBER.test(ch) ? NUMBER : 0);
  if (code < 0x10000) bmpClasses[code] = bits;
  return bits;
}

/** The code point at `i` and its width in UTF-16 units (a lone surrogate is its own code point, as under `u`). */
function codePointAt(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}

/** JavaScript's `\s`. */
export function isRegexSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const escapeChar = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether text unit `t` matches term unit `p` under the `iu` flags: asked of the regex engine once per pair. */
const pairs = new Map<number, boolean>();

function unitMatches(p: number, t: number): boolean {
  if (p === t) return true;
  if (p < 0x80 && t < 0x80) {
    const lower = p | 0x20;
    return lower === (t | 0x20) && lower >= 0x61 && lower <= 0x7a;
  }
  if (t >= 0xd800 && t <= 0xdfff) return false;
  const key = p * 0x10000 + t;
  let hit = pairs.get(key);
  if (hit === undefined) {
    hit = new RegExp(`^${escapeChar(String.fromCharCode(p))}$`, 'iu').test(String.fromCharCode(t));
    pairs.set(key, hit);
  }
  return hit;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** One term: its words (white space between them), apostrophes of either kind, a final `*` for any word ending. */
export class LiteralTerm {
  private readonly words: string[];
  private readonly open: boolean;

  private constructor(term: string) {
    this.open = term.endsWith('*');
    this.words = (this.open ? term.slice(0, -1) : term).split(/\s+/);
  }

  /** The term as a literal matcher, or null when a regex must read it (a character outside the BMP, white space at an end). */
  static of(term: string): LiteralTerm | null {
    return /[\ud800-\udfff]/.test(term) || term !== term.trim() ? null : new LiteralTerm(term);
  }

  /** The end of this term's whole-word match at `at`, or -1: as `(?:term)(?!\p{L}|\p{N})` with `yiu` would. */
  matchAt(s: string, at: number): number {
    let i = at;
    for (let w = 0; w < this.words.length; w++) {
      if (w > 0) {
        if (i >= s.length || !isRegexSpace(s.charCodeAt(i))) return -1;
        while (i < s.length && isRegexSpace(s.charCodeAt(i))) i++;
      }
      const word = this.words[w];
      for (let k = 0; k < word.length; k++, i++) {
        if (i >= s.length) return -1;
        const p = word.charCodeAt(k);
        const t = s.charCodeAt(i);
        if (p === APOSTROPHE || p === RIGHT_QUOTE) {
          if (t !== APOSTROPHE && t !== RIGHT_QUOTE) return -1;
        } else if (!unitMatches(p, t)) return -1;
      }
    }
    if (!this.open) return endsWord(s, i) ? i : -1;
    return openEnd(s, i);
  }
}

/** Whether no letter or number follows `i` (the rows' `(?!\p{L}|\p{N})`). */
function endsWord(s: string, i: number): boolean {
  return i >= s.length || (classesOf(codePointAt(s, i)) & (LETTER | NUMBER)) === 0;
}

/**
 * `(?:\p{L}|\p{M})*(?!\p{L}|\p{N})` from `from`: the run of letters and marks, given back from its end (greedy, then
 * backtracking by code point) until no letter or number follows; -1 when no cut works.
 */
function openEnd(s: string, from: number): number {
  const cuts = [from];
  let i = from;
  while (i < s.length) {
    const code = codePointAt(s, i);
    if ((classesOf(code) & (LETTER | MARK)) === 0) break;
    i += code > 0xffff ? 2 : 1;
    cuts.push(i);
  }
  for (let k = cuts.length - 1; k >= 0; k--) if (endsWord(s, cuts[k])) return cuts[k];
  return -1;
}

/** A row's terms, longest first (as its regex alternation orders them): the first that matches wins. */
export class LiteralTerms {
  private constructor(private readonly terms: LiteralTerm[]) {}

  /** The terms' matcher, or null when one of them needs a regex. */
  static of(terms: readonly string[]): LiteralTerms | null {
    const sorted = [...terms].sort((a, b) => b.length - a.length).map((t) => LiteralTerm.of(t));
    return sorted.every((t) => t !== null) ? new LiteralTerms(sorted as LiteralTerm[]) : null;
  }

  /** The end of the first term's match at `at`, or -1. */
  matchAt(s: string, at: number): number {
    for (const term of this.terms) {
      const end = term.matchAt(s, at);
      if (end >= 0) return end;
    }
    return -1;
  }
}
