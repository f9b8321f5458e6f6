// `echotrace stories [--db FILE] [--format jsonl|pretty]`: articles grouped by event, with each story's claim ledger.
import type { Command } from 'commander';
import type { StoryView } from '../core/corpus-store.js';
import { withCorpus } from './corpus-open.js';
import { DEFAULT_DB } from './ingest.js';
import { parseFormat, writeOut } from './options.js';
import { safe } from './pretty.js';
import type { RunState } from './run-state.js';

export function storyLine(s: StoryView): string {
  return JSON.stringify({
    id: s.id,
    title: s.title,
    first: s.first,
    last: s.last,
    languages: s.languages,
    outlets: s.outlets,
    members: s.members.map((m) => m.input),
    claims: s.claims,
  });
}

function pretty(s: StoryView): string {
  const span = s.first ? (s.first === s.last ? s.first : `${s.first} → ${s.last}`) : 'undated';
  const lines = [
    `${safe(s.title ?? '(no title)').slice(0, 100)}`,
    `  story ${s.id.slice(0, 12)}  ${span}  ${s.members.length} articles  languages ${s.languages.join(', ') || '?'}  outlets ${s.outlets.map(safe).join(', ') || '?'}`,
    ...s.members.map(
      (m) =>
        `    ${m.published ?? '????-??-??'}  ${safe(m.outlet ?? '?')
          .padEnd(24)
          .slice(0, 24)} ${safe(m.input)}`,
    ),
  ];
  for (const c of s.claims) {
    lines.push(`  claim ${safe(c.summary).slice(0, 70)}${c.family ? `  [${c.family}]` : ''}`);
    for (const st of c.stances.slice(0, 6))
      lines.push(`      ${st.stance.padEnd(14)} ${safe(st.holder)} (${st.articles})`);
  }
  return `${lines.join('\n')}\n\n`;
}

export function registerStories(program: Command, _state: RunState): void {
  program
    .command('stories')
    .description(
      'stories: articles about the same event, across outlets and languages, with their claim ledger',
    )
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-f, --format <format>', 'jsonl or pretty', 'pretty')
    .option('--min <n>', 'only stories with at least this many articles', '1')
    .action(async (flags: { db: string; format: string; min: string }) => {
      const format = parseFormat(flags.format, ['jsonl', 'pretty']);
      const min = Math.max(1, Number(flags.min) || 1);
      await withCorpus(flags.db, async (corpus) => {
        const stories = (await corpus.stories()).filter((s) => s.members.length >= min);
        stories.sort(
          (a, b) =>
            b.members.length - a.members.length ||
            (a.first ?? '').localeCompare(b.first ?? '') ||
            (a.id < b.id ? -1 : 1),
        );
        for (const s of stories) await writeOut(format === 'jsonl' ? `${storyLine(s)}\n` : pretty(s));
      });
    });
}
