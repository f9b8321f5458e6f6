// The `pretty` format: a readable terminal report of one analysed article (identity, lines, quotes, claim ledger).
import type { ArticleRecord, OutputRecord } from '../core/contract.js';
import type { Span } from '../core/span.js';

export interface PrettyOptions {
  color: boolean;
  /** Characters of a line shown before it is cut with an ellipsis. */
  width?: number;
}

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
}

function paint(color: boolean): Paint {
  const wrap = (code: string) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), red: wrap('31'), green: wrap('32') };
}

// Terminal escape sequences (CSI, OSC and two-character ESC forms), then any control, bidi or invisible character.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/** Removes what lets untrusted article text drive or spoof the terminal: escapes, controls, bidi overrides. */
export function safe(s: string): string {
  return s.replace(ESCAPES, ' ').replace(CONTROLS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ');
}

function clip(s: string, width: number): string {
  const flat = safe(s).trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function formatPretty(record: OutputRecord, options: PrettyOptions): string {
  const p = paint(options.color);
  if (record.error !== null)
    return `${p.red('✗')} ${safe(record.input)}: ${record.error.code} ${safe(record.error.message)}\n\n`;
  const width = options.width ?? 100;
  const sections = [
    header(record, p, width),
    lines(record, p, width),
    entities(record, p, width),
    quotes(record, p, width),
    ledger(record, p, width),
    techniques(record, p, width),
  ];
  return `${sections.filter((s) => s.length > 0).join('\n')}\n${p.dim('─'.repeat(Math.min(width, 80)))}\n`;
}

function header(r: ArticleRecord, p: Paint, width: number): string {
  const origin = r.origin
    ? `${safe(r.origin.name)} (${r.origin.country ?? '?'}, ${r.origin.affiliation})${r.origin.evidence ? ` ← "${clip(r.origin.evidence.text, 40)}"` : ''}`
    : 'none found';
  return [
    `${p.bold(clip(r.title?.text ?? '(no title)', width))}`,
    `  input      ${safe(r.input)}`,
    `  language   ${r.language ?? '?'}    published ${r.published ?? '?'}${r.meta.publishedSource ? ` (${r.meta.publishedSource})` : ''}`,
    `  outlet     ${r.outlet ? safe(r.outlet.name) + (r.outlet.domain ? ` <${safe(r.outlet.domain)}>` : '') : 'unknown'}`,
    `  origin     ${origin}`,
    '',
  ].join('\n');
}

function lines(r: ArticleRecord, p: Paint, width: number): string {
  const out = [p.bold(`Text: ${r.body.length} paragraphs kept, ${r.removed.length} lines removed`)];
  const slice = (s: Span): string => r.text.slice(s.start, s.end);
  for (const s of r.body.slice(0, 3)) out.push(`  ${p.green('+')} ${clip(slice(s), width - 4)}`);
  if (r.body.length > 3) out.push(p.dim(`    … ${r.body.length - 3} more paragraphs`));
  for (const s of r.removed)
    out.push(`  ${p.red('-')} ${p.dim(`[${s.kind}]`)} ${clip(slice(s), width - 20)}`);
  return out.join('\n') + '\n';
}

function entities(r: ArticleRecord, p: Paint, width: number): string {
  if (r.entities.length === 0) return '';
  const items = r.entities.map(
    (e) =>
      `${safe(e.name)} (${e.type}${e.roles.length ? `; ${safe(e.roles[0])}` : ''}) ×${e.mentions.length}`,
  );
  return `${p.bold(`Entities (${r.entities.length})`)}\n  ${clip(items.join(' · '), width * 4)}\n`;
}

function quotes(r: ArticleRecord, p: Paint, width: number): string {
  if (r.quotes.length === 0) return '';
  const out = [p.bold(`Quotes (${r.quotes.length})`)];
  for (const q of r.quotes) {
    const who = q.speaker ? safe(q.speaker.name) : p.dim('(unattributed)');
    out.push(
      `  ${who} ${p.dim(`[${q.kind}${q.cue ? `, "${clip(q.cue.text, 20)}"` : ''}]`)}: ${clip(r.text.slice(q.start, q.end), width - 30)}`,
    );
  }
  return out.join('\n') + '\n';
}

function ledger(r: ArticleRecord, p: Paint, width: number): string {
  if (r.claims.length === 0) return '';
  const rows: string[][] = [];
  for (const c of r.claims) {
    for (const s of c.stances)
      rows.push([
        clip(c.summary, 48),
        clip(s.holder.name, 24),
        s.stance,
        clip(r.text.slice(s.span.start, s.span.end), 36),
      ]);
  }
  return `${p.bold(`Claim ledger (${r.claims.length} claims)`)}\n${table(['claim', 'holder', 'stance', 'words'], rows, width)}\n`;
}

function techniques(r: ArticleRecord, p: Paint, width: number): string {
  if (r.techniques.length === 0) return '';
  const items = r.techniques.map((t) => `${t.label}: "${clip(r.text.slice(t.start, t.end), 40)}"`);
  return `${p.bold(`Techniques (${r.techniques.length})`)}\n  ${clip(items.join(' · '), width * 4)}\n`;
}

export function table(head: string[], rows: string[][], width: number): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string =>
    `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.slice(0, width + 40);
  return [line(head), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}
