// The `echotrace` command line: parses arguments with commander and dispatches to one module per command.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { registerAnalyze } from './analyze.js';
import { registerClaims } from './claims.js';
import { registerCopies } from './copies.js';
import { registerDemo } from './demo.js';
import { registerIngest } from './ingest.js';
import { registerReport } from './report.js';
import { registerSearch } from './search.js';
import { registerStories } from './stories.js';
import { UsageError, type RunState } from './run-state.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export function buildProgram(state: RunState): Command {
  const program = new Command('echotrace')
    .description(
      'Reads news like a disinformation analyst: who published it, whose content it is, who said what.',
    )
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError()
    .exitOverride();
  registerAnalyze(program, state);
  registerIngest(program, state);
  registerReport(program, state);
  registerSearch(program, state);
  registerCopies(program, state);
  registerStories(program, state);
  registerClaims(program, state);
  registerDemo(program, state);
  return program;
}

/** Runs the CLI and resolves to the exit status: 0 all good, 1 some inputs rejected, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  const state: RunState = { status: 0 };
  const program = buildProgram(state);
  try {
    await program.parseAsync(argv);
    return state.status;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      process.stderr.write(`echotrace: ${err.message} (see --help)\n`);
      return 2;
    }
    process.stderr.write(`echotrace: ${(err as Error).message}\n`);
    return 1;
  }
}
