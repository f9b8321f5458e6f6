// The `clean` stage: splits the blocks into body paragraphs, removed boilerplate (kind + rule) and the title.
import type { Article, Layers, RemovedSpan } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { cleanText, type Cleaning } from './classify.js';
import { extractHtmlBody } from './html/extract.js';
import { htmlTitle } from './title.js';

/** A sentence: a few words and a closing punctuation mark (a closing quote or bracket may follow). */
const SENTENCE = /\p{L}[^]*[.!?…。؟][\s"'»”’)\]]*$/u;
const MIN_WORDS = 3;

/**
 * A page whose extraction kept nothing but holds sentences outside any content container (a JSONL line that is one
 * `<p>`) keeps those sentences: the page is its prose.
 */
export function keepLoneProse(text: string, body: Span[], removed: RemovedSpan[]): Cleaning['body'] {
  if (body.length > 0) return body;
  return removed
    .filter((r) => r.kind === 'other' && SENTENCE.test(text.slice(r.start, r.end)))
    .filter((r) => (text.slice(r.start, r.end).match(/\p{L}+/gu)?.length ?? 0) >= MIN_WORDS)
    .map((r) => ({ start: r.start, end: r.end }));
}

function cleanHtml(article: Article): Cleaning {
  const blocks = article.layers.blocks ?? [];
  const extracted = extractHtmlBody(article);
  const body = keepLoneProse(article.text, extracted.body, extracted.removed);
  const kept = (r: RemovedSpan): boolean => !body.some((b) => b.start === r.start && b.end === r.end);
  const removed = extracted.removed.filter(kept);
  const title = htmlTitle(article, blocks);
  if (!title) return { body, removed, title };
  // The title line is neither body nor removed.
  const outside = (s: Span): boolean => s.end <= title.start || s.start >= title.end;
  return { body: body.filter(outside), removed: removed.filter((r: RemovedSpan) => outside(r)), title };
}

export const cleanStage: Stage = {
  name: 'clean',
  version: '1',
  requires: ['blocks'],
  provides: ['body', 'removed', 'title'],
  run(article: Article, ctx: StageContext): Partial<Layers> {
    if (article.source.format === 'html') return cleanHtml(article);
    const blocks = article.layers.blocks ?? [];
    return cleanText(article.text, blocks, { templates: ctx.templates, group: article.source.group });
  },
};
