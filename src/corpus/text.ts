// The text the corpus stages compare: paragraphs (the kept body, else every non-blank line), folded words.
import type { ArticleRecord } from '../core/contract.js';
import type { Span } from '../core/span.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, no accents, one kind of apostrophe: the form copies are compared in. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

export function words(s: string): string[] {
  return fold(s).match(WORD) ?? [];
}

/** Every non-blank line of a text, trimmed, as spans. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push({ start, end });
  }
  return spans;
}

export interface ComparedSpan extends Span {
  /** A caption the cleaner set aside: not content, but inserting one is an edit. */
  aside?: boolean;
}

/** Removed kinds that are never the article's own words. */
const NEVER_CONTENT = new Set(['navigation', 'share', 'advertising', 'related']);

/**
 * The paragraphs to compare: the kept body when the cleaning stage gave one, else all lines. Captions, and long
 * lines the cleaner removed as something else (they are often content it misread), come along as `aside`.
 */
export function comparedParagraphs(record: Pick<ArticleRecord, 'text' | 'body' | 'removed'>): ComparedSpan[] {
  const body = record.body.filter((b) => b.end > b.start);
  if (body.length === 0) return lineSpans(record.text);
  const asides = record.removed
    .filter(
      (r) =>
        r.end > r.start &&
        (r.kind === 'caption' ||
          (!NEVER_CONTENT.has(r.kind) &&
            words(record.text.slice(r.start, r.end)).length >= SUBSTANTIAL_WORDS)),
    )
    .map((r) => ({ start: r.start, end: r.end, aside: true }));
  return [...body.map((b) => ({ start: b.start, end: b.end })), ...asides].sort((a, b) => a.start - b.start);
}

/** Short lines outside the compared paragraphs (at most `max`), where credits such as "— RT World News" sit. */
export function outsideLines(text: string, compared: readonly Span[], maxWords = 20, max = 12): string[] {
  const inside = (s: Span): boolean => compared.some((c) => c.start <= s.start && s.end <= c.end);
  const lines = lineSpans(text)
    .filter((s) => !inside(s))
    .map((s) => text.slice(s.start, s.end));
  const short = lines.filter((l) => words(l).length <= maxWords);
  return [...short.slice(0, max / 2), ...short.slice(Math.max(max / 2, short.length - max / 2))];
}

/** A paragraph as the aligner sees it: its words, and whether it is long enough to be content. */
export interface Paragraph {
  index: number;
  words: string[];
  key: string;
  substantial: boolean;
  aside: boolean;
}

/** Paragraphs of fewer words are short lines: headers, footers, captions, credits. */
export const SUBSTANTIAL_WORDS = 8;

/**
 * Words and key of a paragraph's text, shared by every article holding the same paragraph: the corpus stage compares
 * a new article with up to 50 stored ones, and copies of one story repeat the same paragraphs hundreds of times.
 * The arrays are shared, so they are never changed; align.ts and features.ts key their shingles by them.
 */
const PARAGRAPH_CACHE = 20_000;
const paragraphWords = new Map<string, { words: string[]; key: string }>();

function wordsOfParagraph(text: string): { words: string[]; key: string } {
  let hit = paragraphWords.get(text);
  if (hit === undefined) {
    const w = words(text);
    hit = { words: w, key: w.join(' ') };
    if (paragraphWords.size >= PARAGRAPH_CACHE) paragraphWords.clear();
    paragraphWords.set(text, hit);
  }
  return hit;
}

export function paragraphsOf(text: string, spans: readonly ComparedSpan[]): Paragraph[] {
  return spans.map((s, index) => {
    const { words: w, key } = wordsOfParagraph(text.slice(s.start, s.end));
    return {
      index,
      words: w,
      key,
      substantial: !s.aside && w.length >= SUBSTANTIAL_WORDS,
      aside: s.aside === true,
    };
  });
}

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD or longer); null for a missing or coarser date. */
export function dayOf(iso: string | null): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/** A name folded so that transliterations meet: no accents, y → i, doubled letters once (Odessa, Odesa). */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}
