// Our own word-level pre-test for pattern lexicons: a pattern can only match a folded text holding its anchor word.
//
// Every required word of a pattern (see pattern.ts) has alternatives that each hold a run of letters that must stand
// in the text as a whole word (`nie`), as the start of a word (`accus*`) or as its end (`*ant`). An index of these
// anchors over all patterns of a lexicon tells, after one pass over the words of a text, which patterns can match
// there (every required word anchored); only those run their regular expression.

import { CharNode } from '../../core/char-trie.js';
import { charCodeAt, wordRunEnd, wordRunStart } from '../../core/plain-chars.js';
import { WordFilter } from '../../core/word-filter.js';

/** The anchors of one word of a pattern; `always` when some alternative has no letter run to anchor on. */
export interface Anchors {
  exact: string[];
  prefixes: string[];
  suffixes: string[];
  always: boolean;
}

const LETTER_RUN = /[\p{L}\p{N}]+/u;

/** The anchor of one word of an alternative (already normalised): a whole word, a prefix or a suffix. */
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

/** Prefixes (read from a word's start) or suffixes (read from its end) in a trie: one walk per word, no slicing. */
class AffixTable {
  private readonly root = new CharNode<number[]>([]);
  private empty = true;

  constructor(private readonly atEnd: boolean) {}

  add(affix: string, id: number): void {
    let node = this.root;
    for (let k = 0; k < affix.length; k++) {
      const c = affix.charCodeAt(this.atEnd ? affix.length - 1 - k : k);
      node = node.childOrAdd(c, () => []);
    }
    node.value.push(id);
    this.empty = false;
  }

  /** Marks the ids of the affixes the word `text[start, end)` has (read in place: no word is cut out). */
  mark(text: string, start: number, end: number, hits: Uint8Array): void {
    if (this.empty) return;
    let node: CharNode<number[]> | undefined = this.root;
    const n = end - start;
    for (let k = 0; k < n; k++) {
      // CharNode.child, written out (this runs for every letter of every word).
      const c = charCodeAt.call(text, this.atEnd ? end - 1 - k : start + k);
      node = c < 128 ? node.ascii?.[c] : node.other?.get(c);
      if (node === undefined) return;
      const ids = node.value;
      for (let j = 0; j < ids.length; j++) hits[ids[j]] = 1;
    }
  }
}

/** One pre-test per pattern, all answered from a single pass over the words of the text last asked about. */
export class AnchorIndex {
  private readonly exact = new Map<string, number[]>();
  /** The exact anchors as a filter: most words of a text anchor nothing, and are turned away before the map. */
  private readonly exactFilter = new WordFilter();
  private readonly prefixes = new AffixTable(false);
  private readonly suffixes = new AffixTable(true);
  private count = 0;
  private lastText: string | null = null;
  /** Patterns registered with `addAll`: the ids of their words, and after a scan whether all of them hit. */
  private readonly groups: number[][] = [];
  private groupHits = new Uint8Array(0);
  /** The words' hits of the last scan, kept between scans (cleared, not allocated, for each text). */
  private hits = new Uint8Array(0);

  /** A pre-test passed by texts holding an anchor of every one of the words (the words of one pattern). */
  addAll(words: readonly Anchors[]): { test(folded: string): boolean } {
    const ids = words.filter((a) => !a.always).map((a) => this.register(a));
    if (!ids.length) return { test: () => true };
    const group = this.groups.push(ids) - 1;
    return {
      test: (folded: string) => {
        if (folded !== this.lastText) this.scan(folded);
        return this.groupHits[group] === 1;
      },
    };
  }

  /** Registers one word's anchors (not an `always` word: it needs no test) under a new id. */
  private register(anchors: Anchors): number {
    const id = this.count++;
    for (const w of anchors.exact) {
      const list = this.exact.get(w);
      if (list) list.push(id);
      else this.exact.set(w, [id]);
      this.exactFilter.add(w);
    }
    for (const p of anchors.prefixes) this.prefixes.add(p, id);
    for (const s of anchors.suffixes) this.suffixes.add(s, id);
    this.lastText = null;
    return id;
  }

  private scan(folded: string): void {
    if (this.hits.length !== this.count) this.hits = new Uint8Array(this.count);
    const hits = this.hits;
    hits.fill(0);
    // The `[\p{L}\p{N}]+` runs, read in place from a table (no regex, and no string cut out for a word that the
    // exact filter turns away, as most are). A memo of each word's ids was measured slower than these lookups.
    for (let i = wordRunStart(folded, 0); i < folded.length;) {
      const end = wordRunEnd(folded, i);
      const exact = this.exactFilter.mayHave(folded, i, end)
        ? this.exact.get(folded.slice(i, end))
        : undefined;
      if (exact) for (const id of exact) hits[id] = 1;
      this.prefixes.mark(folded, i, end, hits);
      this.suffixes.mark(folded, i, end, hits);
      i = wordRunStart(folded, end);
    }
    const groups = this.groups;
    if (this.groupHits.length !== groups.length) this.groupHits = new Uint8Array(groups.length);
    const groupHits = this.groupHits;
    for (let g = 0; g < groups.length; g++) {
      const ids = groups[g];
      let all = 1;
      for (let k = 0; k < ids.length; k++)
        if (hits[ids[k]] !== 1) {
          all = 0;
          break;
        }
      groupHits[g] = all;
    }
    this.lastText = folded;
  }
}
