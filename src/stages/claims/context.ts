// What the claims stage works on: the article's units (title, sentences), folded text, mentions and quotes.
import type { Article, Entity, Mention, Quote } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import { foldFast, type Folded } from './fold.js';
import type { ClaimLexicons } from './lexicon.js';

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
  lex: ClaimLexicons;
  units: Unit[];
  /** Every mention of every entity, in text order. */
  mentions: MentionRef[];
  quotes: readonly Quote[];
  entities: ReadonlyMap<string, Entity>;
  /** Name under which the article's own voice holds a stance. */
  outletName: string;
}

export const OUTLET_FALLBACK = 'the outlet';

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
  return {
    articleId: article.id,
    text: article.text,
    lex,
    units: buildUnits(article),
    mentions,
    quotes: article.layers.quotes ?? [],
    entities: new Map(entities.map((e) => [e.id, e])),
    outletName: article.layers.outlet?.name ?? OUTLET_FALLBACK,
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

/** The folded text of a span and the offset map back, cut from its unit's folding (refolded when no unit holds it). */
export function foldedSpan(ctx: ClaimContext, span: Span): Folded {
  const u = ctx.units.find((x) => x.start <= span.start && span.end <= x.end);
  if (!u) return foldFast(ctx.text.slice(span.start, span.end));
  const from = foldedAt(u, span.start);
  const to = foldedAt(u, span.end);
  const shift = span.start - u.start;
  return {
    text: u.folded.text.slice(from, to),
    starts: u.folded.starts.slice(from, to).map((x) => x - shift),
    ends: u.folded.ends.slice(from, to).map((x) => Math.min(x, span.end - u.start) - shift),
  };
}

export function mentionsIn(ctx: ClaimContext, span: Span): MentionRef[] {
  return ctx.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
}

export function quoteContaining(ctx: ClaimContext, span: Span): Quote | undefined {
  return ctx.quotes.find((q) => q.start <= span.start && span.end <= q.end);
}
