// The `clean` stage: splits the blocks into body paragraphs, removed boilerplate (kind + rule) and the title.
import type { Article, Layers, RemovedSpan } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { cleanText, type Cleaning } from './classify.js';
import { extractHtmlBody } from './html/extract.js';
import { htmlTitle } from './title.js';

function cleanHtml(article: Article): Cleaning {
  const blocks = article.layers.blocks ?? [];
  const { body, removed } = extractHtmlBody(article);
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
