// Loads and validates (zod) the claim lexicons: stance cues and predicate lexemes per language, predicate classes.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { STANCE_KINDS, type StanceKind } from '../../core/article.js';
import { SetupError } from '../../core/errors.js';
import { foldText } from '../../knowledge/actors.js';
import { knowledgeFile } from '../../knowledge/paths.js';
import { compileCore, compilePattern, type Macros } from './pattern.js';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case');
const pattern = z.string().trim().min(1);
const macros = z.record(z.string().regex(/^[a-z][a-z0-9]*$/), z.string().min(1)).default({});

const ClassSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'class ids are UPPER_SNAKE'),
    family: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    gloss: z.string().min(1),
    symmetric: z.boolean().default(false),
  })
  .strict();

const CueSchema = z
  .object({
    id,
    stance: z.enum(STANCE_KINDS as [StanceKind, ...StanceKind[]]),
    holder: z.enum(['subject', 'speaker']),
    then: z.enum(['clause', 'np', 'object', 'scope', 'qualifier', 'anaphor']),
    pattern,
    /** The cue does not count right after these words ("sans doute", "no doubt"). */
    notAfter: z.array(pattern).default([]),
  })
  .strict();

const CueFileSchema = z
  .object({
    macros,
    complementisers: z.array(pattern).min(1),
    objectMarkers: z.array(pattern).min(1),
    pronouns: z.array(pattern).default([]),
    determiners: z.array(pattern).default([]),
    participles: z.array(pattern).default([]),
    phraseBreaks: z.array(z.string().min(1)).default([]),
    hardBreaks: z.array(pattern).default([]),
    clauseBreaks: z.array(pattern).default([]),
    cues: z.array(CueSchema).min(1),
  })
  .strict();

