// Finds the article's main run of lines: the contiguous run with the largest weight (Kadane's maximum subarray).
import type { Span } from '../../core/span.js';

/** Indices [start, end] (inclusive) of the best run within [from, to], or null when no line weighs more than 0. */
export function bestRun(
  weights: readonly number[],
  from = 0,
  to = weights.length - 1,
): (Span & { weight: number }) | null {
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
/** A related-stories box inside the article: prose that resumes within this many lines continues the article. */
const BRIDGE_LINES = 10;
/** ... and when the article ran up to within this many lines of the box. */
const BRIDGE_GAP = 3;

/** `hard` stops (comments) end the article; `soft` ones (a related-stories box) may sit inside it. */
export type StopKind = 'hard' | 'soft' | null;

interface Section extends Span {
  run: (Span & { weight: number }) | null;
  /** The stop that opens the section, if any. */
  opener: StopKind;
}

function sections(weights: readonly number[], stops: readonly StopKind[]): Section[] {
  const out: Section[] = [];
  let from = 0;
  let opener: StopKind = null;
  for (let i = 0; i <= weights.length; i++) {
    if (i < weights.length && !stops[i]) continue;
    out.push({ start: from, end: i - 1, run: i > from ? bestRun(weights, from, i - 1) : null, opener });
    opener = i < weights.length ? stops[i] : null;
    from = i + 1;
  }
  return out;
}

/**
 * The article's run when stop lines cut the page into sections: the best run of each section, the earliest that
 * weighs at least a quarter of the heaviest (those after a stop count half), extended over soft stops when prose
 * resumes right after them.
 */
export function mainRun(weights: readonly number[], stops: readonly StopKind[]): Span | null {
  const parts = sections(weights, stops);
  const weightOf = (p: Section, i: number): number =>
    p.run ? p.run.weight * (i > 0 ? AFTER_STOP_DISCOUNT : 1) : 0;
  const heaviest = Math.max(0, ...parts.map(weightOf));
  const at = parts.findIndex(
    (p, i) => p.run !== null && weightOf(p, i) > 0 && weightOf(p, i) >= EARLIER_SECTION_SHARE * heaviest,
  );
  if (at < 0) return null;
  const main = { start: parts[at].run!.start, end: parts[at].run!.end };
  for (let i = at + 1; i < parts.length; i++) {
    const next = parts[i];
    const bridged =
      next.opener === 'soft' &&
      next.run &&
      next.run.start - next.start <= BRIDGE_LINES &&
      main.end >= parts[i - 1].end - BRIDGE_GAP;
    if (!bridged) break;
    main.end = next.run!.end;
  }
  return main;
}
