// Finds the article's main run of lines: the contiguous run with the largest weight (Kadane's maximum subarray).
import type { Span } from '../../core/span.js';

/** Indices [start, end] (inclusive) of the best run within [from, to], or null when no line weighs more than 0. */
export function bestRun(weights: readonly number[], from = 0, to = weights.length - 1): (Span & { weight: number }) | null {
  let best = 0;
  let bestSpan: (Span & { weight: number }) | null = null;
  let sum = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i];
    if (sum > best) {
      best = sum;
      bestSpan = { start, end: i, weight: sum };
    }
  }
  return bestSpan;
}

/** Share of the heaviest section's weight that an earlier section needs to be the article (comments come after it). */
const EARLIER_SECTION_SHARE = 0.25;
/** Sections after a stop line (comments, related stories) count for this share of their weight. */
const AFTER_STOP_DISCOUNT = 0.5;

/**
 * The article's run when stop lines (comments, related stories) cut the page into sections: the best run of each
 * section, and the earliest one that weighs at least a quarter of the heaviest (those after a stop count half).
 */
export function mainRun(weights: readonly number[], stops: readonly boolean[]): Span | null {
  const runs: Array<Span & { weight: number }> = [];
  let from = 0;
  for (let i = 0; i <= weights.length; i++) {
    if (i < weights.length && !stops[i]) continue;
    const run = i > from ? bestRun(weights, from, i - 1) : null;
    if (run) runs.push(from > 0 ? { ...run, weight: run.weight * AFTER_STOP_DISCOUNT } : run);
    from = i + 1;
  }
  const heaviest = Math.max(0, ...runs.map((r) => r.weight));
  const pick = runs.find((r) => r.weight >= EARLIER_SECTION_SHARE * heaviest);
  return pick ? { start: pick.start, end: pick.end } : null;
}
