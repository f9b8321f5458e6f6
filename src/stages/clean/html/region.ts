// Finds the content root: the deepest page element that holds most of the article's prose.
import type { BlockFeatures } from './features.js';

/** Share of the prose words the root must hold. */
const ROOT_COVERAGE = 0.8;
/** Weights with which a block's words count for its parent, grandparent… when no main-content pick exists. */
const ANCESTOR_DECAY = [1, 0.5, 0.33, 0.25];

export interface ContentRoot {
  /** Path segments of the root element, from the top of the page down. */
  segments: string[];
  /** Where the root came from: Readability's pick or our own ancestor scoring. */
  source: 'main' | 'scored';
}

/** The root under which ROOT_COVERAGE of the prose sits, starting from Readability's pick when there is one. */
export function findContentRoot(features: readonly BlockFeatures[]): ContentRoot | null {
  const picked = features.filter((f) => f.contentLike && f.block.inMain);
  if (picked.length > 0) return { segments: deepestCovering(picked), source: 'main' };
  const prose = features.filter((f) => f.contentLike);
  if (prose.length === 0) return null;
  return { segments: bestScoredAncestor(prose), source: 'scored' };
}

function key(segments: readonly string[], depth: number): string {
  return segments.slice(0, depth).join('>');
}

/** The deepest prefix whose blocks hold at least ROOT_COVERAGE of the words. */
function deepestCovering(blocks: readonly BlockFeatures[]): string[] {
  const total = blocks.reduce((n, f) => n + f.words, 0);
  const words = new Map<string, number>();
  let maxDepth = 0;
  for (const f of blocks) {
    const segs = f.elements.map((e) => e.segment);
    maxDepth = Math.max(maxDepth, segs.length - 1);
    for (let d = 0; d < segs.length; d++) words.set(key(segs, d), (words.get(key(segs, d)) ?? 0) + f.words);
  }
  let best: string[] = [];
  for (const f of blocks) {
    const segs = f.elements.map((e) => e.segment);
    for (let d = segs.length - 1; d > best.length; d--) {
      if ((words.get(key(segs, d)) ?? 0) >= ROOT_COVERAGE * total) {
        best = segs.slice(0, d);
        break;
      }
    }
  }
  return best;
}

/** Readability-style: each prose block credits its ancestors with decaying weight; the best ancestor wins. */
function bestScoredAncestor(prose: readonly BlockFeatures[]): string[] {
  const scores = new Map<string, { score: number; segments: string[] }>();
  for (const f of prose) {
    const segs = f.elements.map((e) => e.segment);
    ANCESTOR_DECAY.forEach((weight, up) => {
      const depth = segs.length - 1 - up;
      if (depth < 0) return;
      const k = key(segs, depth);
      const entry = scores.get(k) ?? { score: 0, segments: segs.slice(0, depth) };
      entry.score += weight * Math.min(f.words, 100) + weight * 5;
      scores.set(k, entry);
    });
  }
  let best: { score: number; segments: string[] } = { score: -1, segments: [] };
  for (const entry of scores.values()) if (entry.score > best.score) best = entry;
  return best.segments;
}

/** True when the block sits under the root. */
export function isUnderRoot(f: BlockFeatures, root: ContentRoot): boolean {
  return root.segments.every((s, i) => f.elements[i]?.segment === s);
}

/** The block's path elements below the point where it leaves the root (all of them when it never enters). */
export function relativeElements(f: BlockFeatures, root: ContentRoot | null): BlockFeatures['elements'] {
  if (!root) return f.elements;
  let i = 0;
  while (i < root.segments.length && f.elements[i]?.segment === root.segments[i]) i++;
  return f.elements.slice(i);
}
