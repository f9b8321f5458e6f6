// Technique cue lexicons (src/knowledge/<lang>/techniques.yaml): zod schema, validated loader and a matcher.
import { existsSync, readFileSync } from 'node:fs';
import { parseYaml } from '../../knowledge/yaml.js';
import { z } from 'zod';
import { SetupError } from '../../core/errors.js';
import type { Span } from '../../core/span.js';
import { knowledgeFile } from '../../knowledge/paths.js';
import { TECHNIQUE_LABELS } from './labels.js';

export const CUE_LANGUAGES = ['fr', 'en', 'de', 'it', 'ru', 'pl', 'es'] as const;

const CueRowSchema = z
  .object({
    id: z.string().regex(/^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be <lang>-kebab-case'),
    label: z.enum(TECHNIQUE_LABELS),
    terms: z.array(z.string().trim().min(2)).min(1).optional(),
    pattern: z.string().min(2).optional(),
    note: z.string().min(1),
  })
  .strict()
  .refine((r) => (r.terms === undefined) !== (r.pattern === undefined), {
    message: 'give either terms or pattern',
  });

export type CueRow = z.infer<typeof CueRowSchema>;

export interface CueHit extends Span {
  row: CueRow;
}

export interface CueLexicon {
  language: string;
  rows: CueRow[];
  match(text: string, start: number, end: number): CueHit[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term: words separated by any white space; apostrophes of either kind; a final `*` allows any word ending. */
function termSource(term: string): string {
  const open = term.endsWith('*');
  const body = (open ? term.slice(0, -1) : term)
    .split(/\s+/)
    .map((w) => escape(w).replace(/['’]/g, "['’]"))
    .join('\\s+');
  return open ? `${body}[\\p{L}\\p{M}]*` : body;
}

function rowSource(row: CueRow): string {
  if (row.pattern !== undefined) return row.pattern;
  // Longest first, since a regex alternation takes the first alternative that matches.
  return [...(row.terms ?? [])]
    .sort((a, b) => b.length - a.length)
    .map(termSource)
    .join('|');
}

/** A `pattern` row must compile and capture nothing; `terms` are escaped, so they always do (and are not compiled here). */
function checkPattern(row: CueRow, file: string): void {
  if (row.pattern === undefined) return;
  let groups: number;
  try {
    groups = (new RegExp(`${rowSource(row)}|`, 'iu').exec('') ?? []).length - 1;
  } catch (err) {
    throw new SetupError('E_KNOWLEDGE', `${file}: row ${row.id}: bad pattern: ${(err as Error).message}`);
  }
  if (groups !== 0)
    throw new SetupError('E_KNOWLEDGE', `${file}: row ${row.id}: use (?:…), not capturing groups`);
}

export function parseCueRows(source: string, file: string): CueRow[] {
  const parsed = z.array(CueRowSchema).safeParse(parseYaml(source) ?? []);
  if (!parsed.success) throw new SetupError('E_KNOWLEDGE', `${file}: ${parsed.error.message}`);
  const seen = new Set<string>();
  for (const row of parsed.data) {
    if (seen.has(row.id)) throw new SetupError('E_KNOWLEDGE', `${file}: duplicate id ${row.id}`);
    seen.add(row.id);
    checkPattern(row, file);
  }
  return parsed.data;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

interface LabelMatcher {
  re: RegExp;
  rows: CueRow[];
}

function labelMatcher(rows: CueRow[]): LabelMatcher {
  const body = rows.map((r) => `(${rowSource(r)})`).join('|');
  // The left word boundary is checked in code: a leading lookbehind stops V8 from scanning fast for a first letter.
  return { re: new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, 'giu'), rows };
}

function matchLabel(m: LabelMatcher, text: string, start: number, slice: string, hits: CueHit[]): void {
  const re = m.re;
  re.lastIndex = 0;
  for (let x = re.exec(slice); x; x = re.exec(slice)) {
    if (x[0].length === 0 || (x.index > 0 && WORD_CHAR.test(slice[x.index - 1]))) {
      re.lastIndex = x.index + 1;
      continue;
    }
    const g = x.findIndex((v, i) => i > 0 && v !== undefined);
    hits.push({ start: start + x.index, end: start + x.index + x[0].length, row: m.rows[g - 1] });
  }
}

/** One regex per label (so cues of different labels may overlap), one capturing group per row, whole words only. */
export function compileLexicon(language: string, rows: CueRow[]): CueLexicon {
  const byLabel = new Map<string, CueRow[]>();
  for (const row of rows) byLabel.set(row.label, [...(byLabel.get(row.label) ?? []), row]);
  const matchers = [...byLabel.values()].map(labelMatcher);
  const match = (text: string, start: number, end: number): CueHit[] => {
    const slice = text.slice(start, end);
    const hits: CueHit[] = [];
    for (const m of matchers) matchLabel(m, text, start, slice, hits);
    return hits.sort((a, b) => a.start - b.start || a.end - b.end);
  };
  return { language, rows, match };
}

const cache = new Map<string, CueLexicon>();

/** The lexicon of a language (empty when the language has none); a bad file stops start-up. */
export function cueLexicon(language: string): CueLexicon {
  const hit = cache.get(language);
  if (hit) return hit;
  const file = knowledgeFile(`${language}/techniques.yaml`);
  const rows = existsSync(file) ? parseCueRows(readFileSync(file, 'utf8'), file) : [];
  const lexicon = compileLexicon(language, rows);
  cache.set(language, lexicon);
  return lexicon;
}
