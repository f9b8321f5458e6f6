// Our own matcher for technique cue lexicons: a word index proposes where each cue row can start, and only that row is tried there (terms read literally, patterns by a regex compiled on first use); the hits are those of scanning with each label's regex.
import { CharNode } from '../../core/char-trie.js';
import type { Span } from '../../core/span.js';
import { tokenize } from './features.js';
import { LiteralTerms } from './term-match.js';

/** A cue row as the matcher needs it: `terms` (literal words, `*` for any ending) or a free `pattern`. */
export interface MatchRow {
  terms?: string[];
  pattern?: string;
}

/** A word of the line (a maximal run of letters and digits), lower-cased: as features.ts `tokenize` cuts them. */
export interface MatchToken extends Span {
  norm: string;
}

export interface RowHit<R> extends Span {
  row: R;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term: words separated by any white space; apostrophes of either kind; a final `*` allows any word ending. */
export function termSource(term: string): string {
  const open = term.endsWith('*');
  const body = (open ? term.slice(0, -1) : term)
    .split(/\s+/)
    .map((w) => escape(w).replace(/['’]/g, "['’]"))
    .join('\\s+');
  return open ? `${body}(?:\\p{L}|\\p{M})*` : body;
}

export function rowSource(row: MatchRow): string {
  if (row.pattern !== undefined) return row.pattern;
  // Longest first, since a regex alternation takes the first alternative that matches.
  return [...(row.terms ?? [])]
    .sort((a, b) => b.length - a.length)
    .map(termSource)
    .join('|');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LEADING_RUN = /^[\p{L}\p{N}]+/u;

/** Letters that case-insensitive matching equates but `toLowerCase` keeps apart (long s, Greek variants). */
const FOLD_EXTRA = new Map<number, number>(
  [
    ['ſ', 's'],
    ['ς', 'σ'],
    ['ϐ', 'β'],
    ['ϑ', 'θ'],
    ['ϕ', 'φ'],
    ['ϖ', 'π'],
    ['ϰ', 'κ'],
    ['ϱ', 'ρ'],
    ['ϵ', 'ε'],
    ['ẛ', 'ṡ'],
    ['ι', 'ι'],
  ].map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** A lower-cased UTF-16 unit as the index compares it. */
function unitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c < 0x17f ? c : (FOLD_EXTRA.get(c) ?? c);
}

/** What a node of the index of words holds: the rows whose term is this word, or starts any word with these letters. */
interface WordRows {
  exact: number[];
  prefix: number[];
}

type TrieNode = CharNode<WordRows>;

const wordRows = (): WordRows => ({ exact: [], prefix: [] });

/**
 * Walks a regex source outside escapes and character classes, calling `at` with each bracket or bar and the depth
 * of groups around it (after an opening bracket is counted, before a closing one is); `at` returns true to stop.
 * Returns false when the brackets do not balance.
 */
function walkSource(source: string, at: (c: string, i: number, depth: number) => boolean): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') {
      if (c === '(') depth++;
      if (at(c, i, depth)) return true;
      if (c === ')' && --depth < 0) return false;
    }
  }
  return depth === 0 && !inClass;
}

/** Splits a regex source on its top-level `|` (null when its brackets do not balance). */
function topAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  const ok = walkSource(source, (c, i, depth) => {
    if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  return ok ? [...out, source.slice(from)] : null;
}

/** The end of the group opening `source` at 0, or -1. */
function groupEnd(source: string): number {
  let end = -1;
  walkSource(source, (c, i, depth) => {
    if (c === ')' && depth === 1) end = i;
    return end >= 0;
  });
  return end;
}

const QUANTIFIER = /^[?*+{]/;

/**
 * Words one of which every match of a pattern starts with (as a prefix of its first word), read from the pattern's
 * leading literal letters and leading (?:…) groups; null when some alternative opens otherwise (a class, an escape,
 * an optional group): such a pattern is scanned for.
 */
export function patternPrefixes(source: string): string[] | null {
  const alternatives = topAlternatives(source);
  if (!alternatives) return null;
  const out: string[] = [];
  for (const alt of alternatives) {
    if (alt.startsWith('(?:')) {
      const end = groupEnd(alt);
      if (end < 0 || QUANTIFIER.test(alt.slice(end + 1))) return null;
      const inner = patternPrefixes(alt.slice(3, end));
      if (!inner) return null;
      out.push(...inner);
      continue;
    }
    let run = LEADING_RUN.exec(alt)?.[0] ?? '';
    if (QUANTIFIER.test(alt.slice(run.length))) run = run.slice(0, -1);
    if (!run) return null;
    out.push(run);
  }
  return out;
}

/** Reads a row at one position: the end of its whole-word match there, or -1. */
interface RowReader {
  matchAt(s: string, at: number): number;
}

/** A pattern row (or terms a literal reader cannot take): its alternatives then whole-word end, as a sticky regex. */
class RegexReader implements RowReader {
  private readonly re: RegExp;

  constructor(source: string) {
    this.re = new RegExp(`(?:${source})(?!\\p{L}|\\p{N})`, 'yiu');
  }

  matchAt(s: string, at: number): number {
    this.re.lastIndex = at;
    const x = this.re.exec(s);
    return x ? at + x[0].length : -1;
  }
}

/** One row of a group: its reader is made on first use (most rows never meet their first word). */
interface IndexedRow<R> {
  row: R;
  group: number;
  /** Terms are read literally (term-match.ts), patterns by a compiled regex. */
  reader: RowReader | null;
  /** Whether the word index cannot propose the row (patterns it cannot read, terms opening on a non-word). */
  free: boolean;
}

/**
 * Rows in groups (one group per label); each group's hits do not overlap, hits of different groups may.
 * A group matches as its rows' alternation `(?:(row1)|(row2)|…)(?![\p{L}\p{N}])` would, scanned over the line from
 * left to right, whole words only: at each position, the first row (in order) with a whole-word match. Positions
 * and rows come from an index of the rows' first words, plus every start of the free rows' combined regex, so no
 * position where a row can match is skipped, and each row's regex runs only where its first word stands.
 */
export class CueMatcher<R extends MatchRow> {
  private readonly rows: IndexedRow<R>[] = [];
  private readonly groupCount: number;
  private readonly words: TrieNode = new CharNode(wordRows());
  private readonly freeRows: number[];
  private readonly freeRe: RegExp | null;

  constructor(groups: R[][]) {
    this.groupCount = groups.length;
    groups.forEach((rows, g) => {
      for (const row of rows) this.add(row, g);
    });
    this.freeRows = this.rows.flatMap((r, i) => (r.free ? [i] : []));
    const free = this.freeRows.map((i) => rowSource(this.rows[i].row));
    this.freeRe = free.length ? new RegExp(`(?:${free.join('|')})`, 'giu') : null;
  }

  private add(row: R, group: number): void {
    const id = this.rows.length;
    const prefixes = row.pattern === undefined ? [] : patternPrefixes(row.pattern);
    for (const term of row.terms ?? []) this.indexTerm(term, id);
    for (const prefix of prefixes ?? []) this.index(prefix, id, 'prefix');
    const free = prefixes === null || (row.terms ?? []).some((t) => !LEADING_RUN.test(t));
    this.rows.push({ row, group, reader: null, free });
  }

  private indexTerm(term: string, id: number): void {
    const run = LEADING_RUN.exec(term)?.[0];
    if (run) this.index(run, id, term.endsWith('*') && run.length === term.length - 1 ? 'prefix' : 'exact');
  }

  private index(word: string, id: number, kind: 'exact' | 'prefix'): void {
    const key = word.toLowerCase();
    let node = this.words;
    for (let i = 0; i < key.length; i++) node = node.childOrAdd(unitAt(key, i), wordRows);
    if (!node.value[kind].includes(id)) node.value[kind].push(id);
  }

  /** Hits in `text[start, end)`, sorted by start then end; `tokens` are the words of that range when known. */
  match(text: string, start: number, end: number, tokens?: readonly MatchToken[]): Array<RowHit<R>> {
    const slice = text.slice(start, end);
    const tries = this.candidates(slice, start, tokens ?? tokenize(text, start, end));
    const hits: Array<RowHit<R>> = [];
    if (!tries.length) return hits;
    // Tries are ordered by group, then position, then row: each group's run is walked on its own.
    const per = this.rows.length * (slice.length + 1);
    let from = 0;
    for (let i = 1; i <= tries.length; i++) {
      if (i < tries.length && Math.floor(tries[i] / per) === Math.floor(tries[from] / per)) continue;
      this.matchGroup(tries, from, i, per, slice, start, hits);
      from = i;
    }
    return hits.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Every (group, position, row) try as one number, (group × positions + position) × rows + row, ascending. */
  private candidates(slice: string, start: number, tokens: readonly MatchToken[]): ArrayLike<number> {
    const tries: number[] = [];
    const n = this.rows.length;
    const positions = slice.length + 1;
    const add = (ids: readonly number[], at: number): void => {
      for (const id of ids) tries.push((this.rows[id].group * positions + at) * n + id);
    };
    const rows = this.rows;
    for (const t of tokens) {
      const at = t.start - start;
      let node: TrieNode | undefined = this.words;
      const norm = t.norm;
      // unitAt, CharNode.child and add, written out: this runs for every letter of every word of every line.
      for (let i = 0; i < norm.length; i++) {
        let c = norm.charCodeAt(i);
        if (c >= 0x17f) c = FOLD_EXTRA.get(c) ?? c;
        node = c < 128 ? node.ascii?.[c] : node.other?.get(c);
        if (node === undefined) break;
        const prefix = node.value.prefix;
        for (let k = 0; k < prefix.length; k++)
          tries.push((rows[prefix[k]].group * positions + at) * n + prefix[k]);
      }
      if (node !== undefined && node.value.exact.length) add(node.value.exact, at);
    }
    if (this.freeRe) this.addFree(slice, add);
    // A typed array sorts numbers without a comparator call per comparison.
    return tries.length > 1 ? Float64Array.from(tries).sort() : tries;
  }

  /** Every position where some free row matches is a try for every free row. */
  private addFree(slice: string, add: (ids: readonly number[], at: number) => void): void {
    const re = this.freeRe as RegExp;
    re.lastIndex = 0;
    for (let x = re.exec(slice); x; x = re.exec(slice)) {
      add(this.freeRows, x.index);
      re.lastIndex = x.index + 1;
    }
  }

  private reader(id: number): RowReader {
    const r = this.rows[id];
    if (!r.reader) {
      const literal = r.row.pattern === undefined ? LiteralTerms.of(r.row.terms ?? []) : null;
      r.reader = literal ?? new RegexReader(rowSource(r.row));
    }
    return r.reader;
  }

  /** Walks a group's tries left to right: at each position the first row that matches wins; hits do not overlap. */
  private matchGroup(
    tries: ArrayLike<number>,
    from: number,
    to: number,
    per: number,
    slice: string,
    start: number,
    hits: Array<RowHit<R>>,
  ): void {
    const n = this.rows.length;
    let reached = 0;
    let done = -1;
    let last = -1;
    for (let k = from; k < to; k++) {
      const code = tries[k] % per;
      if (code === last) continue;
      last = code;
      // `| 0`: small integers, kept out of floating point (tries are float64). A float stored as a span's `start`
      // boxes it, and makes V8 hold every `{ start, end }` object's fields as boxed doubles.
      const id = (code % n) | 0;
      const at = ((code - id) / n) | 0;
      if (at < reached || at === done) continue;
      if (at > 0 && WORD_CHAR.test(slice[at - 1])) {
        done = at;
        continue;
      }
      const end = this.reader(id).matchAt(slice, at);
      if (end < 0) continue;
      // An empty match takes the position, as the alternation's would: no later row is tried there.
      done = at;
      if (end === at) continue;
      hits.push({ start: start + at, end: start + end, row: this.rows[id].row });
      reached = end;
    }
  }
}
