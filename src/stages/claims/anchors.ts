// Our own word-level pre-test for pattern lexicons: a pattern can only match a folded text holding its anchor word.
//
// Every pattern (see pattern.ts) has a first required word; each of its alternatives begins with a run of letters
// that must stand in the text as a whole word (`nie`), as the start of a word (`accus*`) or as its end (`*ant`).
// An index of these anchors over all patterns of a lexicon tells, after one pass over the words of a text, which
// patterns can match there; only those run their regular expression. This replaces one regex scan per pattern.

/** The anchors of one pattern; `always` when some alternative has no letter run to anchor on. */
export interface Anchors {
  exact: string[];
  prefixes: string[];
  suffixes: string[];
  always: boolean;
}

const LETTER_RUN = /[\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** The anchor of one alternative's first word (already normalised): a whole word, a prefix or a suffix. */
export function anchorOf(first: string, anchors: Anchors): void {
  if (first.length > 1 && first.startsWith('*')) {
    // `*ant` anchors on a word's end; `*n't` on "n", the end of the run before the apostrophe.
    const run = LETTER_RUN.exec(first.slice(1));
    if (run && run.index === 0) anchors.suffixes.push(run[0]);
    else anchors.always = true;
    return;
  }
  const open = first.length > 1 && first.endsWith('*');
  const body = open ? first.slice(0, -1) : first;
  const run = LETTER_RUN.exec(body);
  if (!run || run.index !== 0) {
    anchors.always = true;
    return;
  }
  // `accus*` anchors on a prefix; `aujourd'hui` or `anti-*` on their first whole run ("aujourd", "anti").
  if (open && run[0].length === body.length) anchors.prefixes.push(run[0]);
  else anchors.exact.push(run[0]);
}

/** Prefixes and suffixes are bucketed by this many letters, so a word costs one probe for each, not one per length. */
const BUCKET = 4;

interface Affix {
  affix: string;
  id: number;
}

/** Affixes by their first (prefixes) or last (suffixes) BUCKET letters; shorter affixes by themselves. */
class AffixTable {
  private readonly buckets = new Map<string, Affix[]>();
  private shortLengths: number[] = [];

  constructor(private readonly atEnd: boolean) {}

  add(affix: string, id: number): void {
    const key = this.cut(affix, BUCKET);
    const list = this.buckets.get(key);
    if (list) list.push({ affix, id });
    else this.buckets.set(key, [{ affix, id }]);
    if (affix.length < BUCKET && !this.shortLengths.includes(affix.length)) {
      this.shortLengths = [...this.shortLengths, affix.length].sort((a, b) => a - b);
    }
  }

  mark(word: string, hits: Uint8Array): void {
    if (this.buckets.size === 0) return;
    if (word.length >= BUCKET) {
      const list = this.buckets.get(this.cut(word, BUCKET));
      if (list) for (const a of list) if (this.fits(word, a.affix)) hits[a.id] = 1;
    }
    for (const n of this.shortLengths) {
      if (n > word.length) break;
      const list = this.buckets.get(this.cut(word, n));
      if (list) for (const a of list) if (a.affix.length === n) hits[a.id] = 1;
    }
  }

  private cut(s: string, n: number): string {
    return this.atEnd ? s.slice(Math.max(0, s.length - n)) : s.slice(0, n);
  }

  private fits(word: string, affix: string): boolean {
    return this.atEnd ? word.endsWith(affix) : word.startsWith(affix);
  }
}

/** One pre-test per pattern, all answered from a single pass over the words of the text last asked about. */
export class AnchorIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new AffixTable(false);
  private readonly suffixes = new AffixTable(true);
  private readonly always: number[] = [];
  private count = 0;
  private lastText: string | null = null;
  private hits = new Uint8Array(0);

  /** Registers a pattern's anchors and returns its pre-test. */
  add(anchors: Anchors): { test(folded: string): boolean } {
    const id = this.count++;
    if (anchors.always) this.always.push(id);
    for (const w of anchors.exact) {
      const list = this.exact.get(w);
      if (list) list.push(id);
      else this.exact.set(w, [id]);
    }
    for (const p of anchors.prefixes) this.prefixes.add(p, id);
    for (const s of anchors.suffixes) this.suffixes.add(s, id);
    this.lastText = null;
    return { test: (folded: string) => this.has(id, folded) };
  }

  private has(id: number, folded: string): boolean {
    if (folded !== this.lastText) this.scan(folded);
    return this.hits[id] === 1;
  }

  private scan(folded: string): void {
    const hits = new Uint8Array(this.count);
    for (const id of this.always) hits[id] = 1;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
      const w = m[0];
      const exact = this.exact.get(w);
      if (exact) for (const id of exact) hits[id] = 1;
      this.prefixes.mark(w, hits);
      this.suffixes.mark(w, hits);
    }
    this.hits = hits;
    this.lastText = folded;
  }
}
