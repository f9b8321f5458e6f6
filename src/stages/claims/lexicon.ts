// Loads and validates (zod) the claim lexicons: stance cues and predicate lexemes per language, predicate classes.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { STANCE_KINDS, type StanceKind } from '../../core/article.js';
import { knowledgeFile } from '../../knowledge/paths.js';
import { AnchorIndex } from './anchors.js';
import { compileCore, type Macros, type PreTest, type TextRegExp } from './pattern.js';
import { loadPredicateLexicon, type PredicateLexicon } from './predicate-lexicon.js';
import {
  checkUnique,
  RowCompiler,
  escapeRegex,
  fold,
  foldAlternative,
  macros,
  pattern,
  readYaml,
  readYamlSource,
  rowId as id,
} from './rows.js';

export { loadPredicateLexicon, type CompiledLexeme, type PredicateLexicon } from './predicate-lexicon.js';

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
    /**
     * For `then: anaphor`: how many sentences back the claim it takes up may lie. A demonstrative and a claim noun
     * ("a rejeté ces accusations") reach further than a bare "fake news".
     */
    reach: z.number().int().min(0).max(20).optional(),
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
    /** Words that negate the clause they stand in (a negated assertion of P is a denial of P). */
    negations: z.array(pattern).default([]),
    /** First-person pronouns: "we could not verify" is the outlet's own stance. */
    selfPronouns: z.array(pattern).default([]),
    /** Third-person singular subject pronouns that, opening a reported clause, refer back to its holder. */
    holderPronouns: z.array(pattern).default([]),
    /** Words that never stand inside a holder noun phrase (auxiliaries, adverbs, verbs): the phrase ends there. */
    holderStops: z.array(pattern).default([]),
    /** Relative pronouns: a clause one opens between commas right before a cue is not where its subject is. */
    relatives: z.array(pattern).default([]),
    /** Coordinating conjunctions: "X a accusé Y de P et affirmé que Q": a cue right after one shares X. */
    coordinators: z.array(pattern).default([]),
    /**
     * Object pronouns of an accusation ("accusing them of P", "les accusant de P"): the accused is then the nearest
     * other mention before the cue.
     */
    objectPronouns: z.array(pattern).default([]),
    cues: z.array(CueSchema).min(1),
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
  re: TextRegExp;
  /** Pre-test: the cue's required words stand in the text (see pattern.ts `compileCore`). */
  core: PreTest;
  /** Matches words that, ending right before the cue, cancel it; null when none. */
  notAfter: TextRegExp | null;
  /** Sentences back an anaphor may reach (see the file schema); undefined: the default. */
  reach?: number;
}

export interface CueLexicon {
  lang: string;
  cues: CompiledCue[];
  /** Matches a complementiser at the start of folded text. */
  complementiser: TextRegExp;
  objectMarker: TextRegExp;
  pronouns: Set<string>;
  determiners: Set<string>;
  /** Matches where a proposition ends: a hard break, or ", " then a clause break. */
  clauseEnd: TextRegExp;
  /** Matches where a nominal proposition ends (a comma, a coordination, a relative). */
  phraseEnd: TextRegExp;
  /** Matches a subordinate opening at the start of folded text ("même si …,"). */
  subordinateStart: TextRegExp;
  /** Matches a participle at the start of folded text ("insistant sur le fait que"). */
  participleStart: TextRegExp;
  /** Matches a negation word anywhere (global). */
  negation: TextRegExp;
  selfPronouns: Set<string>;
  /** "Iran said it had not sent…": a proposition opening with one of these has the holder as its doer. */
  holderPronouns: Set<string>;
  holderStops: Set<string>;
  /** Matches ", " then a relative pronoun (global): "X, que Washington accuse de P, a démenti" holds X. */
  relativeClause: TextRegExp;
  /** Matches folded text that is one object pronoun and nothing else (spaces and an apostrophe aside). */
  objectPronoun: TextRegExp;
  /** Matches folded text that ends with a coordinating conjunction ("… de P et"). */
  coordinatorAtEnd: TextRegExp;
}

