// Pairs quotation marks in a stretch of text (« », “ ”, „ “, ‹ ›, " ") so that only matched pairs count.
import type { Span } from '../../core/span.js';

/** A matched pair of quotation marks: `open`/`close` are the offsets of the two marks. */
export interface QuotePair {
  open: number;
  close: number;
  /** Offset just after the closing mark (marks can be two characters: ''). */
  closeEnd: number;
  /** The characters between the marks. */
  inner: Span;
}

const CLOSER_OF: Record<string, string[]> = {
  '«': ['»'],
  '“': ['”', '“'],
  '„': ['“', '”'],
  '‹': ['›'],
  '"': ['"'],
};
const CLOSERS = new Set(['»', '”', '“', '›', '"']);
const WORDISH = /[\p{L}\p{N}]/u;

function opensHere(text: string, i: number, ch: string): boolean {
  if (ch !== '"' && ch !== '“') return true;
  const before = i > 0 ? text[i - 1] : ' ';
  return !WORDISH.test(before) && !/[.,;:!?]/.test(before);
}

const MARK = /[«»“”„‹›"]|''/g;

/** Matched quotation pairs within [from, to), outermost and nested, in order of their opening mark. */
export function pairQuotes(text: string, from: number, to: number): QuotePair[] {
  const stack: Array<{ at: number; ch: string; width: number }> = [];
  const pairs: QuotePair[] = [];
  const slice = text.slice(from, to);
  MARK.lastIndex = 0;
  for (let m = MARK.exec(slice); m !== null; m = MARK.exec(slice)) {
    const i = from + m.index;
    // Two apostrophes stand for a double quotation mark in some wire copy (''like this'').
    const width = m[0].length;
    const ch = width === 2 ? '"' : m[0];
    const top = stack[stack.length - 1];
    if (
      top &&
      CLOSERS.has(ch) &&
      CLOSER_OF[top.ch].includes(ch) &&
      !(ch === '“' && top.ch === '“' && opensHere(text, i, ch) && i + 1 < to && WORDISH.test(text[i + 1]))
    ) {
      stack.pop();
      pairs.push({
        open: top.at,
        close: i,
        closeEnd: i + width,
        inner: { start: top.at + top.width, end: i },
      });
      continue;
    }
    if (ch in CLOSER_OF && opensHere(text, i, ch)) stack.push({ at: i, ch, width });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** For each offset in [from, to): 1 when it lies strictly inside a matched pair (between its marks). */
export function insideMask(pairs: readonly QuotePair[], from: number, to: number): Uint8Array {
  const mask = new Uint8Array(to - from);
  for (const p of pairs) mask.fill(1, p.inner.start - from, p.inner.end - from);
  return mask;
}
