// Scores the text cleaner on the article-extraction benchmark's w3m renderings (text/KEY.txt) against articleBody.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPipeline } from '../src/core/pipeline.js';
import { emptyContext } from '../src/core/stage.js';
import { itemToArticle } from '../src/ingest/to-article.js';
import { blocksStage } from '../src/stages/blocks/index.js';
import { cleanStage } from '../src/stages/clean/index.js';
import { averageShingles, scoreShingles, type ShingleScore } from './shingles.js';
import { sharedDir, type EvalResult, type Scorer } from './types.js';

const NAME = 'article-extraction.text';

export interface PageScore {
  key: string;
  score: ShingleScore;
}

/** Cleans every rendering and scores its kept body (paragraphs joined by blank lines) with the benchmark metric. */
export function scorePages(dir: string): PageScore[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  const pipeline = buildPipeline([blocksStage, cleanStage]);
  const scores: PageScore[] = [];
  for (const file of readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const key = file.slice(0, -'.txt'.length);
    const gold = truth[key]?.articleBody;
    if (gold === undefined) continue;
    const bytes = readFileSync(join(dir, 'text', file));
    const article = pipeline.run(
      itemToArticle({ input: file, bytes, format: 'text', group: null }),
      emptyContext,
    );
    const body = (article.layers.body ?? []).map((s) => article.text.slice(s.start, s.end)).join('\n\n');
    scores.push({ key, score: scoreShingles(body, gold) });
  }
  return scores;
}

async function score(): Promise<EvalResult[]> {
  const shared = sharedDir();
  if (!shared) return [{ name: NAME, metrics: {}, skipped: '../shared is absent' }];
  const started = performance.now();
  const pages = scorePages(join(shared, 'datasets', 'article-extraction'));
  const avg = averageShingles(pages.map((p) => p.score));
  const ms = performance.now() - started;
  return [
    {
      name: NAME,
      metrics: { f1: avg.f1, precision: avg.precision, recall: avg.recall },
      info: { pages: avg.pages, ms_per_page: ms / Math.max(1, avg.pages) },
    },
  ];
}

export const scorers: Scorer[] = [score];

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await score()) console.log(JSON.stringify(r));
}
