// `echotrace demo`: ingests the bundled examples/ corpus into a database and prints the corpus report.
import type { Command } from 'commander';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWorkers, writeOut } from './options.js';
import { formatReport } from './report-format.js';
import type { RunState } from './run-state.js';

export function examplesDir(): string {
  return fileURLToPath(new URL('../../examples', import.meta.url));
}

export function registerDemo(program: Command, state: RunState): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (examples/, fictional articles) and print the corpus report')
    .option('--db <file>', 'keep the demo database in this file (default: a fresh temporary file)')
    .option('-w, --workers <n>', 'worker threads (0 = in this thread)')
    .action(async (flags: { db?: string; workers?: string }) => {
      const { openCorpusStore, openStore } = await import('../app/compose.js');
      const { ingestPaths } = await import('../app/ingest.js');
      const { learnTemplates } = await import('../app/inputs.js');
      const { workersFor } = await import('../app/worker-pool.js');
      const db = flags.db ?? join(mkdtempSync(join(tmpdir(), 'echotrace-demo-')), 'demo.db');
      const workers = await workersFor([examplesDir()], parseWorkers(flags.workers));
      const store = await openStore(db);
      try {
        const result = await ingestPaths(store, [examplesDir()], {
          workers,
          corpus: await openCorpusStore(store),
          templates: await learnTemplates([examplesDir()]),
          onFailure: (input, code, message) =>
            process.stderr.write(`echotrace: ${input}: ${code} ${message}\n`),
        });
        process.stderr.write(`echotrace demo: ${result.inserted} articles stored in ${db}\n`);
        await writeOut(formatReport(await store.report({ top: 10 })));
        await writeOut(
          `\nExplore: echotrace report --db ${db} · echotrace copies --db ${db} · echotrace stories --db ${db} · echotrace claims --db ${db} · echotrace search --db ${db} <words>\n`,
        );
        state.status = result.failed > 0 ? 1 : 0;
      } finally {
        await store.close();
      }
    });
}
