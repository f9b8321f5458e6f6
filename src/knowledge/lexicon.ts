// Per-language linguistic lexicons (abbreviations, reporting verbs, pronouns, roles, demonyms, name cues): zod-validated, loaded once.
import { existsSync, readFileSync } from 'node:fs';
import { parseValidated } from './yaml.js';
import { basename } from 'node:path';
import { z } from 'zod';
import { SetupError } from '../core/errors.js';
import { knowledgeFile } from './paths.js';

export const LEXICON_LANGS = ['fr', 'en', 'de', 'es', 'it', 'ru'] as const;

const id = z.string().min(1);
const word = z.string().min(1);

const AbbreviationSchema = z.object({
  id,
  form: word,
  title: z.boolean().default(false),
  canEnd: z.boolean().default(false),
});
const VerbSchema = z.object({
  id,
  lemma: word,
  stem: z.string().optional(),
  paradigm: z.string().optional(),
  forms: z.array(word).default([]),
  needsComplement: z.boolean().default(false),
  /** The verb takes whom it was said to as a bare object ("…, a diplomat told TASS."): that tail is no new clause. */
  addressee: z.boolean().default(false),
});
const SpeechSchema = z.object({
  paradigms: z.record(z.string(), z.array(z.string())).default({}),
  auxiliaries: z.array(word).default([]),
  complementizers: z.array(word).default([]),
  /** Adverbs that may stand between an auxiliary and a speech verb besides those in -ment/-ly ("a aussi dit"). */
  adverbs: z.array(word).default([]),
  notAfter: z.array(word).default([]),
  negations: z.array(word).default([]),
  sourceMarkers: z.array(z.object({ id, form: word })).default([]),
  sourceMarkerBlockers: z.array(word).default([]),
  verbs: z.array(VerbSchema),
});
const PronounSchema = z.object({
  id,
  form: word,
  number: z.enum(['sg', 'pl']),
  gender: z.enum(['m', 'f', 'n', 'any']),
  clitic: z.boolean().default(false),
});
const TitlesSchema = z.object({
  roles: z.array(z.object({ id, forms: z.array(word).min(1), class: word })),
  linkers: z.array(word).default([]),
  portfolios: z.array(word).default([]),
  preModifiers: z.array(word).default([]),
});
const DemonymSchema = z.object({ id, country: z.string().length(2), forms: z.array(word).min(1) });
const NameCuesSchema = z.object({
  connectors: z.array(word).default([]),
  orgTails: z.array(word).default([]),
  /** Names end with their head word ("State Department", "Security Council"): the last head before "of" types them. */
  headFinal: z.boolean().default(false),
  heads: z
    .array(z.object({ id, form: word, type: z.enum(['person', 'organization', 'location', 'group']) }))
    .default([]),
  groups: z.array(word).default([]),
  functionWords: z.array(word).default([]),
  determiners: z.array(word).default([]),
  indefinites: z.array(word).default([]),
  prepositions: z.array(word).default([]),
});

export type Abbreviation = z.infer<typeof AbbreviationSchema>;
export type SpeechVerb = z.infer<typeof VerbSchema>;
export type SpeechLexicon = z.infer<typeof SpeechSchema>;
export type Pronoun = z.infer<typeof PronounSchema>;
export type Titles = z.infer<typeof TitlesSchema>;
export type Demonym = z.infer<typeof DemonymSchema>;
export type NameCues = z.infer<typeof NameCuesSchema>;

export interface Lexicon {
  lang: string;
  abbreviations: Abbreviation[];
  speech: SpeechLexicon;
  pronouns: Pronoun[];
  titles: Titles;
  demonyms: Demonym[];
  nameCues: NameCues;
}

function loadYaml<T>(rel: string, schema: z.ZodType<T>, fallback: () => T): T {
  const path = knowledgeFile(rel);
  if (!existsSync(path)) return fallback();
  let result: z.ZodSafeParseResult<T>;
  try {
    // The file name names the schema: every language's titles.yaml is read with TitlesSchema.
    result = parseValidated(readFileSync(path, 'utf8'), schema, `lexicon:${basename(rel)}`);
  } catch (err) {
    throw new SetupError('E_KNOWLEDGE', `${rel}: not valid YAML: ${(err as Error).message}`);
  }
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SetupError(
      'E_KNOWLEDGE',
      `${rel}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.data;
}

const cache = new Map<string, Lexicon>();

/** The lexicon of one language (a language without files gets empty lists); loaded and validated once. */
export function lexicon(lang: string): Lexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex: Lexicon = {
    lang,
    abbreviations: loadYaml(`${lang}/abbreviations.yaml`, z.array(AbbreviationSchema), () => []),
    speech: loadYaml(`${lang}/speech-verbs.yaml`, SpeechSchema, () => SpeechSchema.parse({ verbs: [] })),
    pronouns: loadYaml(`${lang}/pronouns.yaml`, z.array(PronounSchema), () => []),
    titles: loadYaml(`${lang}/titles.yaml`, TitlesSchema, () => TitlesSchema.parse({ roles: [] })),
    demonyms: loadYaml(`${lang}/demonyms.yaml`, z.array(DemonymSchema), () => []),
    nameCues: loadYaml(`${lang}/name-cues.yaml`, NameCuesSchema, () => NameCuesSchema.parse({})),
  };
  cache.set(lang, lex);
  return lex;
}

const PlaceSchema = z.object({
  id,
  country: z.string().length(2).nullable(),
  capital: z.boolean().default(false),
  names: z.record(z.string(), z.array(word)),
});
const CountryAliasSchema = z.object({ id, country: z.string().length(2), forms: z.array(word).min(1) });
export type Place = z.infer<typeof PlaceSchema>;
export type CountryAlias = z.infer<typeof CountryAliasSchema>;

let places: Place[] | null = null;
let aliases: CountryAlias[] | null = null;

/** Cities, regions and continents (src/knowledge/places.yaml). */
export function loadPlaces(): Place[] {
  places ??= loadYaml('places.yaml', z.array(PlaceSchema), () => []);
  return places;
}

/** Country short names and initialisms (src/knowledge/country-aliases.yaml). */
export function loadCountryAliases(): CountryAlias[] {
  aliases ??= loadYaml('country-aliases.yaml', z.array(CountryAliasSchema), () => []);
  return aliases;
}

/** Every surface form of a reporting verb: explicit forms plus stem + paradigm endings. */
export function verbForms(verb: SpeechVerb, speech: SpeechLexicon): string[] {
  const forms = new Set(verb.forms);
  if (verb.stem !== undefined && verb.paradigm) {
    const endings = speech.paradigms[verb.paradigm];
    if (!endings)
      throw new SetupError('E_KNOWLEDGE', `speech verb ${verb.id}: unknown paradigm ${verb.paradigm}`);
    for (const e of endings) forms.add(verb.stem + e);
  }
  return [...forms];
}
