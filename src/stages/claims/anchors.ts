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

/** One pre-test per pattern, all answered from a single pass over the words of the text last asked about. */
export class AnchorIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly suffixes = new Map<string, number[]>();
  private readonly always: number[] = [];
  private prefixLengths: number[] = [];
  private suffixLengths: number[] = [];
  private count = 0;
  private lastText: string | null = null;
  private hits = new Uint8Array(0);

  /** Registers a pattern's anchors and returns its pre-test. */
  add(anchors: Anchors): { test(folded: string): boolean } {
    const id = this.count++;
    const put = (map: Map<string, number[]>, key: string): void => {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    };
    if (anchors.always) this.always.push(id);
    for (const w of anchors.exact) put(this.exact, w);
    for (const p of anchors.prefixes) put(this.prefixes, p);
    for (const s of anchors.suffixes) put(this.suffixes, s);
    this.prefixLengths = lengths(this.prefixes);
    this.suffixLengths = lengths(this.suffixes);
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
    const mark = (list: number[] | undefined): void => {
      if (list) for (const id of list) hits[id] = 1;
    };
    WORD.lastIndex = 0;
    for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
      const w = m[0];
      mark(this.exact.get(w));
      for (const n of this.prefixLengths) if (n <= w.length) mark(this.prefixes.get(w.slice(0, n)));
      for (const n of this.suffixLengths) if (n <= w.length) mark(this.suffixes.get(w.slice(w.length - n)));
    }
    this.hits = hits;
    this.lastText = folded;
  }
}

function lengths(map: Map<string, number[]>): number[] {
  return [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => a - b);
}
