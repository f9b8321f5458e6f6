// Reads ../shared/datasets/semeval2023-task3 (articles + per-line labels) and scores line-level micro-F1 like the task.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../src/core/span.js';
import { sha256Hex } from '../src/core/ids.js';

/** Dataset folder → ISO 639-1 code of its articles. */
export const SEMEVAL_LANGUAGES: Record<string, string> = {
  fr: 'fr',
  en: 'en',
  ge: 'de',
  it: 'it',
  po: 'pl',
  ru: 'ru',
};

export interface GoldLine extends Span {
  /** Line number from 1, as in labels-subtask-3.txt. */
  line: number;
  labels: string[];
}

export interface SemevalArticle {
  id: string;
  text: string;
  lines: GoldLine[];
}

/** The 30% of articles held out from training, chosen by a hash of the id so the split never changes. */
export function isHeldOut(id: string): boolean {
  return parseInt(sha256Hex(`semeval:${id}`).slice(0, 8), 16) % 10 < 3;
}

/** Cross-validation fold (0..k-1) of a training article, again by hash. */
export function foldOf(id: string, k: number): number {
  return parseInt(sha256Hex(`fold:${id}`).slice(0, 8), 16) % k;
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    spans.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return spans;
}

export function loadSemeval(root: string, folder: string): SemevalArticle[] {
  const dir = join(root, 'datasets', 'semeval2023-task3', folder);
  if (!existsSync(dir)) return [];
  const byId = new Map<string, SemevalArticle>();
  for (const row of readFileSync(join(dir, 'labels-subtask-3.txt'), 'utf8').split('\n')) {
    if (!row.trim()) continue;
    const [id, n, labels = ''] = row.split('\t');
    let article = byId.get(id);
    if (!article) {
      article = { id, text: readFileSync(join(dir, 'articles', `article${id}.txt`), 'utf8'), lines: [] };
      byId.set(id, article);
    }
    const span = lineSpans(article.text)[Number(n) - 1];
    article.lines.push({ ...span, line: Number(n), labels: labels.split(',').filter(Boolean) });
  }
  return [...byId.values()];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  f1: number;
  precision: number;
  recall: number;
}

/** Adds one article: a predicted span counts for the gold line holding its start. */
export function countLines(
  article: SemevalArticle,
  predicted: ReadonlyArray<Span & { label: string }>,
  into: Counts,
): void {
  for (const line of article.lines) {
    const got = new Set(
      predicted.filter((p) => p.start >= line.start && p.start <= line.end).map((p) => p.label),
    );
    const gold = new Set(line.labels);
    for (const l of got)
      if (gold.has(l)) into.tp++;
      else into.fp++;
    for (const l of gold) if (!got.has(l)) into.fn++;
  }
}

export function toScores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}

/** Every non-empty line of an article as body paragraphs, as the scorer feeds the detector. */
export function allLines(text: string): Span[] {
  return lineSpans(text).filter((s) => text.slice(s.start, s.end).trim() !== '');
}
