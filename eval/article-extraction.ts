// Scores the HTML input path (render + extract) on Zyte's article-extraction-benchmark, beside Readability.js.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import type { Article } from '../src/core/article.js';
import { articleId } from '../src/core/ids.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { sniffCharset } from '../src/ingest/html/charset.js';
import { parseDocument, renderHtml } from '../src/ingest/html/render.js';
import { extractHtmlBody } from '../src/stages/clean/html/extract.js';
import { averageShingles, scoreShingles, type ShingleScore } from './shingles.js';
import { sharedDir, type EvalResult, type Scorer } from './types.js';

const NAME = 'article-extraction.html';

interface Page {
  key: string;
  html: string;
  url: string | null;
  gold: string;
}

function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.entries(truth).map(([key, row]) => {
    const bytes = gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`)));
    const { text } = decodeBytes(bytes, sniffCharset(bytes));
    return { key, html: text, url: row.url ?? null, gold: row.articleBody ?? '' };
  });
}

/** Our pipeline's HTML path: render, then extract; the body spans joined by "\n". */
export function extractWithEchotrace(html: string, url: string | null): string {
  const rendered = renderHtml(html, { url });
  const article: Article = {
    id: articleId(rendered.text),
    input: url ?? 'page.html',
    text: rendered.text,
    source: {
      format: 'html',
      encoding: 'utf-8',
      url,
      declared: { published: null, outlet: null },
      page: rendered.page,
      group: null,
      blocks: rendered.blocks,
    },
    layers: { blocks: rendered.blocks },
    trace: [],
  };
  const { body } = extractHtmlBody(article);
  return body.map((s) => rendered.text.slice(s.start, s.end)).join('\n');
}

/** Readability.js as its users run it: parse, `parse()`, take `textContent`. */
export function extractWithReadability(html: string): string {
  try {
    return new Readability(parseDocument(html)).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function run(pages: Page[], extract: (page: Page) => string): { scores: ShingleScore[]; ms: number } {
  const started = performance.now();
  const outputs = pages.map(extract);
  const ms = performance.now() - started;
  return { scores: outputs.map((out, i) => scoreShingles(out, pages[i].gold)), ms };
}

const round = (x: number, digits = 4): number => Number(x.toFixed(digits));

export async function scoreArticleExtraction(): Promise<EvalResult> {
  const shared = sharedDir();
  if (!shared) return { name: NAME, metrics: {}, skipped: '../shared is absent' };
  const dir = join(shared, 'datasets', 'article-extraction');
  if (!existsSync(join(dir, 'ground-truth.json')))
    return { name: NAME, metrics: {}, skipped: `${dir} is absent` };
  const pages = loadPages(dir);
  const ours = run(pages, (p) => extractWithEchotrace(p.html, p.url));
  const theirs = run(pages, (p) => extractWithReadability(p.html));
  const a = averageShingles(ours.scores);
  const r = averageShingles(theirs.scores);
  return {
    name: NAME,
    metrics: { precision: round(a.precision), recall: round(a.recall), f1: round(a.f1) },
    info: {
      pages: pages.length,
      ms_total: Math.round(ours.ms),
      ms_per_page: round(ours.ms / pages.length, 1),
      readability_f1: round(r.f1),
      readability_precision: round(r.precision),
      readability_recall: round(r.recall),
      readability_ms_per_page: round(theirs.ms / pages.length, 1),
    },
    notes: ['metric: 4-gram shingles of \\w+ tokens, macro precision/recall over pages, F1 of the means'],
  };
}

export const scorers: Scorer[] = [async () => [await scoreArticleExtraction()]];
