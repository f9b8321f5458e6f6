// Finds the title: the best headline-shaped line before the body (text) or the block matching the page's title (HTML).
import type { Article, Block, RemovedSpan, TitleLayer } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import { outletIndex } from '../../knowledge/outlets.js';
import type { LineFeatures } from './features.js';

export interface TitleSplit {
  title: Span;
  /** An outlet credit glued to the headline ("— RT World News", "| Le Monde"), or null. */
  suffix: Span | null;
}

const SUFFIX = /\s+(?:[—–|]|::|-|\/\/)\s+([^—–|]{2,60})$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\p{N}+|[a-z]+\.[a-z]{2,})$/u;
const DIGIT_WORD = /\p{N}+/gu;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu;
/** Small words that may sit inside a name in lower case. */
export const LINKING = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'of',
  'the',
  'and',
  'et',
  'der',
  'die',
  'del',
  'di',
  '&',
  'y',
]);

/** A short run of capitalised words, numbers or a host name: "RT World News", "News 24", "rt.com". */
export function isNameShaped(s: string, maxWords = 5): boolean {
  const words = s.trim().split(/\s+/u);
  if (words.length > maxWords || !NAME_WORD.test(words[0])) return false;
  return words.every((w) => NAME_WORD.test(w) || LINKING.has(w.toLowerCase()));
}

/** A known outlet's name opens the part: "RT en français" (its language service), "CGTN". */
function namesKnownOutlet(part: string): boolean {
  const index = outletIndex();
  return index.byName(part) !== null || index.findIn(part).some((m) => m.start === 0);
}

/** Splits "Headline — RT World News": the right part is a short run of capitalised words (a name), the left a headline. */
export function splitTitle(text: string, span: Span): TitleSplit {
  const line = text.slice(span.start, span.end);
  const m = SUFFIX.exec(line);
  if (!m) return { title: span, suffix: null };
  const right = m[1].trim();
  const words = right.split(/\s+/u);
  const leftWords = line.slice(0, m.index).split(/\s+/u).length;
  const hyphen = m[0].trim().startsWith('-');
  const known = words.length <= 5 && namesKnownOutlet(right);
  // After a dash a lone unknown word is who the headline quotes ("— MoD", "— Kremlin"), not the site.
  const quoted = /^[—–-]/u.test(m[0].trim()) && words.length === 1 && !HOST.test(right);
  const named = known || (isNameShaped(right) && !quoted);
  if (!named || leftWords < 3 || (hyphen && words.length > 3)) return { title: span, suffix: null };
  const suffixStart = span.start + m.index + m[0].indexOf(m[1]);
  return {
    title: { start: span.start, end: span.start + m.index },
    suffix: { start: suffixStart, end: suffixStart + m[1].trimEnd().length },
  };
}

/** The separator and name cut from a title ("— RT en français"): a credit when it names a known outlet. */
export function suffixRemoval(text: string, titleEnd: number, suffix: Span): RemovedSpan {
  let start = titleEnd;
  while (start < suffix.start && /\s/u.test(text[start])) start++;
  const known = namesKnownOutlet(text.slice(suffix.start, suffix.end));
  return { start, end: suffix.end, kind: known ? 'source-credit' : 'header', rule: 'clean.title-suffix' };
}

/** Headline shape: a few words, no sentence punctuation at the end, not a menu, not a list item. */
export function isHeadlineShaped(line: string, f: LineFeatures): boolean {
  if (f.words < 3 || f.words > 40 || f.menuSegments > 0 || f.bullet) return false;
  if (/[.,;:]$/u.test(line) && !/\.\.\.$|…$/u.test(line)) return false;
  if ((line.match(DIGIT_WORD)?.length ?? 0) * 3 > f.words) return false;
  return f.upperRatio < 0.9 || f.words >= 4;
}

/** A headline this long, right above the chosen line, is the headline and the chosen line its standfirst. */
const HEADLINE_ABOVE_WORDS = 5;

/** Among the lines before the body, the headline-shaped one that is longest and nearest the body wins. */
export function pickTextTitle(
  candidates: ReadonlyArray<{ index: number; line: string; f: LineFeatures }>,
  bodyStart: number,
): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  const shaped = candidates.filter((c) => isHeadlineShaped(c.line, c.f));
  for (const c of shaped) {
    const score = Math.min(c.f.words, 14) - 0.75 * (bodyStart - c.index) + (c.f.stopRatio > 0 ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = c.index;
    }
  }
  // Headline then standfirst on the next line: the first of the two is the title.
  const above = shaped.find((c) => best !== null && c.index === best - 1);
  return above && above.f.words >= HEADLINE_ABOVE_WORDS ? above.index : best;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** HTML: the block whose text is the page's meta title (or its headline part), else the first h1. */
export function htmlTitle(article: Article, blocks: readonly Block[]): TitleLayer | null {
  const text = article.text;
  const meta = article.source.page?.title ?? null;
  if (meta) {
    const metaSplit = splitTitle(meta, { start: 0, end: meta.length });
    const wanted = new Set([fold(meta), fold(meta.slice(metaSplit.title.start, metaSplit.title.end))]);
    const hits = blocks.filter((b) => wanted.has(fold(text.slice(b.start, b.end))));
    const hit = hits.find((b) => b.tag === 'h1') ?? hits[0];
    if (hit) return titleLayer(text, splitTitle(text, hit).title, 'metadata', 'title.page-meta');
  }
  const h1 = blocks.find((b) => b.tag === 'h1');
  return h1 ? titleLayer(text, splitTitle(text, h1).title, 'text', 'title.h1') : null;
}

export function titleLayer(text: string, span: Span, source: TitleLayer['source'], rule: string): TitleLayer {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end), source, rule };
}
