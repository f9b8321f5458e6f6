// The composition root: the ONLY place that picks adapters and assembles the per-article stages.
import type { Stage } from '../core/stage.js';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import { blocksStage } from '../stages/blocks/index.js';
import { claimsStage } from '../stages/claims/index.js';
import { cleanStage } from '../stages/clean/index.js';
import { datesStage } from '../stages/dates/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { identifyStage } from '../stages/identify/index.js';
import { languageStage } from '../stages/identify/language.js';
import { quotesStage } from '../stages/quotes/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { techniquesStage } from '../stages/techniques/index.js';
import type { CorpusStore } from '../core/corpus-store.js';
import type { SqliteStore } from '../store/sqlite/store.js';

/** The per-article stages, in order. Each later issue adds its stages here. */
export function articleStages(): Stage[] {
  return [
    blocksStage,
    cleanStage,
    languageStage,
    identifyStage,
    datesStage,
    segmentStage,
    entitiesStage,
    quotesStage,
    claimsStage,
    techniquesStage,
  ];
}

let cached: Pipeline | null = null;

/** The default pipeline, built (and checked) once per process or worker. */
export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline(articleStages());
  return cached;
}

// Adapters are loaded when opened, so that analysis alone (each worker thread) never loads SQLite (~30 ms apiece).

/** The store adapter: the embedded SQLite file (server mode will pick PostgreSQL here from configuration). */
export async function openStore(path: string): Promise<SqliteStore> {
  const { SqliteStore } = await import('../store/sqlite/store.js');
  return new SqliteStore(path);
}

/** The corpus tables of the same store (copies, stories, corpus entities), for the corpus stages and their commands. */
export async function openCorpusStore(store: SqliteStore): Promise<CorpusStore> {
  const { SqliteCorpusStore } = await import('../store/sqlite/corpus-store.js');
  return new SqliteCorpusStore(store.db);
}
