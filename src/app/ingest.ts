// Ingest: read inputs, skip those already stored, analyse the rest on the worker pool, store in atomic batches.
import type { ArticleRecord } from '../core/contract.js';
import type { CorpusStore } from '../core/corpus-store.js';
import { linkRecords, linkUnlinked } from '../corpus/link.js';
import type { Store } from '../core/store.js';
import type { InputItem } from '../ingest/item.js';
import { readInputs } from '../ingest/read.js';
import { analyzeStream, type PoolOptions } from './worker-pool.js';

export interface IngestProgress {
  seen: number;
  inserted: number;
  existing: number;
  skipped: number;
  failed: number;
}

export interface IngestOptions extends PoolOptions {
  /** Records per transaction: a crash loses at most one batch, and a rerun stores only what is missing. */
  batchSize?: number;
  /** A batch is also committed once this many milliseconds have passed since the last commit. */
  batchMs?: number;
  onProgress?: (progress: IngestProgress) => void;
  onFailure?: (input: string, code: string, message: string) => void;
  /** When given, each stored batch's new articles are linked to the corpus (copies, stories, entities). */
  corpus?: CorpusStore | null;
}

export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestProgress> {
  const progress: IngestProgress = { seen: 0, inserted: 0, existing: 0, skipped: 0, failed: 0 };
  const batchSize = options.batchSize ?? 200;
  const batchMs = options.batchMs ?? 2000;
  let batch: ArticleRecord[] = [];
  let lastFlush = Date.now();
  // A run stopped between storing a batch and linking it left stored articles out of the corpus: link them first.
  if (options.corpus) await linkUnlinked(store, options.corpus);
  const flush = async (): Promise<void> => {
    lastFlush = Date.now();
    const results = await store.putMany(batch);
    for (const result of results) {
      if (result.status === 'inserted') progress.inserted++;
      else progress.existing++;
    }
    if (options.corpus)
      await linkRecords(
        options.corpus,
        batch.filter((_, i) => results[i].status === 'inserted'),
      );
    batch = [];
    options.onProgress?.(progress);
  };
  // Two batches in flight: the workers analyse the next batch while this thread stores and links the last one.
  const pool = { ...options, window: options.window ?? 2 * batchSize };
  for await (const record of analyzeStream(skipStored(store, readInputs(paths), progress), pool)) {
    progress.seen++;
    if (record.error !== null) {
      progress.failed++;
      await store.putFailure(record.input, record.error);
      options.onFailure?.(record.input, record.error.code, record.error.message);
      continue;
    }
    batch.push(record);
    if (batch.length >= batchSize || Date.now() - lastFlush >= batchMs) await flush();
  }
  await flush();
  return progress;
}

/** Inputs stored by an earlier (possibly interrupted) run are not analysed again. */
async function* skipStored(
  store: Store,
  items: AsyncIterable<InputItem>,
  progress: IngestProgress,
): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if (!item.error && (await store.hasInput(item.input))) {
      progress.skipped++;
      continue;
    }
    yield item;
  }
}