const PredicateFileSchema = z
  .object({
    macros,
    agentMarkers: z.array(pattern).default([]),
    genitiveMarkers: z.array(pattern).default([]),
    lexemes: z
      .array(
        z
          .object({
            id,
            class: z.string(),
            pattern,
            genitive: z.boolean().default(false),
            weak: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type PredicateClass = z.infer<typeof ClassSchema>;
export type CueHolder = 'subject' | 'speaker';
export type CueThen = 'clause' | 'np' | 'object' | 'scope' | 'qualifier' | 'anaphor';

export interface CompiledCue {
  id: string;
  stance: StanceKind;
  holder: CueHolder;
  then: CueThen;
  re: RegExp;
  /** Pre-test: the cue's first required word (see pattern.ts `compileCore`). */
  core: RegExp;
  /** Matches words that, ending right before the cue, cancel it; null when none. */
  notAfter: RegExp | null;
}

export interface CueLexicon {
  lang: string;
  cues: CompiledCue[];
  /** Matches a complementiser at the start of folded text. */
  complementiser: RegExp;
  objectMarker: RegExp;
  pronouns: Set<string>;
  determiners: Set<string>;
  /** Matches where a proposition ends: a hard break, or ", " then a clause break. */
  clauseEnd: RegExp;
  /** Matches where a nominal proposition ends (a comma, a coordination, a relative). */
  phraseEnd: RegExp;
  /** Matches a subordinate opening at the start of folded text ("même si …,"). */
  subordinateStart: RegExp;
  /** Matches a participle at the start of folded text ("insistant sur le fait que"). */
  participleStart: RegExp;
}

export interface CompiledLexeme {
  id: string;
  cls: string;
  re: RegExp;
  /** A nominal predicate whose "de X" names the doer. */
  genitive: boolean;
  /** A relation word ("alliance militaire") that names the predicate only when no event word does. */
  weak: boolean;
  core: RegExp;
}

export interface PredicateLexicon {
  lang: string;
  lexemes: CompiledLexeme[];
  /** Matches an agent marker that ends the folded text it is run on. */
  agentMarkerAtEnd: RegExp;
  genitiveMarkerAtEnd: RegExp;
}

function fold(s: string): string {
  return foldText(s).text;
}

/** Folds one alternative the way the text is folded, keeping the pattern syntax characters. */
function foldAlternative(alt: string): string {
  return fold(alt).trim();
}

function knowledgeError(origin: string, message: string): SetupError {
  return new SetupError('E_KNOWLEDGE', `${origin}: ${message}`);
}

function readYaml<T>(path: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw knowledgeError(path, `not valid YAML: ${(err as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw knowledgeError(path, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Compiles one pattern, naming the row of a bad one. */
function compileRow(origin: string, rowId: string, source: string, m: Macros): RegExp {
  try {
    return compilePattern(source, m, foldAlternative);
  } catch (err) {
    throw knowledgeError(origin, `row "${rowId}": ${(err as Error).message}`);
  }
}

function alternation(origin: string, name: string, list: string[], m: Macros): string {
  return list.map((p) => compileRow(origin, name, p, m).source).join('|');
}

function orNever(origin: string, name: string, list: string[], m: Macros): string {
  return list.length ? alternation(origin, name, list, m) : '(?!)';
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function checkUnique(origin: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const rowId of ids) {
    if (seen.has(rowId)) throw knowledgeError(origin, `duplicate id "${rowId}"`);
    seen.add(rowId);
  }
}

/** Parses a stance-cue file into compiled cues. */
export function loadCueLexicon(lang: string, path = knowledgeFile(`${lang}/stance-cues.yaml`)): CueLexicon {
  const file = readYaml(path, CueFileSchema);
  checkUnique(
    path,
    file.cues.map((c) => c.id),
  );
  const m: Macros = file.macros;
  const cues = file.cues.map((c) => ({
    ...c,
    re: compileRow(path, c.id, c.pattern, m),
    core: compileCore(c.pattern, m, foldAlternative),
    notAfter: c.notAfter.length
      ? new RegExp(`(?:${alternation(path, c.id, c.notAfter, m)})[\\s«»"“”]*$`, 'u')
      : null,
  }));
  const hard = orNever(path, 'hardBreaks', file.hardBreaks, m);
  const soft = orNever(path, 'clauseBreaks', file.clauseBreaks, m);
  const phrase = file.phraseBreaks.map((b) =>
    /^\p{P}+$/u.test(b) ? escapeRegex(b) : alternation(path, 'phraseBreaks', [b], m),
  );
  return {
    lang,
    cues,
    complementiser: new RegExp(
      `^[\\s«»"“”]*(?:${alternation(path, 'complementisers', file.complementisers, m)})`,
      'u',
    ),
    objectMarker: new RegExp(alternation(path, 'objectMarkers', file.objectMarkers, m), 'gu'),
    pronouns: new Set(file.pronouns.map(fold)),
    determiners: new Set(file.determiners.map(fold)),
    clauseEnd: new RegExp(`\\s(?:${hard})|[;()—–]|,\\s(?:${soft})|,\\s[«"“]`, 'gu'),
    phraseEnd: new RegExp(phrase.length ? phrase.join('|') : '(?!)', 'gu'),
    subordinateStart: new RegExp(`^[\\s«»"“”]*(?:${hard})`, 'u'),
    participleStart: new RegExp(`^(?:${orNever(path, 'participles', file.participles, m)})`, 'u'),
  };
}

/** Parses a predicate file, checking that every lexeme names a known class. */
export function loadPredicateLexicon(
  lang: string,
  classes: ReadonlyMap<string, PredicateClass>,
  path = knowledgeFile(`${lang}/predicates.yaml`),
): PredicateLexicon {
  const file = readYaml(path, PredicateFileSchema);
  checkUnique(
    path,
    file.lexemes.map((l) => l.id),
  );
  const m: Macros = file.macros;
  const lexemes = file.lexemes.map((l) => {
    if (!classes.has(l.class))
      throw knowledgeError(path, `row "${l.id}": unknown predicate class "${l.class}"`);
    const re = compileRow(path, l.id, l.pattern, m);
    return {
      id: l.id,
      cls: l.class,
      re,
      genitive: l.genitive,
      weak: l.weak,
      core: compileCore(l.pattern, m, foldAlternative),
    };
  });
  const atEnd = (list: string[], name: string): RegExp =>
    new RegExp(`(?:${orNever(path, name, list, m)})[\\s«»"“”]*$`, 'u');
  return {
    lang,
    lexemes,
    agentMarkerAtEnd: atEnd(file.agentMarkers, 'agentMarkers'),
    genitiveMarkerAtEnd: atEnd(file.genitiveMarkers, 'genitiveMarkers'),
  };
}

/** Parses src/knowledge/predicate-classes.yaml. */
export function loadPredicateClasses(
  path = knowledgeFile('predicate-classes.yaml'),
): Map<string, PredicateClass> {
  const rows = readYaml(path, z.array(ClassSchema).min(1));
  checkUnique(
    path,
    rows.map((r) => r.id),
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export interface ClaimLexicons {
  classes: Map<string, PredicateClass>;
  cues: CueLexicon;
  predicates: PredicateLexicon | null;
}

let classesCache: Map<string, PredicateClass> | null = null;
const byLang = new Map<string, ClaimLexicons | null>();

/** The lexicons of a language (cached), or null when it has no stance cues. */
export function lexiconsFor(lang: string | null): ClaimLexicons | null {
  if (!lang || !/^[a-z]{2,3}$/.test(lang)) return null;
  if (byLang.has(lang)) return byLang.get(lang) ?? null;
  classesCache ??= loadPredicateClasses();
  const cuePath = knowledgeFile(`${lang}/stance-cues.yaml`);
  const predPath = knowledgeFile(`${lang}/predicates.yaml`);
  const lex = existsSync(cuePath)
    ? {
        classes: classesCache,
        cues: loadCueLexicon(lang, cuePath),
        predicates: existsSync(predPath) ? loadPredicateLexicon(lang, classesCache, predPath) : null,
      }
    : null;
  byLang.set(lang, lex);
  return lex;
}
