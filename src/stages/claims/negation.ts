// Whether a proposition is stated negatively ("Iran has not sent any drones"): a negation word of the language
// before or inside its predicate, or among its first words when it names no predicate class.
import type { Span } from '../../core/span.js';
import { foldedSpan, type ClaimContext } from './context.js';

/** A proposition without a predicate class is negated when a negation stands among its first words. */
const CLASSLESS_WORDS = 6;

/** Folded offset after the first `n` words of a folded text. */
function afterWords(text: string, n: number): number {
  const re = /\S+/gu;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = re.exec(text);
    if (!m) break;
    end = m.index + m[0].length;
  }
  return end;
}

/**
 * Where a negation word of the language stands in the proposition before the end of its predicate
 * (`predicateEnd`, absolute), or, with no predicate, among its first CLASSLESS_WORDS words; null when none.
 */
export function negationIn(ctx: ClaimContext, span: Span, predicateEnd: number | null): number | null {
  const folded = foldedSpan(ctx, span);
  let limit: number;
  if (predicateEnd === null) limit = afterWords(folded.text, CLASSLESS_WORDS);
  else {
    const rel = predicateEnd - span.start;
    const at = folded.starts.findIndex((s) => s >= rel);
    limit = at < 0 ? folded.text.length : at;
  }
  const re = ctx.lex.cues.negation;
  re.lastIndex = 0;
  const m = re.exec(folded.text);
  return m !== null && m.index < limit ? span.start + folded.starts[m.index] : null;
}
