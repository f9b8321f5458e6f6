// Our own offset lookups for the claims stage (binary search over sorted spans), so per-cue lookups stay logarithmic.
import type { Span } from '../../core/span.js';

/** The first index in [0, length) where `atOrAfter` turns true (it must be false, then true), or `length`. */
export function lowerBound(length: number, atOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Spans sorted by start with a max-end segment tree: finds those around or across a span in O((k + 1) log n). */
export class SpanIndex<T extends Span> {
  private readonly sorted: { item: T; order: number }[];
  /** A perfect binary tree (size a power of two): tree[size + i] = end of sorted[i], tree[k] = max of its children. */
  private readonly tree: number[];
  private readonly size: number;

  constructor(items: readonly T[]) {
    // Pushed, not mapped: see claims/context.ts cutFolded (a mapped array deoptimised this constructor).
    const sorted: { item: T; order: number }[] = [];
    for (let order = 0; order < items.length; order++) sorted.push({ item: items[order], order });
    this.sorted = sorted.sort((a, b) => a.item.start - b.item.start);
    let size = 1;
    while (size < this.sorted.length) size *= 2;
    this.size = size;
    this.tree = new Array<number>(2 * this.size).fill(-Infinity);
    this.sorted.forEach(({ item }, i) => (this.tree[this.size + i] = item.end));
    for (let k = this.size - 1; k >= 1; k--) this.tree[k] = Math.max(this.tree[2 * k], this.tree[2 * k + 1]);
  }

  /** Items at sorted positions below `upto` whose end is at least `minEnd`, left to right, until `take` says stop. */
  private walk(upto: number, minEnd: number, take: (item: T) => boolean): void {
    let stop = false;
    const visit = (k: number, lo: number, hi: number): void => {
      if (stop || lo >= upto || this.tree[k] < minEnd) return;
      if (k >= this.size) {
        stop = take(this.sorted[k - this.size].item);
        return;
      }
      const mid = (lo + hi) >> 1;
      visit(2 * k, lo, mid);
      visit(2 * k + 1, mid, hi);
    };
    visit(1, 0, this.size);
  }

  private upto(end: number, inclusive: boolean): number {
    return lowerBound(this.sorted.length, (i) =>
      inclusive ? this.sorted[i].item.start > end : this.sorted[i].item.start >= end,
    );
  }

  /** The item that contains the span and starts first (the outermost). */
  firstContaining(span: Span): T | undefined {
    let found: T | undefined;
    this.walk(this.upto(span.start, true), span.end, (item) => ((found = item), true));
    return found;
  }

  /** Whether an item overlapping the span (sharing at least one offset) satisfies `test`. */
  someOverlapping(span: Span, test: (item: T) => boolean): boolean {
    let found = false;
    this.walk(this.upto(span.end, false), span.start + 1, (item) => (found = test(item)));
    return found;
  }

  /** Items overlapping a span (sharing at least one offset), in text order. */
  overlapping(span: Span): T[] {
    const out: T[] = [];
    this.walk(this.upto(span.end, false), span.start + 1, (item) => (out.push(item), false));
    return out;
  }
}
