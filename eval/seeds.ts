// Shared helpers for scoring ../shared/seeds/gold.json: load gold, analyse the seeds, match snippets and names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeItem } from '../src/app/analyze.js';
import type { ArticleRecord } from '../src/core/contract.js';
import type { Span } from '../src/core/span.js';
import { sharedDir } from './types.js';

/** The gold of one seed article (see ../shared/seeds/gold.json for the fields). */
export type SeedGold = Record<string, unknown> & {
  title?: string;
  language?: string;
};

export interface Seed {
  file: string;
  text: string;
  gold: SeedGold;
  record: ArticleRecord;
}

let cache: Seed[] | null = null;

/** Loads gold.json and analyses both seeds in this thread (cached per process); [] when ../shared is absent. */
export function loadSeeds(): Seed[] {
  if (cache) return cache;
  const shared = sharedDir();
  if (!shared) return [];
  const dir = join(shared, 'seeds');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    articles: Record<string, SeedGold>;
  };
  cache = Object.entries(gold.articles).map(([file, g]) => {
    const path = join(dir, file);
    const bytes = readFileSync(path);
    const record = analyzeItem({ input: path, bytes, format: 'text', group: dir });
    if (record.error !== null)
      throw new Error(`seed ${file} was rejected: ${record.error.code} ${record.error.message}`);
    return { file, text: record.text, gold: g, record };
  });
  return cache;
}

/** The span of the nth (0-based) occurrence of a gold snippet in the text, or null. */
export function findSnippet(text: string, snippet: string, nth = 0): Span | null {
  let from = 0;
  for (let i = 0; ; i++) {
    const at = text.indexOf(snippet, from);
    if (at < 0) return null;
    if (i === nth) return { start: at, end: at + snippet.length };
    from = at + 1;
  }
}

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Gold's rule: a predicted name matches when it contains one of the accepted names (case and accents ignored). */
export function nameMatches(
  predicted: string | null | undefined,
  accepted: readonly string[] | string | null | undefined,
): boolean {
  if (!predicted || accepted === null || accepted === undefined) return false;
  const list = Array.isArray(accepted) ? accepted : [accepted as string];
  const p = fold(predicted);
  return list.some((a) => p.includes(fold(a)));
}

/** A value matches a gold field that is either one accepted value or a list of them. */
export function oneOf<T>(value: T, accepted: T | readonly T[] | undefined): boolean {
  if (accepted === undefined) return false;
  return Array.isArray(accepted) ? accepted.includes(value) : value === accepted;
}

export function overlapsSpan(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function ratio(hit: number, total: number): number {
  return total === 0 ? 1 : hit / total;
}
