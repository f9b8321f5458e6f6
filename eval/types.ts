// The shape every scorer returns to eval/run.ts, which prints the figures and checks them against baseline.json.
import { sharedDirectory } from '../src/core/shared.js';

export interface EvalResult {
  /** Suite name, e.g. "seeds.identify" or "article-extraction.html"; baseline.json keys are `${name}.${metric}`. */
  name: string;
  /** Figures, higher is better for every key listed in baseline.json (times go in `info`). */
  metrics: Record<string, number>;
  /** Figures reported but not gated (timings, counts, comparison systems such as Readability). */
  info?: Record<string, number | string>;
  /** Set when the suite could not run (e.g. ../shared absent). */
  skipped?: string;
  notes?: string[];
}

export type Scorer = () => Promise<EvalResult[]>;

/** ../shared beside the repository, or null when absent (a user's fresh clone has none). */
export function sharedDir(): string | null {
  return sharedDirectory();
}
