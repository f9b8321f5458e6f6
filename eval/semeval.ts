// Scores the techniques detector on SemEval-2023 Task 3: line-level multi-label micro-F1 on the held-out 30% of each language.
import { readFileSync } from 'node:fs';
import { knowledgeFile } from '../src/knowledge/paths.js';
import { detectTechniques } from '../src/stages/techniques/detect.js';
import { parseModelFile } from '../src/stages/techniques/model.js';
import {
  allLines,
  countLines,
  isHeldOut,
  loadSemeval,
  SEMEVAL_LANGUAGES,
  toScores,
  type SemevalArticle,
} from './semeval-data.js';
import { sharedDir, type EvalResult, type Scorer } from './types.js';

function measure(
  articles: SemevalArticle[],
  language: string,
): { f1: number; precision: number; recall: number; perSecond: number } {
  const counts = { tp: 0, fp: 0, fn: 0 };
  const started = performance.now();
  for (const a of articles) countLines(a, detectTechniques(a.text, allLines(a.text), language), counts);
  const seconds = (performance.now() - started) / 1000;
  return { ...toScores(counts), perSecond: articles.length / Math.max(seconds, 1e-6) };
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

function trainingFigures(language: string): Record<string, number | string> {
  const path = knowledgeFile('models/techniques.json');
  const trained = parseModelFile(readFileSync(path, 'utf8'), path).languages[language]?.trainedOn ?? {};
  const out: Record<string, number | string> = {};
  for (const key of ['cvF1', 'cvPrecision', 'cvRecall', 'articles', 'lines'])
    if (key in trained) out[`train_${key}`] = trained[key];
  return out;
}

async function score(): Promise<EvalResult[]> {
  const shared = sharedDir();
  if (!shared) return [{ name: 'semeval', metrics: {}, skipped: '../shared is absent' }];
  return Object.entries(SEMEVAL_LANGUAGES).map(([folder, language]) => {
    const articles = loadSemeval(shared, folder);
    const held = articles.filter((a) => isHeldOut(a.id));
    const train = articles.filter((a) => !isHeldOut(a.id));
    const h = measure(held, language);
    const t = measure(train, language);
    return {
      name: `semeval.${language}`,
      metrics: { f1: r4(h.f1), precision: r4(h.precision), recall: r4(h.recall) },
      info: {
        heldout_articles: held.length,
        heldout_lines: held.reduce((s, a) => s + a.lines.length, 0),
        train_articles: train.length,
        train_insample_f1: r4(t.f1),
        ...trainingFigures(language),
        articles_per_second: Math.round(t.perSecond),
      },
      notes: ['held-out: 30% of articles by hash of id (eval/semeval-data.ts isHeldOut), never trained on'],
    };
  });
}

export const scorers: Scorer[] = [score];
