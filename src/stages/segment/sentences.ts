// Splits a paragraph's tokens into sentences: our own rules for abbreviations, initials and quotation marks.
import type { Sentence, Token } from '../../core/article.js';
import { insideMask, pairQuotes } from './quote-marks.js';

export interface SentenceRules {
  /** Abbreviations with their final period ("M.", "Sen."), lower-cased too. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that may also end a sentence ("etc.", "Inc."). */
  canEnd: ReadonlySet<string>;
  /** Lower-cased function words: a capitalised one after an initialism starts a new sentence. */
  starters: ReadonlySet<string>;
}

const TERMINAL = /^[.!?…]+$/;
const CLOSING = /^[»”"›“)\]]$/;
const OPENING = /^[«“"„‹(\[—–-]$/;
const UPPER_START = /^[\p{Lu}\p{N}¿¡]/u;

function isBreak(text: string, tokens: readonly Token[], i: number, rules: SentenceRules): boolean {
  // Most tokens are words: a first unit outside . ! ? … answers without slicing the token.
  const first = text.charCodeAt(tokens[i].start);
  if (first !== 0x2e && first !== 0x21 && first !== 0x3f && first !== 0x2026) return false;
  const tok = text.slice(tokens[i].start, tokens[i].end);
  if (!TERMINAL.test(tok)) return false;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  if (!next) return true;
  const nextText = text.slice(next.start, next.end);
  if (next.start === tokens[i].end && !CLOSING.test(nextText)) return false;
  if (!(UPPER_START.test(nextText) || OPENING.test(nextText))) return false;
  if (tok !== '.') return true;
  // Guarded: a read before the array's start deoptimised this function ("out of bounds") once per worker.
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (!prev || prev.end !== tokens[i].start) return true;
  const prevText = text.slice(prev.start, prev.end);
  const withDot = prevText + '.';
  if (rules.abbreviations.has(withDot) || rules.abbreviations.has(withDot.toLowerCase())) {
    return rules.canEnd.has(withDot) && rules.starters.has(nextText.toLowerCase());
  }
  // A single capital before a period is an initial ("J. Smith"), not the end of a sentence.
  if (/^\p{Lu}$/u.test(prevText)) return false;
  return true;
}

/** Where a sentence that ends at token i really ends: after the closing quotes that follow its period. */
function absorbClosers(
  text: string,
  tokens: readonly Token[],
  i: number,
  closers: ReadonlySet<number>,
): number {
  let j = i;
  while (j + 1 < tokens.length && isCloser(text, tokens[j + 1].start, closers)) j++;
  return j;
}

/** A closing bracket, or a quotation mark that closes a matched pair (“ opens in English, closes in German). */
function isCloser(text: string, at: number, closers: ReadonlySet<number>): boolean {
  return closers.has(at) || text[at] === ')' || text[at] === ']';
}

/** Sentences of one paragraph (its tokens given), never ending inside a matched pair of quotation marks. */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  paragraph: number,
  rules: SentenceRules,
): Sentence[] {
  if (tokens.length === 0) return [];
  const from = tokens[0].start;
  const to = tokens[tokens.length - 1].end;
  const pairs = pairQuotes(text, from, to);
  const inside = insideMask(pairs, from, to);
  const closers = new Set(pairs.map((p) => p.close));
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const last = i === tokens.length - 1;
    if (!last && (inside[tokens[i].start - from] === 1 || !isBreak(text, tokens, i, rules))) {
      if (!(
        inside[tokens[i].start - from] === 1 &&
        endsQuotedSentence(text, tokens, i, rules, inside, from, closers)
      ))
        continue;
    }
    const end = last ? i : absorbClosers(text, tokens, i, closers);
    sentences.push({ start: tokens[first].start, end: tokens[end].end, paragraph });
    first = end + 1;
    i = end;
  }
  if (first < tokens.length) sentences.push({ start: tokens[first].start, end: to, paragraph });
  return sentences;
}

/** A period inside quotes ends the sentence when the quote closes right after it and a capital follows. */
function endsQuotedSentence(
  text: string,
  tokens: readonly Token[],
  i: number,
  rules: SentenceRules,
  inside: Uint8Array,
  from: number,
  closers: ReadonlySet<number>,
): boolean {
  if (!TERMINAL.test(text.slice(tokens[i].start, tokens[i].end))) return false;
  const j = absorbClosers(text, tokens, i, closers);
  if (j === i) return false;
  const after = tokens[j + 1];
  if (after && inside[after.start - from] === 1) return false;
  if (!after) return true;
  return isBreak(text, [tokens[i], after], 0, rules) && UPPER_START.test(text.slice(after.start, after.end));
}
