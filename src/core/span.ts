// Spans: half-open [start, end) ranges in UTF-16 code units into an article's immutable text.

export interface Span {
  start: number;
  end: number;
}

/** A span that carries a copy of the characters it covers, so a reader can check it by slicing. */
export interface TextSpan extends Span {
  text: string;
}

/** Who made an annotation and why: the rule id (from knowledge/ or the stage) and `stage@version`. */
export interface Provenance {
  rule: string;
  by?: string;
}

export function isValidSpan(text: string, span: Span): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end >= span.start &&
    span.end <= text.length
  );
}

/** Builds a TextSpan, refusing offsets outside the text instead of guessing (like spaCy's char_span). */
export function textSpan(text: string, start: number, end: number): TextSpan {
  if (!isValidSpan(text, { start, end })) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

/** Shrinks a span so that it does not start or end with white space (Unicode-aware, NBSP included). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

const SPACE = /\s/u;

/** Whether text[i] is white space as `\s` reads it; printable ASCII is answered without the regex. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c > 0x20 && c < 0x7f) return false;
  return SPACE.test(text[i]);
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
