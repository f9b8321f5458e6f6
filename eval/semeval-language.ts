// Scores the language stage (blocks → clean → language) on the semeval2023-task3 articles of each language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPipeline } from '../src/core/pipeline.js';
import { emptyContext } from '../src/core/stage.js';
import { itemToArticle } from '../src/ingest/to-article.js';
import { blocksStage } from '../src/stages/blocks/index.js';
import { cleanStage } from '../src/stages/clean/index.js';
import { languageStage } from '../src/stages/identify/language.js';
import { SEMEVAL_LANGUAGES } from './semeval-data.js';
import { sharedDir, type EvalResult, type Scorer } from './types.js';

const NAME = 'semeval.language';

async function score(): Promise<EvalResult[]> {
  const shared = sharedDir();
  if (!shared) return [{ name: NAME, metrics: {}, skipped: '../shared is absent' }];
  const pipeline = buildPipeline([blocksStage, cleanStage, languageStage]);
  const metrics: Record<string, number> = {};
  const info: Record<string, number> = {};
  let hits = 0;
  let total = 0;
  for (const [folder, code] of Object.entries(SEMEVAL_LANGUAGES)) {
    const dir = join(shared, 'datasets', 'semeval2023-task3', folder, 'articles');
    let ok = 0;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    for (const file of files) {
      const item = {
        input: file,
        bytes: readFileSync(join(dir, file)),
        format: 'text' as const,
        group: null,
      };
      const article = pipeline.run(itemToArticle(item), emptyContext);
      if (article.layers.language?.code === code) ok++;
    }
    metrics[`accuracy_${code}`] = files.length ? ok / files.length : 0;
    info[`articles_${code}`] = files.length;
    hits += ok;
    total += files.length;
  }
  metrics.accuracy = total ? hits / total : 0;
  return [{ name: NAME, metrics, info }];
}

export const scorers: Scorer[] = [score];
