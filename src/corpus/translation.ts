// Translations: two articles in different languages whose paragraphs, in order, carry the same names, numbers,
// dates and actors (our own monotone paragraph alignment; independent coverage of one event reorders its facts).

/** Paragraphs both articles need before a translation can be told. */
export const MIN_PARAGRAPHS = 3;
/** A paragraph pair matches when this share of the smaller paragraph's tokens (and two of them) is in the other. */
export const PARAGRAPH_OVERLAP = 0.6;
const PARAGRAPH_SHARED = 2;
/** Share of the longer article's paragraphs matched, in order, for a translation. */
export const TRANSLATION_SCORE = 0.8;

function paragraphMatch(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const small = Math.min(a.size, b.size);
  return (
    shared >= Math.min(PARAGRAPH_SHARED, small) &&
    shared > 0 &&
    shared / Math.max(1, small) >= PARAGRAPH_OVERLAP
  );
}

/** Most paragraph pairs matched without crossing (the usual table, two rows). */
export function monotoneMatches(
  a: ReadonlyArray<ReadonlySet<string>>,
  b: ReadonlyArray<ReadonlySet<string>>,
): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.max(prev[j], cur[j - 1], prev[j - 1] + (paragraphMatch(a[i - 1], b[j - 1]) ? 1 : 0));
    }
    prev = cur;
  }
  return prev[b.length];
}

export interface TranslationScore {
  similarity: number;
  matched: number;
  numbers: number;
}

/** The share of paragraphs matched in order, or null when the pair cannot be a translation. */
export function translationScore(a: readonly string[], b: readonly string[]): TranslationScore | null {
  if (Math.min(a.length, b.length) < MIN_PARAGRAPHS) return null;
  const sets = (fp: readonly string[]): Array<Set<string>> => fp.map((p) => new Set(p.split(' ')));
  const matched = monotoneMatches(sets(a), sets(b));
  const similarity = matched / Math.max(a.length, b.length);
  const numbersOf = (fp: readonly string[]): Set<string> =>
    new Set(fp.flatMap((p) => p.split(' ')).filter((t) => t.startsWith('#')));
  const nb = numbersOf(b);
  const numbers = [...numbersOf(a)].filter((t) => nb.has(t)).length;
  if (similarity < TRANSLATION_SCORE) return null;
  return { similarity, matched, numbers };
}
