// eld's language detector on its 'small' database, read from a JSON copy in our cache: evaluating eld's 1.6 MB
// database module costs ~0.4 s in every thread, parsing the same data as JSON ~0.1 s. Falls back to `eld/small`.
import { readFileSync, statSync } from 'node:fs';
import { readCached, writeCached } from '../../core/cache.js';

export interface LanguageDetector {
  detect(text: string): { language: string };
}

interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

type CreateEld = () => { instance: LanguageDetector; loadData(data: NgramsData): unknown };

/** eld's own module that builds a detector from a database (not among its package exports, so found by path). */
async function eldInternals(): Promise<{ createEld: CreateEld; database: URL; key: string } | null> {
  try {
    const entry = import.meta.resolve('eld/small');
    const module = (await import(new URL('../languageDetector.js', entry).href)) as { createEld?: unknown };
    if (typeof module.createEld !== 'function') return null;
    const database = new URL('../ngrams/small.js', entry);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', entry), 'utf8')) as {
      version?: string;
    };
    const key = `eld@${pkg.version}|small|${statSync(database).size}`;
    return { createEld: module.createEld as CreateEld, database, key };
  } catch {
    return null;
  }
}

async function loadDetector(): Promise<LanguageDetector> {
  const internals = await eldInternals();
  if (!internals) return ((await import('eld/small')) as { eld: LanguageDetector }).eld;
  let data = readCached<NgramsData>('eld-small', internals.key);
  if (!data?.ngrams) {
    data = ((await import(internals.database.href)) as { ngramsData: NgramsData }).ngramsData;
    writeCached('eld-small', internals.key, data);
  }
  const { instance, loadData } = internals.createEld();
  loadData(data);
  return instance;
}

export const eldDetector: LanguageDetector = await loadDetector();
