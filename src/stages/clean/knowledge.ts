// Loads and validates (zod) the boilerplate rules and stop words of every language, compiled once and lazily.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseValidated } from '../../knowledge/yaml.js';
import { z } from 'zod';
import { REMOVED_KINDS, type RemovedKind } from '../../core/article.js';
import { SetupError } from '../../core/errors.js';
import { knowledgeFile } from '../../knowledge/paths.js';
import { CheckMarker } from '../../core/cache.js';
import { WordFilter } from '../../core/word-filter.js';

const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z*]+(?:\.[a-z0-9-]+)+$/),
    kind: z.enum(REMOVED_KINDS as [RemovedKind, ...RemovedKind[]]),
    where: z.enum(['line', 'start', 'end', 'contains']),
    pattern: z.string().min(1),
    remove: z.boolean().default(true),
    stop: z.boolean().default(false),
    stopWhenRepeated: z.boolean().default(false),
    maxWords: z.number().int().positive().optional(),
  })
  .strict();

const BoilerplateSchema = z.object({ lang: z.string(), rules: z.array(RuleSchema).min(1) }).strict();
const StopwordsSchema = z
  .object({ id: z.string(), lang: z.string(), words: z.array(z.string()).min(10) })
  .strict();

export type BoilerplateWhere = 'line' | 'start' | 'end' | 'contains';

export interface BoilerplateRule {
  id: string;
  lang: string;
  kind: RemovedKind;
  where: BoilerplateWhere;
  /** Removes the line when true; false for inline credits that only name a source. */
  remove: boolean;
  /** The line opens a section that ends the article (comments, related stories): the body does not run past it. */
  stop: boolean;
  /** Timestamps: one is a byline, many are a comment thread, so every match after the first is a stop when repeated. */
  stopWhenRepeated: boolean;
  maxWords: number;
  /** The rule's pattern as written (unanchored). */
  pattern: string;
  readonly regex: RegExp;
}

/** One combined, singly anchored test per placement, so that most lines are rejected by one cheap match. */
export interface CombinedRules {
  where: BoilerplateWhere;
  regex: RegExp;
  rules: BoilerplateRule[];
  maxWords: number;
}

export interface CleanKnowledge {
  rules: BoilerplateRule[];
  /** The removing rules grouped by placement. */
  combined: CombinedRules[];
  /** The source-credit rules, in file order. */
  credits: BoilerplateRule[];
  /** Stop words of every language and the languages of each (the classifier runs before the language is known). */
  stopwords: Map<string, string[]>;
  /** The same, with languages as indexes into `stopLangNames` (for counting in arrays). */
  stopIndex: StopIndex;
}

export interface StopIndex {
  langs: string[];
  words: Map<string, readonly number[]>;
  /** The stop words as a filter: a word it turns away is no stop word. */
  filter: WordFilter;
}

function indexStopwords(stopwords: ReadonlyMap<string, readonly string[]>): StopIndex {
  const langs: string[] = [];
  const words = new Map<string, readonly number[]>();
  for (const [word, of] of stopwords) {
    words.set(
      word,
      of.map((lang) => {
        const at = langs.indexOf(lang);
        return at >= 0 ? at : langs.push(lang) - 1;
      }),
    );
  }
  return { langs, words, filter: new WordFilter(words.keys()) };
}

const DEFAULT_MAX_WORDS: Record<BoilerplateWhere, number> = { line: 15, start: 30, end: 80, contains: 25 };

function anchored(where: BoilerplateWhere, pattern: string): string {
  // Spaces, punctuation and symbols; as an alternation, which V8 compiles faster than the class `[\\s\\p{P}\\p{S}]`.
  const edge = '(?:\\s|\\p{P}|\\p{S})*';
  if (where === 'line') return `^${edge}(?:${pattern})${edge}$`;
  if (where === 'start') return `^${edge}(?:${pattern})`;
  if (where === 'end') return `(?:${pattern})${edge}$`;
  return pattern;
}

function combineRules(rules: readonly BoilerplateRule[]): CombinedRules[] {
  const wheres: BoilerplateWhere[] = ['line', 'start', 'end', 'contains'];
  return wheres.map((where) => {
    const own = rules.filter((r) => r.where === where);
    // Named groups may repeat across rules, so the combined test drops their names.
    const body = own.map((r) => `(?:${r.pattern.replace(/\(\?<[a-z]+>/g, '(?:')})`).join('|');
    const maxWords = Math.max(0, ...own.map((r) => r.maxWords));
    return { where, regex: new RegExp(anchored(where, body || '(?!)'), 'iu'), rules: own, maxWords };
  });
}

