// `echotrace claims [--db FILE] [--by signature|family] [--format jsonl|pretty]`: the claim ledger across the corpus.
import type { Command } from 'commander';
import type { ClaimLedgerRow } from '../core/corpus-store.js';
import { withCorpus } from './corpus-open.js';
import { DEFAULT_DB } from './ingest.js';
import { parseFormat, writeOut } from './options.js';
import { safe } from './pretty.js';
import type { RunState } from './run-state.js';

function pretty(c: ClaimLedgerRow): string {
  const lines = [
    `${safe(c.summary).slice(0, 100)}`,
    `  ${c.signature}${c.family && c.family !== c.signature ? `  family ${c.family}` : ''}`,
    `  ${c.articles} articles in ${c.stories.length} ${c.stories.length === 1 ? 'story' : 'stories'}, ${c.first ?? '?'} → ${c.last ?? '?'}${c.stories.length > 1 ? '  (narrative)' : ''}`,
    ...c.stances.map((s) => `      ${s.stance.padEnd(14)} ${safe(s.holder)} (${s.articles})`),
  ];
  return `${lines.join('\n')}\n\n`;
}

export function registerClaims(program: Command, _state: RunState): void {
  program
    .command('claims')
    .description(
      'the claim ledger across the corpus: who asserts, denies or doubts each claim; --by family for narratives',
    )
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-f, --format <format>', 'jsonl or pretty', 'pretty')
    .option(
      '--by <key>',
      'group claims by signature or by family (claim families across stories: narratives)',
      'signature',
    )
    .action(async (flags: { db: string; format: string; by: string }) => {
      const format = parseFormat(flags.format, ['jsonl', 'pretty']);
      const by = parseFormat(flags.by, ['signature', 'family']);
      await withCorpus(flags.db, async (corpus) => {
        for (const c of await corpus.claimLedger({ by }))
          await writeOut(format === 'jsonl' ? `${JSON.stringify(c)}\n` : pretty(c));
      });
    });
}