/**
 * A compiled cue; its regex is compiled on first use (see RowCompiler). A class, so that every cue shares one map:
 * object literals with a getter each get their own, which makes every read of a cue's fields megamorphic.
 */
class CueRow implements CompiledCue {
  readonly id: string;
  readonly stance: StanceKind;
  readonly holder: CueHolder;
  readonly then: CueThen;
  readonly reach: number | undefined;

  constructor(
    row: z.infer<typeof CueSchema>,
    private readonly compiled: () => TextRegExp,
    readonly core: PreTest,
    readonly notAfter: TextRegExp | null,
  ) {
    this.id = row.id;
    this.stance = row.stance;
    this.holder = row.holder;
    this.then = row.then;
    this.reach = row.reach;
  }

  get re(): TextRegExp {
    return this.compiled();
  }
}

/** Parses a stance-cue file into compiled cues. */
export function loadCueLexicon(lang: string, path = knowledgeFile(`${lang}/stance-cues.yaml`)): CueLexicon {
  const { data: file, source } = readYamlSource(path, CueFileSchema, 'claims:stance-cues');
  checkUnique(
    path,
    file.cues.map((c) => c.id),
  );
  const m: Macros = file.macros;
  const anchors = new AnchorIndex();
  const rows = new RowCompiler(path, source);
  const cues: CompiledCue[] = file.cues.map(
    (c) =>
      new CueRow(
        c,
        rows.row(c.id, c.pattern, m),
        compileCore(c.pattern, m, foldAlternative, anchors),
        rows.atEndOf(c.id, c.notAfter, m),
      ),
  );
  const hard = rows.orNever('hardBreaks', file.hardBreaks, m);
  const soft = rows.orNever('clauseBreaks', file.clauseBreaks, m);
  const phrase = file.phraseBreaks.map((b) =>
    /^\p{P}+$/u.test(b) ? escapeRegex(b) : rows.alternation('phraseBreaks', [b], m),
  );
  const lexicon: CueLexicon = {
    lang,
    cues,
    complementiser: rows.regex(
      `^[\\s«»"“”]*(?:${rows.alternation('complementisers', file.complementisers, m)})`,
      'u',
    ),
    objectMarker: rows.regex(rows.alternation('objectMarkers', file.objectMarkers, m), 'gu'),
    pronouns: new Set(file.pronouns.map(fold)),
    determiners: new Set(file.determiners.map(fold)),
    clauseEnd: rows.regex(`\\s(?:${hard})|[;()—–]|,\\s(?:${soft})|,\\s[«"“]`, 'gu'),
    phraseEnd: rows.regex(phrase.length ? phrase.join('|') : '(?!)', 'gu'),
    subordinateStart: rows.regex(`^[\\s«»"“”]*(?:${hard})`, 'u'),
    participleStart: rows.regex(`^(?:${rows.orNever('participles', file.participles, m)})`, 'u'),
    negation: rows.regex(rows.orNever('negations', file.negations, m), 'gu'),
    selfPronouns: new Set(file.selfPronouns.map(fold)),
    holderPronouns: new Set(file.holderPronouns.map(fold)),
    holderStops: new Set(file.holderStops.flatMap((w) => w.split('|')).map(fold)),
    relativeClause: rows.regex(`,\\s*(?:${rows.orNever('relatives', file.relatives, m)})`, 'gu'),
    coordinatorAtEnd: rows.regex(
      `(?:^|[\\s,])(?:${rows.orNever('coordinators', file.coordinators, m)})\\s*$`,
      'u',
    ),
    objectPronoun: rows.regex(`^\\s*(?:${rows.orNever('objectPronouns', file.objectPronouns, m)})\\s*$`, 'u'),
  };
  rows.done();
  return lexicon;
}

/** Parses src/knowledge/predicate-classes.yaml. */
export function loadPredicateClasses(
  path = knowledgeFile('predicate-classes.yaml'),
): Map<string, PredicateClass> {
  const rows = readYaml(path, z.array(ClassSchema).min(1), 'claims:predicate-classes');
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
