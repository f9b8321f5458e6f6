// `echotrace report [--db FILE] [--format json]`: the corpus at a glance.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { DEFAULT_DB } from './ingest.js';
import { parseCount, parseFormat, writeOut } from './options.js';
import { formatReport } from './report-format.js';
import { UsageError, type RunState } from './run-state.js';

export function registerReport(program: Command, _state: RunState): void {
  program
    .command('report')
    .description(
      'the corpus at a glance: articles by outlet, origin, language and month; top entities, speakers, claims',
    )
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--top <n>', 'rows per list', '10')
    .action(async (flags: { db: string; format: string; top: string }) => {
      const format = parseFormat(flags.format, ['text', 'json']);
      const top = parseCount('--top', flags.top, 1, 1000);
      if (!existsSync(flags.db))
        throw new UsageError(`no database at ${flags.db}: run \`echotrace ingest\` first`);
      const { openStore } = await import('../app/compose.js');
      const store = await openStore(flags.db);
      try {
        const report = await store.report({ top });
        await writeOut(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      } finally {
        await store.close();
      }
    });
}
