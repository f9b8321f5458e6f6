// A fallback language guess from stop words, for articles the language stage has not tagged (translation pairs).
import { stopwordsByLanguage } from './knowledge.js';

/** Words read for the guess, stop words needed, and the lead over the runner-up. */
const SAMPLE_WORDS = 400;
const MIN_HITS = 8;
const LEAD = 1.5;

export function guessLanguage(words: readonly string[]): string | null {
  const counts: Array<{ lang: string; n: number }> = [];
  const sample = words.slice(0, SAMPLE_WORDS);
  for (const [lang, stop] of stopwordsByLanguage()) {
    let n = 0;
    for (const w of sample) if (stop.has(w)) n++;
    counts.push({ lang, n });
  }
  counts.sort((a, b) => b.n - a.n || (a.lang < b.lang ? -1 : 1));
  const [best, next] = counts;
  if (!best || best.n < MIN_HITS || (next && best.n < next.n * LEAD)) return null;
  return best.lang;
}
