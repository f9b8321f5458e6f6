// Translations: two articles in different languages whose names, numbers, dates and actors come in the same order.

/** Fingerprints shorter than this say too little to call a translation. */
export const MIN_FINGERPRINT = 12;
/** Share of the shorter fingerprint found, in order, in the other. */
export const TRANSLATION_LCS = 0.6;
/** A translation keeps roughly the same amount of names and numbers. */
export const MAX_LENGTH_RATIO = 1.8;

/** Longest common subsequence length (two rows of the usual table). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[b.length];
}

export interface TranslationScore {
  similarity: number;
  shared: number;
  numbers: number;
}

/** The in-order share of the shorter fingerprint, or null when the pair cannot be a translation. */
export function translationScore(a: readonly string[], b: readonly string[]): TranslationScore | null {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_FINGERPRINT || long.length / short.length > MAX_LENGTH_RATIO) return null;
  const shared = lcsLength(short, long);
  const similarity = shared / short.length;
  const numbers = new Set(short.filter((t) => t.startsWith('#') && long.includes(t))).size;
  if (similarity < TRANSLATION_LCS || numbers < 2) return null;
  return { similarity, shared, numbers };
}
