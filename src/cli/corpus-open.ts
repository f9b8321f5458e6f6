// Opens the corpus tables of an existing database for the corpus commands (copies, stories, claims).
import { existsSync } from 'node:fs';
import type { CorpusStore } from '../core/corpus-store.js';
import { UsageError } from './run-state.js';

export async function withCorpus<T>(db: string, fn: (corpus: CorpusStore) => Promise<T>): Promise<T> {
  if (!existsSync(db)) throw new UsageError(`no database at ${db}: run \`echotrace ingest\` first`);
  const { openCorpusStore, openStore } = await import('../app/compose.js');
  const store = await openStore(db);
  try {
    return await fn(await openCorpusStore(store));
  } finally {
    await store.close();
  }
}
