// Hand-written scraped-article fixtures for the text-side stage tests (no text copied from any dataset).
import { readFileSync } from 'node:fs';
import type { Article } from '../../core/article.js';
import { buildPipeline } from '../../core/pipeline.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { articleId } from '../../core/ids.js';

export function fixtureText(name: 'fr-scraped' | 'en-scraped'): string {
  return readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');
}

/** Runs the given stages over a text as the CLI would read it. */
export function runText(
  text: string,
  stages: Stage[],
  ctx: Partial<StageContext> = {},
  extra: { published?: string; group?: string; outlet?: string } = {},
): Article {
  const article: Article = {
    id: articleId(text),
    input: 'fixture.txt',
    text,
    source: {
      format: 'text',
      encoding: null,
      url: null,
      declared: { published: extra.published ?? null, outlet: extra.outlet ?? null },
      page: null,
      group: extra.group ?? null,
      blocks: null,
    },
    layers: {},
    trace: [],
  };
  return buildPipeline(stages).run(article, { referenceDate: null, templates: null, ...ctx });
}

export function sliceOf(article: Article, span: { start: number; end: number }): string {
  return article.text.slice(span.start, span.end);
}
