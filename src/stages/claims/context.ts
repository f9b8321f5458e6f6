// What the claims stage works on: the article's units (title, sentences), folded text, mentions and quotes.
import type { Article, Entity, Mention, Quote } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import { foldFast, type Folded } from './fold.js';
import type { ClaimLexicons } from './lexicon.js';
import { lowerBound, SpanIndex } from './lookup.js';

export type { Folded };

/** A sentence of the body, or the title, with its folded text (offsets map back through `folded`). */
export interface Unit extends Span {
  isTitle: boolean;
  folded: Folded;
}

export interface MentionRef extends Span {
  entity: Entity;
  form: Mention['form'];
}

export interface ClaimContext {
  articleId: string;
  text: string;
  /** The whole text folded (offsets absolute), made on first use: for spans that no unit holds. */
  folded: () => Folded;
  lex: ClaimLexicons;
  units: Unit[];
  /** Every mention of every entity, in text order. */
  mentions: MentionRef[];
  quotes: readonly Quote[];
  quoteIndex: SpanIndex<Quote>;
  /** The quotes' cue words ("a déclaré"), each with its quote. */
  quoteCues: SpanIndex<Span & { quote: Quote }>;
  entities: ReadonlyMap<string, Entity>;
  /** Name under which the article's own voice holds a stance: its origin's when known, else its outlet's. */
  outletName: string;
}

export const OUTLET_FALLBACK = 'the outlet';

/**
 * The folded units of a folding that start in [start, end), their offsets made relative to `start` and cut at `end`.
 * The offset arrays are pushed, as foldText makes them: an array from `.map` has another elements kind in optimised
 * code than in the interpreter, and each new kind met by optimised code deoptimises it.
 */
function cutFolded(all: Folded, span: Span): Folded {
  const from = lowerBound(all.starts.length, (i) => all.starts[i] >= span.start);
  const to = lowerBound(all.starts.length, (i) => all.starts[i] >= span.end);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    starts.push(all.starts[i] - span.start);
    ends.push(Math.min(all.ends[i], span.end) - span.start);
  }
  return { text: all.text.slice(from, to), starts, ends };
}

/** Units do not overlap, so folding each once folds the text once. */
function unit(text: string, span: Span, isTitle: boolean): Unit {
  return { start: span.start, end: span.end, isTitle, folded: foldFast(text.slice(span.start, span.end)) };
}

/** Units in text order: every sentence (those inside the title count as title) and the title when no sentence covers it. */
function buildUnits(article: Article): Unit[] {
  const { text } = article;
  const sentences = article.layers.sentences ?? [];
  const title = article.layers.title;
  const inTitle = (s: Span): boolean => Boolean(title && title.start <= s.start && s.end <= title.end);
  const units = sentences.map((s) => unit(text, s, inTitle(s)));
  if (title && title.source === 'text' && title.end > title.start) {
    const covered = sentences.some((s) => s.start < title.end && title.start < s.end);
    if (!covered) units.push(unit(text, title, true));
  }
  return units.sort((a, b) => a.start - b.start);
}

export function buildContext(article: Article, lex: ClaimLexicons): ClaimContext {
  const entities = article.layers.entities ?? [];
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity, form: m.form })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let all: Folded | null = null;
  const quotes = article.layers.quotes ?? [];
  return {
    articleId: article.id,
    text: article.text,
    folded: () => (all ??= foldFast(article.text)),
    lex,
    units: buildUnits(article),
    mentions,
    quotes,
    quoteIndex: new SpanIndex(quotes),
    quoteCues: new SpanIndex(
      quotes.flatMap((q) => (q.cue ? [{ start: q.cue.start, end: q.cue.end, quote: q }] : [])),
    ),
    entities: new Map(entities.map((e) => [e.id, e])),
    // A copy's own words are its origin's ("whose content it is"): RT's text republished by an aggregator doubts as RT.
    outletName: article.layers.origin?.name ?? article.layers.outlet?.name ?? OUTLET_FALLBACK,
  };
}

/** Absolute span of folded offsets [from, to) of a unit. */
export function unfold(u: Unit, from: number, to: number): Span {
  if (to <= from) {
    const at = from < u.folded.starts.length ? u.folded.starts[from] : u.end - u.start;
    return { start: u.start + at, end: u.start + at };
  }
  return { start: u.start + u.folded.starts[from], end: u.start + u.folded.ends[to - 1] };
}

/** The folded offset of the first folded unit at or after an absolute offset. */
export function foldedAt(u: Unit, abs: number): number {
  const rel = abs - u.start;
  const starts = u.folded.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < rel) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The folded text of a span and the offset map back (relative to the span), cut from its unit's or the article's folding. */
export function foldedSpan(ctx: ClaimContext, span: Span): Folded {
  const u = ctx.units[unitIndexAt(ctx, span.start)];
  if (!u || span.end > u.end) return cutFolded(ctx.folded(), span);
  return cutFolded(u.folded, { start: span.start - u.start, end: span.end - u.start });
}

/** Index of the unit holding an offset (units are sorted and do not overlap), or -1. */
export function unitIndexAt(ctx: ClaimContext, at: number): number {
  const i = lowerBound(ctx.units.length, (k) => ctx.units[k].end > at);
  return i < ctx.units.length && ctx.units[i].start <= at ? i : -1;
}

/** Index of the first mention starting at or after an offset. */
export function firstMentionFrom(ctx: ClaimContext, at: number): number {
  return lowerBound(ctx.mentions.length, (i) => ctx.mentions[i].start >= at);
}

/** Mentions wholly inside a span, in text order. */
export function mentionsIn(ctx: ClaimContext, span: Span): MentionRef[] {
  const out: MentionRef[] = [];
  for (let i = firstMentionFrom(ctx, span.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.start > span.end) break;
    if (m.end <= span.end) out.push(m);
  }
  return out;
}

/** The first mention wholly inside a span. */
export function firstMentionIn(ctx: ClaimContext, span: Span): MentionRef | undefined {
  for (let i = firstMentionFrom(ctx, span.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.start > span.end) return undefined;
    if (m.end <= span.end) return m;
  }
  return undefined;
}

export function quoteContaining(ctx: ClaimContext, span: Span): Quote | undefined {
  return ctx.quoteIndex.firstContaining(span);
}
