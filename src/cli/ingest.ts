// `echotrace ingest PATH... [--db FILE]`: analyse and store articles, idempotent by article id and input name.
import type { Command } from 'commander';
import { parseReferenceDate, parseWorkers } from './options.js';
import { progressView } from './progress.js';
import type { RunState } from './run-state.js';

export const DEFAULT_DB = './echotrace.db';

export function registerIngest(program: Command, state: RunState): void {
  program
    .command('ingest')
    .description('analyse articles and store them in the corpus database (inputs already stored are skipped)')
    .argument('<paths...>', 'files, folders (read recursively, sorted) or - for standard input')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-w, --workers <n>', 'worker threads (0 = in this thread; default one per core)')
    .option('--reference-date <date>', 'date relative expressions resolve against when an article gives none')
    .option('--no-templates', 'skip the first pass that learns boilerplate lines repeated across a folder')
    .action(
      async (
        paths: string[],
        flags: { db: string; workers?: string; referenceDate?: string; templates: boolean },
      ) => {
        const { openCorpusStore, openStore } = await import('../app/compose.js');
        const { ingestPaths } = await import('../app/ingest.js');
        const { workersFor } = await import('../app/worker-pool.js');
        const { countInputs, learnTemplates } = await import('../app/inputs.js');
        const referenceDate = parseReferenceDate(flags.referenceDate);
        const workers = await workersFor(paths, parseWorkers(flags.workers));
        const store = await openStore(flags.db);
        const view = progressView(process.stderr.isTTY ? await countInputs(paths) : null);
        try {
          const result = await ingestPaths(store, paths, {
            workers,
            corpus: await openCorpusStore(store),
            referenceDate,
            templates: flags.templates ? await learnTemplates(paths) : null,
            onProgress: (p) => view.update(p),
            onFailure: (input, code, message) =>
              process.stderr.write(`echotrace: ${input}: ${code} ${message}\n`),
          });
          view.stop();
          process.stderr.write(
            `echotrace: ${result.inserted} stored, ${result.existing} already known by id, ${result.skipped} skipped (input already stored), ${result.failed} rejected → ${flags.db}\n`,
          );
          state.status = result.failed > 0 ? 1 : 0;
        } finally {
          view.stop();
          await store.close();
        }
      },
    );
}
