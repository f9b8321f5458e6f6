// The Store port: what the pipeline and interfaces need from persistence. Adapters (SQLite, PostgreSQL) implement it.
import type { ArticleRecord } from './contract.js';
import type { LaunderingEdge } from './corpus-store.js';
import type { ErrorInfo } from './errors.js';

export interface SearchHit {
  id: string;
  input: string;
  title: string | null;
  /** A snippet of the text with matches wrapped in the markers given in SearchOptions. */
  snippet: string;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Markers around matched terms in snippets (default « and »; the CLI uses terminal colours). */
  mark?: { open: string; close: string };
}

export interface CountRow {
  key: string;
  count: number;
}

export interface CorpusReport {
  articles: number;
  failures: number;
  byOutlet: CountRow[];
  byOrigin: CountRow[];
  byLanguage: CountRow[];
  byMonth: CountRow[];
  topEntities: Array<{ name: string; type: string; articles: number; mentions: number }>;
  topSpeakers: Array<{ name: string; quotes: number; articles: number }>;
  topClaims: Array<{
    summary: string;
    signature: string | null;
    articles: number;
    holders: number;
    stances: Record<string, number>;
  }>;
  /** Claims with holders on opposite sides (asserts/accuses/confirms versus denies/doubts/cannot-confirm). */
  contestedClaims: Array<{ summary: string; signature: string | null; for: string[]; against: string[] }>;
  /** Whose text each outlet republishes (from the corpus stage's copy pairs), when the corpus was linked. */
  laundering?: LaunderingEdge[];
  copyPairs?: number;
}

export interface PutResult {
  id: string;
  status: 'inserted' | 'exists';
}

export interface Store {
  /** Stores an analysed article and all its layers; a second put of the same id is a no-op. */
  put(record: ArticleRecord): Promise<PutResult>;
  /** Stores many records atomically (one transaction); used by ingest in batches. */
  putMany(records: readonly ArticleRecord[]): Promise<PutResult[]>;
  /** Remembers an input that was rejected, so a report can say so; replaces an earlier failure of the same input. */
  putFailure(input: string, error: ErrorInfo): Promise<void>;
  has(id: string): Promise<boolean>;
  /** Inputs already stored (to skip re-analysis after a crash). */
  hasInput(input: string): Promise<boolean>;
  get(id: string): Promise<ArticleRecord | null>;
  count(): Promise<number>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  report(options?: { top?: number }): Promise<CorpusReport>;
  close(): Promise<void>;
}
