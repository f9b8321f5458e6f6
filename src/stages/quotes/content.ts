// Finds the content a cue introduces: after a complementizer or colon, before an inverted cue, after a source marker.
import type { LangIndex } from '../segment/lexicon-index.js';
import { sentenceRange, type TokenView } from '../entities/chunks.js';
import type { QuotePair } from '../segment/quote-marks.js';
import type { Cue } from './cues.js';

/** Token range [first, last) of a quote's content and the rule that found it. */
export interface ContentRange {
  first: number;
  last: number;
  rule: string;
}

const TERMINAL = /^[.!?…]+$/;
const COMPLEMENT_WINDOW = 8;
const INVERTED_TAIL = 8;
/** Longest content (in tokens) a cue may report: bounds the work on pathological one-sentence texts. */
const MAX_CONTENT = 200;

export interface ContentContext {
  view: TokenView;
  idx: LangIndex;
  /** Outermost quotation pairs of the body. */
  pairs: readonly QuotePair[];
  cueAt: ReadonlySet<number>;
}

function tok(view: TokenView, i: number): string {
  // Guarded: a read outside the array deoptimised this function ("out of bounds") once per worker.
  const t = i >= 0 && i < view.tokens.length ? view.tokens[i] : undefined;
  return t ? view.text.slice(t.start, t.end) : '';
}

export function sentenceBounds(view: TokenView, i: number): { first: number; last: number } {
  return sentenceRange(view, i);
}

/** Drops final sentence punctuation from a range. */
function trimEnd(view: TokenView, first: number, last: number): number {
  let l = last;
  while (l > first && TERMINAL.test(tok(view, l - 1))) l--;
  return l;
}

