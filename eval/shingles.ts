// The article-extraction-benchmark metric: 4-gram shingles of \w+ tokens, per-page tp/fp/fn, macro P/R, F1 of means.

/** Python's Unicode `\w`: letters, numbers and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const NGRAM = 4;

export interface ShingleScore {
  /** Normalised so that tp + fp + fn = 1 (or all 0 when both texts have no token). */
  tp: number;
  fp: number;
  fn: number;
}

export interface ShingleAverage {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  // As the benchmark does, a text shorter than n tokens yields one shingle of all its tokens.
  const last = Math.max(1, tokens.length - NGRAM + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + NGRAM).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scoreShingles(predicted: string, gold: string): ShingleScore {
  const pred = shingles(predicted);
  const truth = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (truth.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: ShingleScore): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: ShingleScore): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Precision over pages that predicted something, recall over pages with a gold text, F1 of the two means. */
export function averageShingles(scores: readonly ShingleScore[]): ShingleAverage {
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map(pagePrecision));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: scores.length };
}
