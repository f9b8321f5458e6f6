// `echotrace search QUERY`: full-text search over stored articles (accents ignored) with highlighted snippets.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { DEFAULT_DB } from './ingest.js';
import { parseCount, parseFormat, writeOut } from './options.js';
import { safe } from './pretty.js';
import { UsageError, type RunState } from './run-state.js';

export function registerSearch(program: Command, _state: RunState): void {
  program
    .command('search')
    .description(
      'full-text search over the stored articles (accents and case ignored; end a word with * for a prefix)',
    )
    .argument('<query...>', 'words to find (all must occur)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-n, --limit <n>', 'hits at most', '20')
    .option('-f, --format <format>', 'text or jsonl', 'text')
    .action(async (words: string[], flags: { db: string; limit: string; format: string }) => {
      const format = parseFormat(flags.format, ['text', 'jsonl']);
      if (!existsSync(flags.db))
        throw new UsageError(`no database at ${flags.db}: run \`echotrace ingest\` first`);
      const color = format === 'text' && process.stdout.isTTY === true;
      const mark = color ? { open: '\u001b[1;33m', close: '\u001b[0m' } : { open: '⟦', close: '⟧' };
      const limit = parseCount('--limit', flags.limit, 1, 1000);
      if (words.join(' ').trim() === '') throw new UsageError('the query is empty');
      const { openStore } = await import('../app/compose.js');
      const store = await openStore(flags.db);
      try {
        const hits = await store.search(words.join(' '), { limit, mark });
        if (format === 'jsonl') {
          for (const hit of hits) await writeOut(`${JSON.stringify(hit)}\n`);
          return;
        }
        if (hits.length === 0) await writeOut('no match\n');
        for (const hit of hits)
          await writeOut(
            `${safe(hit.title ?? '(no title)')}\n  ${safe(hit.input)}\n  ${safeSnippet(hit.snippet, color)}\n\n`,
          );
      } finally {
        await store.close();
      }
    });
}

/** Keeps our own highlight escapes but neutralises any control character that came from the article. */
function safeSnippet(snippet: string, color: boolean): string {
  if (!color) return safe(snippet);
  return snippet
    .split(/(\u001b\[1;33m|\u001b\[0m)/)
    .map((part, i) => (i % 2 === 1 ? part : safe(part)))
    .join('');
}