/** "a déclaré mardi que …", "said that …": the rest of the sentence after the complementizer. */
function afterComplementizer(c: ContentContext, cue: Cue): ContentRange | null {
  const { last } = sentenceBounds(c.view, cue.first);
  for (let k = cue.last; k < last && k - cue.last <= COMPLEMENT_WINDOW; k++) {
    const t = tok(c.view, k);
    if (TERMINAL.test(t) || /^[«“„‹"]$/.test(t) || c.cueAt.has(k)) return null;
    if (c.idx.complementizers.has(c.view.folded[k])) {
      const end = trimEnd(c.view, k + 1, last);
      return end > k + 1 ? { first: k + 1, last: end, rule: 'quotes.indirect.complementizer' } : null;
    }
  }
  return null;
}

/** "X a déclaré : « … »", "X said: …". */
function afterColon(c: ContentContext, cue: Cue): ContentRange | null {
  const { last } = sentenceBounds(c.view, cue.first);
  for (let k = cue.last; k < last && k - cue.last <= 3; k++) {
    if (tok(c.view, k) === ':') {
      if (k + 1 === last) {
        // "He said:" closing a paragraph introduces the next one.
        const next = nextParagraph(c.view, k);
        return next
          ? {
              first: next.first,
              last: trimEnd(c.view, next.first, next.last),
              rule: 'quotes.colon.paragraph',
            }
          : null;
      }
      const end = trimEnd(c.view, k + 1, last);
      return end > k + 1 ? { first: k + 1, last: end, rule: 'quotes.colon' } : null;
    }
  }
  return null;
}

/** "…, a déclaré un diplomate." / "…, he said.": the sentence before the comma that precedes the cue. */
function beforeInvertedCue(c: ContentContext, cue: Cue): ContentRange | null {
  const { first, last } = sentenceBounds(c.view, cue.first);
  let tail = cue.last;
  while (
    tail < last &&
    tail - cue.last <= INVERTED_TAIL &&
    !/^[,;]$/.test(tok(c.view, tail)) &&
    !TERMINAL.test(tok(c.view, tail))
  )
    tail++;
  if (tail - cue.last > INVERTED_TAIL) return null;
  // "…, he said, « … »": the quote that follows is what he said (unless a quote also precedes: one split quote).
  const quoteFollows = /^[,:]$/.test(tok(c.view, cue.last)) && /^[«“"„‹']/.test(tok(c.view, cue.last + 1));
  if (quoteFollows && !/^[»”"'’›“]$/.test(tok(c.view, cue.first - 2))) return null;
  let comma = cue.first - 1;
  // English puts a short subject between the comma and the cue ("…, Smith said").
  while (
    comma > first &&
    cue.first - comma <= 5 &&
    tok(c.view, comma) !== ',' &&
    c.view.tokens[comma].kind === 'word'
  )
    comma--;
  if (tok(c.view, comma) !== ',' || comma - first < 3 || comma - first > MAX_CONTENT) return null;
  if (!invertedTail(c, cue, comma === cue.first - 1)) return null;
  for (let k = first; k < comma; k++) if (c.cueAt.has(k)) return null;
  if (parenthetical(c, comma, tail, last))
    return { first, last: trimEnd(c.view, first, last), rule: 'quotes.indirect.parenthetical' };
  return { first, last: comma, rule: 'quotes.indirect.inverted' };
}

/**
 * "Acts of protest, Mr. Obama said, are acts of patriotism" / "“A,” he said, “B.”": a cue set between commas inside
 * the sentence reports the whole sentence — unless only a quote precedes it and plain narration follows.
 */
function parenthetical(c: ContentContext, comma: number, tail: number, last: number): boolean {
  if (tok(c.view, tail) !== ',') return false;
  let words = 0;
  for (let k = tail + 1; k < last && words < 3; k++) if (c.view.tokens[k].kind === 'word') words++;
  if (words < 3) return false;
  const quoteBefore = /^[»”"'’›“]$/.test(tok(c.view, comma - 1));
  const quoteAfter = /^[«“"„‹']$/.test(tok(c.view, tail + 1));
  return quoteBefore === quoteAfter;
}

/** What follows an inverted cue must be its speaker or an adjunct, not a new clause ("…, Trump says he is …"). */
function invertedTail(c: ContentContext, cue: Cue, speakerAfter: boolean): boolean {
  const next = c.view.folded[cue.last];
  const t = tok(c.view, cue.last);
  if (next === undefined || TERMINAL.test(t) || t === ',' || t === ';') return true;
  if (c.idx.pronouns.has(next) || c.idx.complementizers.has(next))
    return (
      speakerAfter &&
      c.idx.pronouns.has(next) &&
      cue.last + 1 < c.view.tokens.length &&
      TERMINAL.test(tok(c.view, cue.last + 1))
    );
  if (speakerAfter) return true;
  return (
    c.idx.prepositions.has(next) ||
    /ly$/.test(next) ||
    c.idx.functionWords.has(next) ||
    (cue.addressee && addresseeOnly(c, cue))
  );
}

/** Words after a "tell" verb that only name whom it told ("…, a diplomat told TASS.", "told reporters on Monday"). */
const ADDRESSEE_WORDS = 4;

function addresseeOnly(c: ContentContext, cue: Cue): boolean {
  const { last } = sentenceBounds(c.view, cue.first);
  let words = 0;
  for (let k = cue.last; k < last; k++) {
    const t = tok(c.view, k);
    if (TERMINAL.test(t) || t === ',' || t === ';') return words > 0;
    if (c.idx.complementizers.has(c.view.folded[k]) || c.idx.pronouns.has(c.view.folded[k])) return false;
    if (++words > ADDRESSEE_WORDS) return false;
  }
  return words > 0;
}

/** The token range of the paragraph after the one holding token i, or null. */
function nextParagraph(view: TokenView, i: number): { first: number; last: number } | null {
  const p = view.sentences[view.sentenceOf[i]].paragraph;
  let first = i;
  while (first < view.tokens.length && view.sentences[view.sentenceOf[first]].paragraph === p) first++;
  if (first >= view.tokens.length) return null;
  let last = first;
  const q = view.sentences[view.sentenceOf[first]].paragraph;
  while (last < view.tokens.length && view.sentences[view.sentenceOf[last]].paragraph === q) last++;
  return { first, last };
}

/** English reports without "that": "Smith said the plan failed", "said on Friday he would", "said “it hurts”". */
function bareComplement(c: ContentContext, cue: Cue): ContentRange | null {
  if (c.idx.lang !== 'en' || cue.needsComplement) return null;
  const { last } = sentenceBounds(c.view, cue.first);
  const before = tok(c.view, cue.first - 1);
  if (
    /^[”"»'’]$/.test(before) ||
    (before === ',' && cue.first > 1 && /^[”"»'’]$/.test(tok(c.view, cue.first - 2)))
  )
    return null;
  let from = cue.last;
  // A short time or place adjunct may sit between the verb and its clause ("said on Friday he …").
  if (c.idx.prepositions.has(c.view.folded[from] ?? '')) {
    let k = from + 1;
    while (
      k < last &&
      k - from <= 4 &&
      c.view.tokens[k].kind !== 'punct' &&
      !c.idx.pronouns.has(c.view.folded[k])
    )
      k++;
    if (!c.idx.pronouns.has(c.view.folded[k] ?? '')) return null;
    from = k;
  }
  const next = c.view.tokens[from];
  if (
    !next ||
    !(next.kind === 'word' || /^[“"«]$/.test(tok(c.view, from))) ||
    c.idx.prepositions.has(c.view.folded[from])
  )
    return null;
  const end = trimEnd(c.view, from, last);
  return end - from >= 4 ? { first: from, last: end, rule: 'quotes.indirect.bare' } : null;
}

/** The content a cue introduces, trying each pattern in turn. */
export function contentOf(c: ContentContext, cue: Cue): ContentRange | null {
  return (
    afterComplementizer(c, cue) ?? afterColon(c, cue) ?? beforeInvertedCue(c, cue) ?? bareComplement(c, cue)
  );
}

/** "Selon X, …" / "…, according to X." / "A, according to X, B": the content and the token where the source is named. */
export function sourceMarkerContent(
  c: ContentContext,
  i: number,
  length: number,
): { content: ContentRange; source: number } | null {
  const after = i + length;
  if (c.idx.sourceBlockers.has(c.view.folded[after] ?? '')) return null;
  const { first, last } = sentenceBounds(c.view, i);
  const rule = 'quotes.indirect.source-marker';
  let e = after;
  while (e < last && e - after < 25 && !/^[,;:]$/.test(tok(c.view, e)) && !TERMINAL.test(tok(c.view, e))) e++;
  let lead = i;
  while (lead > first && c.view.tokens[lead - 1].kind !== 'word' && tok(c.view, lead - 1) !== ':') lead--;
  const leading = lead === first || tok(c.view, lead - 1) === ':';
  const end = trimEnd(c.view, first, last);
  if (leading)
    return tok(c.view, e) === ',' && end > e + 1
      ? { content: { first: e + 1, last: end, rule }, source: after }
      : null;
  let words = 0;
  for (let k = e + 1; k < end && words < 3; k++) if (c.view.tokens[k].kind === 'word') words++;
  if (tok(c.view, e) === ',' && words >= 3 && tok(c.view, i - 1) === ',')
    return { content: { first, last: end, rule }, source: after };
  const stop = tok(c.view, i - 1) === ',' ? i - 1 : i;
  return stop - first >= 3 ? { content: { first, last: stop, rule }, source: after } : null;
}

/** "WALLACE: …", "Pence: Flowers won't be at debate": a name and a colon opening a paragraph. */
export function speakerColon(
  c: ContentContext,
  i: number,
  isName: (first: number, last: number) => boolean,
): { content: ContentRange; name: { first: number; last: number } } | null {
  let first = i;
  while (first < c.view.tokens.length && /^[«“"„‹]$/.test(tok(c.view, first))) first++;
  let colon = first;
  while (
    colon < c.view.tokens.length &&
    colon - first < 4 &&
    c.view.tokens[colon].kind === 'word' &&
    /^\p{Lu}/u.test(tok(c.view, colon))
  )
    colon++;
  if (colon === first || tok(c.view, colon) !== ':') return null;
  if (!isName(first, colon)) return null;
  const p = c.view.sentences[c.view.sentenceOf[colon]].paragraph;
  let last = colon;
  while (last < c.view.tokens.length && c.view.sentences[c.view.sentenceOf[last]].paragraph === p) last++;
  const end = trimEnd(c.view, colon + 1, last);
  if (end - colon < 4) return null;
  return {
    content: { first: colon + 1, last: end, rule: 'quotes.speaker-colon' },
    name: { first, last: colon },
  };
}
