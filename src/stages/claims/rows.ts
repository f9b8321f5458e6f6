// Shared helpers of the claim lexicon loaders: YAML reading with zod, pattern compiling that names the bad row.
import { readFileSync } from 'node:fs';
import { parseValidated } from '../../knowledge/yaml.js';
import { z } from 'zod';
import { SetupError } from '../../core/errors.js';
import { foldText } from '../../knowledge/actors.js';
import { CheckMarker } from '../../core/cache.js';
import { compilePatternSource, FoldedRegExp, type Macros } from './pattern.js';

export const rowId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case');
export const pattern = z.string().trim().min(1);
export const macros = z.record(z.string().regex(/^[a-z][a-z0-9]*$/), z.string().min(1)).default({});

export function fold(s: string): string {
  return foldText(s).text;
}

/** Folds one alternative the way the text is folded, keeping the pattern syntax characters. */
export function foldAlternative(alt: string): string {
  return fold(alt).trim();
}

export function knowledgeError(origin: string, message: string): SetupError {
  return new SetupError('E_KNOWLEDGE', `${origin}: ${message}`);
}

export function readYaml<T>(path: string, schema: z.ZodType<T>, kind: string): T {
  return readYamlSource(path, schema, kind).data;
}

/** As `readYaml`, with the file's text (lexicon loaders key their compile marker on it). */
export function readYamlSource<T>(
  path: string,
  schema: z.ZodType<T>,
  kind: string,
): { data: T; source: string } {
  const source = readFileSync(path, 'utf8');
  let result: z.ZodSafeParseResult<T>;
  try {
    result = parseValidated(source, schema, kind);
  } catch (err) {
    throw knowledgeError(path, `not valid YAML: ${(err as Error).message}`);
  }
  if (!result.success) {
    const issue = result.error.issues[0];
    throw knowledgeError(path, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return { data: result.data, source };
}

/** The regex source of one pattern, naming the row of a bad one. */
export function compileRowSource(origin: string, id: string, source: string, m: Macros): string {
  try {
    return compilePatternSource(source, m, foldAlternative);
  } catch (err) {
    throw knowledgeError(origin, `row "${id}": ${(err as Error).message}`);
  }
}

/** Compiles one pattern (checked now), naming the row of a bad one. */
export function compileRow(origin: string, id: string, source: string, m: Macros): FoldedRegExp {
  const re = new FoldedRegExp(compileRowSource(origin, id, source, m), 'gu');
  try {
    return re.check();
  } catch (err) {
    throw knowledgeError(origin, `row "${id}": ${(err as Error).message}`);
  }
}

/** Bumped whenever the pattern language or its compiler changes: lexicons are then compiled and checked again. */
const PATTERN_COMPILER = 'claims-patterns/4';

/**
 * How a lexicon file compiles its rows and regexes. A file whose exact text compiled without error before
 * (remembered in the on-disk cache) compiles each regex on first use; any other file checks them all now, so a bad
 * row stops start-up.
 */
export class RowCompiler {
  private readonly checked: CheckMarker;

  /** `text`: the lexicon file's text, as read. */
  constructor(
    private readonly path: string,
    text: string,
  ) {
    this.checked = new CheckMarker(PATTERN_COMPILER, text);
  }

  /** A row's regex: checked now, or built on first use when the file is known good. */
  row(id: string, source: string, m: Macros): () => FoldedRegExp {
    if (!this.checked.known) {
      const re = compileRow(this.path, id, source, m);
      return () => re;
    }
    let re: FoldedRegExp | null = null;
    return () => (re ??= new FoldedRegExp(compileRowSource(this.path, id, source, m), 'gu'));
  }

  /** A regex over folded text from composed pattern sources (see `alternation`): checked now unless known good. */
  regex(source: string, flags: string): FoldedRegExp {
    const re = new FoldedRegExp(source, flags);
    if (this.checked.known) return re;
    try {
      return re.check();
    } catch (err) {
      throw knowledgeError(this.path, (err as Error).message);
    }
  }

  /** The patterns of a list as one alternation's source (no regex is built). */
  alternation(name: string, list: string[], m: Macros): string {
    return list.map((p) => compileRowSource(this.path, name, p, m)).join('|');
  }

  /** As `alternation`, and a source that never matches for an empty list. */
  orNever(name: string, list: string[], m: Macros): string {
    return list.length ? this.alternation(name, list, m) : '(?!)';
  }

  /** Matches the given patterns when they end the text it is run on (quote marks and spaces may follow). */
  atEndOf(name: string, list: string[], m: Macros): FoldedRegExp | null {
    return list.length ? this.regex(`(?:${this.alternation(name, list, m)})[\\s«»"“”]*$`, 'u') : null;
  }

  /** Called once every row compiled: the next start-up may compile them lazily. */
  done(): void {
    this.checked.remember();
  }
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function checkUnique(origin: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw knowledgeError(origin, `duplicate id "${id}"`);
    seen.add(id);
  }
}
