// Technique cue lexicons (src/knowledge/<lang>/techniques.yaml): zod schema, validated loader and a matcher.
import { existsSync, readFileSync } from 'node:fs';
import { parseValidated } from '../../knowledge/yaml.js';
import { z } from 'zod';
import { SetupError } from '../../core/errors.js';
import type { Span } from '../../core/span.js';
import { CueMatcher, rowSource, type MatchToken } from './cue-matcher.js';
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
  /** Cue hits in `text[start, end)`, by start then end; `tokens`: the words of that range, when already known. */
  match(text: string, start: number, end: number, tokens?: readonly MatchToken[]): CueHit[];
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
  const parsed = parseValidated(source, z.array(CueRowSchema), 'techniques:cues');
  if (!parsed.success) throw new SetupError('E_KNOWLEDGE', `${file}: ${parsed.error.message}`);
  const seen = new Set<string>();
  for (const row of parsed.data) {
    if (seen.has(row.id)) throw new SetupError('E_KNOWLEDGE', `${file}: duplicate id ${row.id}`);
    seen.add(row.id);
    checkPattern(row, file);
  }
  return parsed.data;
}

/** One matcher group per label (so cues of different labels may overlap), whole words only. */
export function compileLexicon(language: string, rows: CueRow[]): CueLexicon {
  const byLabel = new Map<string, CueRow[]>();
  for (const row of rows) byLabel.set(row.label, [...(byLabel.get(row.label) ?? []), row]);
  const matcher = new CueMatcher([...byLabel.values()]);
  return { language, rows, match: (text, start, end, tokens) => matcher.match(text, start, end, tokens) };
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
