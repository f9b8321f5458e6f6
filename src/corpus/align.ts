// Passage alignment of two articles: which paragraphs were copied as is, rewritten, dropped or added (our own).
import { jaccard, shingleHashes } from './minhash.js';
import type { Paragraph } from './text.js';

/** Two paragraphs whose 3-word shingles overlap this much are one paragraph rewritten. */
export const REWRITE_JACCARD = 0.35;
/** …or when this share of the shorter one's shingles is found in the other (a cut or extended paragraph). */
export const REWRITE_CONTAINMENT = 0.7;

export interface ParagraphMatch {
  source: number;
  copy: number;
  exact: boolean;
  similarity: number;
  /** How a non-exact match differs: words only added around it (a title suffix), cut at the end, or rewritten. */
  change: 'none' | 'framed' | 'cut' | 'rewritten';
}

/** Words a framed paragraph may gain around the copied words ("— RT en français", "(Sputnik)"). */
export const FRAME_WORDS = 8;

function changeOf(s: Paragraph, c: Paragraph): ParagraphMatch['change'] {
  if (s.key.startsWith(c.key) && c.words.length >= 3) return 'cut';
  const [short, long] = s.words.length <= c.words.length ? [s, c] : [c, s];
  if (long.key.includes(short.key) && long.words.length - short.words.length <= FRAME_WORDS) return 'framed';
  return 'rewritten';
}

export interface Alignment {
  matches: ParagraphMatch[];
  /** Source paragraphs not found in the copy. */
  removed: number[];
  /** Copy paragraphs not found in the source. */
  added: number[];
  /** True when the copy keeps the matched paragraphs in another order. */
  reordered: boolean;
  /** Words of the source's substantial paragraphs found in the copy, as a share of them (rewrites weighted). */
  sourceCovered: number;
  /** The same for the copy's substantial paragraphs. */
  copyCovered: number;
}

interface Prepared {
  p: Paragraph;
  sh: Set<number>;
}

/**
 * A paragraph's shingles, made once per words array: paragraphsOf (text.ts) gives every copy of a paragraph the same
 * array, and a new article is aligned with up to 50 candidates.
 */
const shinglesOf = new WeakMap<readonly string[], Set<number>>();

function prepare(ps: readonly Paragraph[]): Prepared[] {
  return ps.map((p) => {
    let sh = shinglesOf.get(p.words);
    if (!sh) shinglesOf.set(p.words, (sh = shingleHashes([p.words], 3)));
    return { p, sh };
  });
}

function overlap(a: Prepared, b: Prepared): number {
  const j = jaccard(a.sh, b.sh);
  if (j >= REWRITE_JACCARD) return j;
  let shared = 0;
  const [small, large] = a.sh.size <= b.sh.size ? [a.sh, b.sh] : [b.sh, a.sh];
  for (const x of small) if (large.has(x)) shared++;
  const c = small.size === 0 ? 0 : shared / small.size;
  // A short line inside a long paragraph is not a rewrite of it.
  return c >= REWRITE_CONTAINMENT && small.size >= 4 ? Math.max(j, 0.5) : 0;
}

/** Exact matches first (by folded words), then the best rewrite for what is left, one to one. */
export function align(source: readonly Paragraph[], copy: readonly Paragraph[]): Alignment {
  const src = prepare(source);
  const cp = prepare(copy);
  const usedS = new Set<number>();
  const usedC = new Set<number>();
  const matches: ParagraphMatch[] = [];
  const byKey = new Map<string, number[]>();
  src.forEach((s, i) =>
    s.p.words.length > 0 ? byKey.set(s.p.key, [...(byKey.get(s.p.key) ?? []), i]) : undefined,
  );
  cp.forEach((c, j) => {
    const i = (byKey.get(c.p.key) ?? []).find((k) => !usedS.has(k));
    if (i === undefined) return;
    usedS.add(i);
    usedC.add(j);
    matches.push({ source: i, copy: j, exact: true, similarity: 1, change: 'none' });
  });
  const pairs: ParagraphMatch[] = [];
  cp.forEach((c, j) => {
    if (usedC.has(j) || !c.p.substantial) return;
    src.forEach((s, i) => {
      if (usedS.has(i) || !s.p.substantial) return;
      const sim = overlap(s, c);
      if (sim > 0)
        pairs.push({ source: i, copy: j, exact: false, similarity: sim, change: changeOf(s.p, c.p) });
    });
  });
  pairs.sort((a, b) => b.similarity - a.similarity || a.copy - b.copy || a.source - b.source);
  for (const m of pairs) {
    if (usedS.has(m.source) || usedC.has(m.copy)) continue;
    usedS.add(m.source);
    usedC.add(m.copy);
    matches.push(m);
  }
  matches.sort((a, b) => a.copy - b.copy);
  return summarise(source, copy, matches, usedS, usedC);
}

function summarise(
  source: readonly Paragraph[],
  copy: readonly Paragraph[],
  matches: ParagraphMatch[],
  usedS: Set<number>,
  usedC: Set<number>,
): Alignment {
  const order = matches.map((m) => m.source);
  const reordered = order.some((s, k) => k > 0 && s < order[k - 1]);
  const covered = (ps: readonly Paragraph[], side: 'source' | 'copy'): number => {
    const total = ps.filter((p) => p.substantial).reduce((n, p) => n + p.words.length, 0);
    if (total === 0) return 0;
    let got = 0;
    for (const m of matches) {
      const p = ps[m[side]];
      if (p.substantial) got += p.words.length * m.similarity;
    }
    return got / total;
  };
  return {
    matches,
    removed: source.map((p) => p.index).filter((i) => !usedS.has(i)),
    added: copy.map((p) => p.index).filter((j) => !usedC.has(j)),
    reordered,
    sourceCovered: covered(source, 'source'),
    copyCovered: covered(copy, 'copy'),
  };
}
