// `echotrace copies [--db FILE] [--format jsonl|pretty]`: copy pairs (who copied whom, how, with what evidence).
import type { Command } from 'commander';
import type { CopyEdgeView, LaunderingEdge } from '../core/corpus-store.js';
import { withCorpus } from './corpus-open.js';
import { DEFAULT_DB } from './ingest.js';
import { parseFormat, writeOut } from './options.js';
import { safe, table } from './pretty.js';
import type { RunState } from './run-state.js';

export function copyLine(e: CopyEdgeView): string {
  return JSON.stringify({
    source: e.sourceInput,
    copy: e.copyInput,
    kind: e.kind,
    similarity: e.similarity,
    direction: e.direction,
    evidence: e.evidence,
    credited: e.credited,
    delay_days: e.delayDays,
    source_outlet: e.sourceOutlet,
    copy_outlet: e.copyOutlet,
    alignment: e.alignment,
  });
}

function pretty(edges: CopyEdgeView[], graph: LaunderingEdge[]): string {
  const short = (s: string): string => safe(s.split('/').pop() ?? s).slice(0, 40);
  const rows = edges.map((e) => [
    short(e.sourceInput),
    '→',
    short(e.copyInput),
    e.kind,
    e.similarity.toFixed(2),
    e.direction,
    e.credited ? '' : 'UNCREDITED',
  ]);
  const out = [
    `Copy pairs (${edges.length})`,
    table(['source', '', 'copy', 'kind', 'sim', 'direction', 'flag'], rows, 160),
  ];
  if (graph.length > 0) {
    const g = graph.map((x) => [
      safe(x.outlet),
      '←',
      safe(x.origin),
      String(x.copies),
      String(x.uncredited),
      x.medianDelayDays === null ? '?' : `${x.medianDelayDays} d`,
    ]);
    out.push(
      '',
      'Laundering graph (outlet ← origin)',
      table(['outlet', '', 'origin', 'copies', 'uncredited', 'median delay'], g, 160),
    );
  }
  return `${out.join('\n')}\n`;
}

export function registerCopies(program: Command, _state: RunState): void {
  program
    .command('copies')
    .description(
      'copy pairs across the corpus: verbatim, edited, partial or translated, with direction and evidence',
    )
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-f, --format <format>', 'jsonl or pretty', 'pretty')
    .action(async (flags: { db: string; format: string }) => {
      const format = parseFormat(flags.format, ['jsonl', 'pretty']);
      await withCorpus(flags.db, async (corpus) => {
        const edges = await corpus.copies();
        if (format === 'jsonl') {
          for (const e of edges) await writeOut(`${copyLine(e)}\n`);
          return;
        }
        await writeOut(pretty(edges, await corpus.laundering()));
      });
    });
}
