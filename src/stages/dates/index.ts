// The `dates` stage: date mentions in the title and body with ISO values, and the published date with its source.
// Published: declared by the input, else page metadata, else a dateline, else the latest day the article reports.
import type { Article, DateMention, Layers, PublishedLayer } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { parseIso, todayUtc, type DayDate } from './calendar.js';
import { findMentions } from './mentions.js';
import { fixedValue, valueMentions } from './values.js';

/** Header lines and the opening of the first paragraph are where a dateline ("PARIS, 9 mars 2023 —") sits. */
const DATELINE_LINES = 10;
const DATELINE_CHARS = 60;
const DAY_PRECISION = /^\d{4}-\d{2}-\d{2}/;

const ISO_PREFIX = /^\s*(?<y>\d{4})(?:(?<sep>[-/.])(?<m>\d{2})(?:\k<sep>(?<d>\d{2}))?)?(?=$|[T\s])/u;

/**
 * A declared date as an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or null when it is not a date. A timestamp keeps the
 * local date as written ("2025-01-22T18:41:00+08:00" → "2025-01-22"); other shapes (RFC 2822) are read by Date.
 */
export function isoDateOf(value: string): string | null {
  const g = ISO_PREFIX.exec(value)?.groups;
  if (g) {
    const month = g.m === undefined ? null : Number(g.m);
    const day = g.d === undefined ? null : Number(g.d);
    if (month !== null && (month < 1 || month > 12)) return null;
    if (day !== null && (day < 1 || day > 31)) return null;
    return [g.y, g.m, g.d].filter((p) => p !== undefined).join('-');
  }
  if (!/\d{4}/u.test(value) || !/\p{L}/u.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

function declaredPublished(article: Article): PublishedLayer | null {
  const { declared, page } = article.source;
  const input = declared.published ? isoDateOf(declared.published) : null;
  if (input) return { value: input, source: 'input', evidence: null, rule: 'published.input' };
  const meta = page?.published ? isoDateOf(page.published) : null;
  if (meta) return { value: meta, source: 'metadata', evidence: null, rule: 'published.page-meta' };
  return null;
}

function datelineRegions(article: Article): Span[] {
  const body = article.layers.body ?? [];
  // A standfirst may come first, with the dateline below it: header lines run up to the second paragraph.
  const headerEnd = body[1]?.start ?? body[0]?.end ?? article.text.length;
  const header = (article.layers.removed ?? [])
    .filter((r) => r.end <= headerEnd && r.kind !== 'caption')
    .slice(-DATELINE_LINES);
  const lead = body[0]
    ? [{ start: body[0].start, end: Math.min(body[0].end, body[0].start + DATELINE_CHARS) }]
    : [];
  return [...header, ...lead];
}

function dateline(article: Article, lang: string | null, ref: DayDate): PublishedLayer | null {
  const refDate = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  for (const m of findMentions(article.text, datelineRegions(article), lang, refDate)) {
    const fixed = m.kind === 'absolute' ? fixedValue(m, ref) : null;
    if (fixed && DAY_PRECISION.test(fixed.value)) {
      const evidence = { start: m.start, end: m.end, text: m.text };
      return { value: fixed.value.slice(0, 10), source: 'dateline', evidence, rule: 'published.dateline' };
    }
  }
  return null;
}

/** The latest day-precise date the article reports: it cannot have been published before it. */
function inferred(mentions: readonly DateMention[]): PublishedLayer | null {
  let best: DateMention | null = null;
  for (const m of mentions) {
    if (
      m.value &&
      DAY_PRECISION.test(m.value) &&
      !m.rule.includes('anchor') &&
      (!best || m.value > (best.value ?? ''))
    )
      best = m;
  }
  if (!best?.value) return null;
  const evidence = { start: best.start, end: best.end, text: best.text };
  return {
    value: best.value.slice(0, 10),
    source: 'inferred',
    evidence,
    rule: 'published.latest-reported-day',
  };
}

export const datesStage: Stage = {
  name: 'dates',
  version: '1',
  requires: ['body', 'title', 'language', 'removed'],
  provides: ['dates', 'published'],
  run(article: Article, ctx: StageContext): Partial<Layers> {
    const lang = article.layers.language?.code ?? null;
    const given = declaredPublished(article);
    const ref = parseIso(given?.value ?? null) ?? parseIso(ctx.referenceDate) ?? todayUtc();
    const title = article.layers.title;
    const regions: Span[] = [...(title ? [title] : []), ...(article.layers.body ?? [])];
    const raw = findMentions(
      article.text,
      regions,
      lang,
      new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)),
    );
    const fixedOnly = valueMentions(raw, ref, null, lang);
    const published = given ?? dateline(article, lang, ref) ?? inferred(fixedOnly);
    const anchor = parseIso(published?.value ?? null) ?? parseIso(ctx.referenceDate);
    const dates = anchor ? valueMentions(raw, ref, anchor, lang) : fixedOnly;
    return { dates, published };
  },
};
