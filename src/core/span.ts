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
  const span = { start, end };
  if (!isValidSpan(text, span)) {
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
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
