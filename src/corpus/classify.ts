// Names a copy from its passage alignment: verbatim, partial (a cut ending), or edited (rewrites, inserts, cuts).
import type { CopyKind } from '../core/corpus-store.js';
import type { Alignment } from './align.js';
import type { Paragraph } from './text.js';

export interface CopyChanges {
  kind: Exclude<CopyKind, 'translation'>;
  same: number;
  rewritten: number;
  /** Substantial source paragraphs the copy dropped. */
  removed: number;
  /** Copy paragraphs not in the source between copied ones (an inserted caption or paragraph); edges are framing. */
  added: number;
  /** Words of the copy (substantial or not) added at its top or bottom: new header and footer lines. */
  framed: boolean;
  truncated: boolean;
}

/** True when the copy keeps one unbroken run of the source's content: what was dropped was cut at the ends. */
function isCutAtEnd(source: readonly Paragraph[], kept: ReadonlySet<number>): boolean {
  const content = source.filter((p) => p.substantial).map((p) => kept.has(p.index));
  const first = content.indexOf(true);
  const last = content.lastIndexOf(true);
  return content.includes(false) && first >= 0 && content.slice(first, last + 1).every((k) => k);
}

export function classifyCopy(
  source: readonly Paragraph[],
  copy: readonly Paragraph[],
  al: Alignment,
): CopyChanges {
  const kept = new Set(al.matches.map((m) => m.source));
  const copied = al.matches.map((m) => m.copy);
  const lo = Math.min(...copied);
  const hi = Math.max(...copied);
  const addedInside = al.added.filter((j) => j > lo && j < hi);
  const rewritten = al.matches.filter((m) => m.change === 'rewritten').length;
  const lastKept = Math.max(...al.matches.map((m) => m.source));
  const badCut = al.matches.some((m) => m.change === 'cut' && m.source !== lastKept);
  const removed = al.removed.filter((i) => source[i].substantial).length;
  const truncated = removed > 0 && isCutAtEnd(source, kept);
  const framed = al.added.some((j) => j < lo || j > hi) || al.matches.some((m) => m.change === 'framed');
  const base = {
    same: al.matches.length - rewritten,
    rewritten,
    removed,
    added: addedInside.length,
    framed,
    truncated,
  };
  const clean = rewritten === 0 && !badCut && addedInside.length === 0 && !al.reordered;
  if (clean && removed === 0) return { kind: 'verbatim', ...base };
  if (clean && truncated) return { kind: 'partial', ...base };
  return { kind: 'edited', ...base };
}
