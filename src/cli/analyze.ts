// `echotrace analyze PATH...`: the contract on stdout (jsonl) or a readable report per article (pretty).
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import type { OutputRecord } from '../core/contract.js';
import type { ErrorInfo } from '../core/errors.js';
import { formatPretty } from './pretty.js';
import type { RunState } from './run-state.js';
import { parseFormat, parseReferenceDate, parseWorkers, writeOut } from './options.js';

interface AnalyzeFlags {
  format: string;
  workers?: string;
  referenceDate?: string;
  templates: boolean;
}

export function registerAnalyze(program: Command, state: RunState): void {
  program
    .command('analyze')
    .description('analyse articles (files, folders, - for stdin, .jsonl) and print one result per article')
    .argument('<paths...>', 'files, folders (read recursively, sorted) or - for standard input')
    .option('-f, --format <format>', 'jsonl (the contract, one JSON object per line) or pretty', 'jsonl')
    .option(
      '-w, --workers <n>',
      `worker threads (0 = in this thread; default ${availableParallelism()} when there are enough inputs)`,
    )
    .option('--reference-date <date>', 'date relative expressions resolve against when an article gives none')
    .option('--no-templates', 'skip the first pass that learns boilerplate lines repeated across a folder')
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      const { analyzeJsonStream, analyzeStream, workersFor } = await import('../app/worker-pool.js');
      const { learnTemplates, readInputs } = await import('../app/inputs.js');
      const format = parseFormat(flags.format, ['jsonl', 'pretty']);
      const referenceDate = parseReferenceDate(flags.referenceDate);
      const workers = await workersFor(paths, parseWorkers(flags.workers));
      const templates = flags.templates ? await learnTemplates(paths) : null;
      let failures = 0;
      const report = (input: string, error: ErrorInfo | null): void => {
        if (error === null) return;
        failures++;
        process.stderr.write(`echotrace: ${input}: ${error.code} ${error.message}\n`);
      };
      const pool = { workers, referenceDate, templates };
      if (format === 'jsonl') {
        // The contract as JSON lines: each record is serialised where it was made, so this thread only writes.
        for await (const record of analyzeJsonStream(readInputs(paths), pool)) {
          report(record.input, record.error);
          await writeOut(`${record.json}\n`);
        }
      } else {
        for await (const record of analyzeStream(readInputs(paths), pool)) {
          report(record.input, record.error);
          await writeOut(render(record));
        }
      }
      state.status = failures > 0 ? 1 : 0;
    });
}

function render(record: OutputRecord): string {
  return formatPretty(record, { color: process.stdout.isTTY === true });
}
