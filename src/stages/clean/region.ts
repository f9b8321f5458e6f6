// Finds the article's main run of lines: the contiguous run with the largest weight (Kadane's maximum subarray).
import type { Span } from '../../core/span.js';

/** Indices [start, end] (inclusive) of the best run, or null when no line has a positive weight. */
export function bestRun(weights: readonly number[]): Span | null {
  let best = 0;
  let bestSpan: Span | null = null;
  let sum = 0;
  let from = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += weights[i];
    if (sum > best) {
      best = sum;
      bestSpan = { start: from, end: i };
    }
  }
  return bestSpan;
}