function compile(file: string, id: string, where: BoilerplateWhere, pattern: string): RegExp {
  try {
    return new RegExp(anchored(where, pattern), 'iu');
  } catch (err) {
    throw new SetupError('E_KNOWLEDGE', `${file}: rule ${id}: ${(err as Error).message}`);
  }
}

function validate<T>(file: string, text: string, schema: z.ZodType<T>, kind: string): T {
  const parsed = parseValidated(text, schema, kind);
  if (!parsed.success) throw new SetupError('E_KNOWLEDGE', `${file}: ${parsed.error.message}`);
  return parsed.data;
}

function readYaml<T>(file: string, schema: z.ZodType<T>, kind: string): T {
  return validate(file, readFileSync(file, 'utf8'), schema, kind);
}

function languageDirs(): string[] {
  const root = knowledgeFile('');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name))
    .map((d) => join(root, d.name));
}

/** Bumped when rule compiling changes: boilerplate files are then checked again in full. */
const RULE_COMPILER = 'clean-rules/1';

/**
 * A boilerplate rule, its regex compiled on first use. A class, so that every rule shares one map (an object
 * literal with a getter gets a map of its own, and reading such objects is megamorphic).
 */
class Rule implements BoilerplateRule {
  private compiled: RegExp | null = null;

  constructor(
    readonly id: string,
    readonly lang: string,
    readonly kind: RemovedKind,
    readonly where: BoilerplateWhere,
    readonly remove: boolean,
    readonly stop: boolean,
    readonly stopWhenRepeated: boolean,
    readonly maxWords: number,
    readonly pattern: string,
    private readonly file: string,
  ) {}

  get regex(): RegExp {
    return (this.compiled ??= compile(this.file, this.id, this.where, this.pattern));
  }
}

/**
 * The rules of a language's boilerplate files. A file whose exact text compiled without error before (remembered in
 * the on-disk cache) compiles each rule on first use; any other file compiles them all now, so a bad pattern stops
 * start-up.
 */
function loadRules(dir: string): BoilerplateRule[] {
  const rules: BoilerplateRule[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => /^boilerplate.*\.ya?ml$/.test(n))
    .sort()) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const data = validate(file, text, BoilerplateSchema, 'clean:boilerplate');
    const checked = new CheckMarker(RULE_COMPILER, text);
    for (const r of data.rules) {
      const rule = new Rule(
        r.id,
        data.lang,
        r.kind,
        r.where,
        r.remove,
        r.stop,
        r.stopWhenRepeated,
        r.maxWords ?? DEFAULT_MAX_WORDS[r.where],
        r.pattern,
        file,
      );
      if (!checked.known) void rule.regex;
      rules.push(rule);
    }
    checked.remember();
  }
  return rules;
}

function loadStopwords(dir: string, into: Map<string, string[]>): void {
  const file = join(dir, 'stopwords.yaml');
  if (!existsSync(file)) return;
  const data = readYaml(file, StopwordsSchema, 'clean:stopwords');
  for (const w of data.words) {
    const key = w.toLowerCase();
    into.set(key, [...(into.get(key) ?? []), data.lang]);
  }
}

let cached: CleanKnowledge | null = null;

/** The rules of every language, validated; a bad file throws SetupError (E_KNOWLEDGE) at first use. */
export function cleanKnowledge(): CleanKnowledge {
  if (cached) return cached;
  const rules: BoilerplateRule[] = [];
  const stopwords = new Map<string, string[]>();
  for (const dir of languageDirs()) {
    rules.push(...loadRules(dir));
    loadStopwords(dir, stopwords);
  }
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new SetupError('E_KNOWLEDGE', `boilerplate rule id ${r.id} is used twice`);
    ids.add(r.id);
  }
  cached = {
    rules,
    combined: combineRules(rules.filter((r) => r.remove)),
    credits: rules.filter((r) => r.kind === 'source-credit'),
    stopwords,
    stopIndex: indexStopwords(stopwords),
  };
  return cached;
}
