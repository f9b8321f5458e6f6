// Loads and validates (zod) a language's predicate lexemes (src/knowledge/<lang>/predicates.yaml).
import { z } from 'zod';
import { knowledgeFile } from '../../knowledge/paths.js';
import { AnchorIndex } from './anchors.js';
import { compileCore, type Macros, type PreTest, type TextRegExp } from './pattern.js';
import {
  checkUnique,
  RowCompiler,
  foldAlternative,
  knowledgeError,
  macros,
  pattern,
  readYamlSource,
  rowId,
} from './rows.js';

const PredicateFileSchema = z
  .object({
    macros,
    agentMarkers: z.array(pattern).default([]),
    genitiveMarkers: z.array(pattern).default([]),
    /** Words right before a mention that make it a circumstance, not the object ("the war in X"). */
    objectBlockers: z.array(pattern).default([]),
    /** Participles that take an agent of their own: "drones used by Russia" does not make Russia the doer. */
    foreignAgents: z.array(pattern).default([]),
    /** Relative pronouns that, right before an accusation cue naming nobody, stand for the accused before them. */
    accusedRelatives: z.array(pattern).default([]),
    lexemes: z
      .array(
        z
          .object({
            id: rowId,
            class: z.string(),
            pattern,
            genitive: z.boolean().default(false),
            weak: z.boolean().default(false),
            /** A passive form ("drones supplied by Iran"): an agent marker after it names the doer first. */
            passive: z.boolean().default(false),
            /** The lexeme does not count right after these words ("drones d'attaque", "attack drones"). */
            notAfter: z.array(pattern).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export interface CompiledLexeme {
  id: string;
  cls: string;
  re: TextRegExp;
  /** A nominal predicate whose "de X" names the doer. */
  genitive: boolean;
  /** A relation word ("alliance militaire") that names the predicate only when no event word does. */
  weak: boolean;
  passive: boolean;
  core: PreTest;
  /** Matches words that, ending right before the lexeme, cancel it; null when none. */
  notAfter: TextRegExp | null;
}

/** A compiled lexeme, its regex compiled on first use; a class, so that all lexemes share one map (see CueRow). */
class LexemeRow implements CompiledLexeme {
  constructor(
    readonly id: string,
    readonly cls: string,
    private readonly compiled: () => TextRegExp,
    readonly genitive: boolean,
    readonly weak: boolean,
    readonly passive: boolean,
    readonly core: PreTest,
    readonly notAfter: TextRegExp | null,
  ) {}

  get re(): TextRegExp {
    return this.compiled();
  }
}

export interface PredicateLexicon {
  lang: string;
  lexemes: CompiledLexeme[];
  /** Matches an agent marker that ends the folded text it is run on. */
  agentMarkerAtEnd: TextRegExp;
  /** Matches a foreign-agent participle and an agent marker that end the folded text; null when none. */
  foreignAgentAtEnd: TextRegExp | null;
  genitiveMarkerAtEnd: TextRegExp;
  /** Matches an object blocker that ends the folded text it is run on; null when none. */
  objectBlockerAtEnd: TextRegExp | null;
  /** Matches an accused relative ("qu'ils", "whom") that ends the folded text it is run on; null when none. */
  accusedRelativeAtEnd: TextRegExp | null;
}

/** Parses a predicate file, checking that every lexeme names a known class. */
export function loadPredicateLexicon(
  lang: string,
  classes: ReadonlyMap<string, unknown>,
  path = knowledgeFile(`${lang}/predicates.yaml`),
): PredicateLexicon {
  const { data: file, source } = readYamlSource(path, PredicateFileSchema, 'claims:predicates');
  checkUnique(
    path,
    file.lexemes.map((l) => l.id),
  );
  const m: Macros = file.macros;
  const anchors = new AnchorIndex();
  const rows = new RowCompiler(path, source);
  const lexemes = file.lexemes.map((l) => {
    if (!classes.has(l.class))
      throw knowledgeError(path, `row "${l.id}": unknown predicate class "${l.class}"`);
    return new LexemeRow(
      l.id,
      l.class,
      rows.row(l.id, l.pattern, m),
      l.genitive,
      l.weak,
      l.passive,
      compileCore(l.pattern, m, foldAlternative, anchors),
      rows.atEndOf(l.id, l.notAfter, m),
    );
  });
  const atEnd = (list: string[], name: string): TextRegExp =>
    rows.regex(`(?:${rows.orNever(name, list, m)})[\\s«»"“”]*$`, 'u');
  const lexicon: PredicateLexicon = {
    lang,
    lexemes,
    agentMarkerAtEnd: atEnd(file.agentMarkers, 'agentMarkers'),
    foreignAgentAtEnd: file.foreignAgents.length
      ? rows.regex(
          `(?:${rows.orNever('foreignAgents', file.foreignAgents, m)})[\\s«»"“”,]+(?:${rows.orNever('agentMarkers', file.agentMarkers, m)})[\\s«»"“”]*$`,
          'u',
        )
      : null,
    genitiveMarkerAtEnd: atEnd(file.genitiveMarkers, 'genitiveMarkers'),
    objectBlockerAtEnd: rows.atEndOf('objectBlockers', file.objectBlockers, m),
    // Up to three words (the accuser: "qu'ils", "which Western capitals") may stand between the relative and the cue.
    accusedRelativeAtEnd: file.accusedRelatives.length
      ? rows.regex(
          `(?:${rows.orNever('accusedRelatives', file.accusedRelatives, m)})(?:(?:(?<=')|[\\s«»"“”]+)[^\\s.;:!?,«»"“”']+){0,3}[\\s«»"“”]*$`,
          'u',
        )
      : null,
  };
  rows.done();
  return lexicon;
}
