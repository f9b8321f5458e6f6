// Knowledge the corpus stages read: stop words of every language (name and keyword filters), predicate families.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseValidated } from '../knowledge/yaml.js';
import { z } from 'zod';
import { SetupError } from '../core/errors.js';
import { claimActors } from '../knowledge/claim-actors.js';
import { knowledgeFile } from '../knowledge/paths.js';
import { nameKey } from './text.js';

const StopwordsSchema = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  words: z.array(z.string().min(1)),
});
const PredicateClassSchema = z.object({
  id: z.string().min(1),
  family: z.string().min(1),
  gloss: z.string().optional(),
  symmetric: z.boolean().optional(),
});

function readYaml<T>(path: string, schema: z.ZodType<T>, kind: string): T {
  const result = parseValidated(readFileSync(path, 'utf8'), schema, kind);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SetupError(
      'E_KNOWLEDGE',
      `${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.data;
}

let stopwords: Map<string, Set<string>> | null = null;

/** Stop words per language, from every src/knowledge/<lang>/stopwords.yaml (folded to lower case, no accents). */
export function stopwordsByLanguage(): Map<string, Set<string>> {
  if (stopwords) return stopwords;
  const root = dirname(knowledgeFile('outlets.yaml'));
  stopwords = new Map();
  for (const lang of readdirSync(root).sort()) {
    const path = knowledgeFile(`${lang}/stopwords.yaml`);
    if (!existsSync(path)) continue;
    const data = readYaml(path, StopwordsSchema, 'corpus:stopwords');
    stopwords.set(
      data.lang,
      new Set(data.words.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())),
    );
  }
  return stopwords;
}

let allStop: Set<string> | null = null;

export function anyStopword(): Set<string> {
  allStop ??= new Set([...stopwordsByLanguage().values()].flatMap((s) => [...s]));
  return allStop;
}

let classes: Map<string, z.infer<typeof PredicateClassSchema>> | null = null;

/** Predicate classes by id (family: SUPPLY_WEAPONS → MILITARY_SUPPORT), from src/knowledge/predicate-classes.yaml. */
function predicateClasses(): Map<string, z.infer<typeof PredicateClassSchema>> {
  if (classes) return classes;
  const path = knowledgeFile('predicate-classes.yaml');
  const rows = existsSync(path)
    ? readYaml(path, z.array(PredicateClassSchema), 'corpus:predicate-classes')
    : [];
  classes = new Map(rows.map((r) => [r.id, r]));
  return classes;
}

/**
 * The family key of a claim signature "agent|CLASS|object": "agent|FAMILY|object", the object read as its bloc
 * (country:NL, european-parliament → european-union; see claim-actors.yaml) unless the class is symmetric; null
 * when the signature has no class.
 */
export function familyOf(signature: string | null): string | null {
  if (!signature) return null;
  const parts = signature.split('|');
  if (parts.length < 2) return null;
  const cls = predicateClasses().get(parts[1]);
  const object = parts[2];
  const bloc = object && !cls?.symmetric ? claimActors().blocOf.get(object) : undefined;
  return [parts[0], cls?.family ?? parts[1], bloc ?? object, ...parts.slice(3)]
    .filter((p, i) => i < 2 || p !== undefined)
    .join('|');
}

const PlaceSchema = z.object({
  id: z.string().min(1),
  country: z.string().length(2).nullable(),
  capital: z.boolean().default(false),
  names: z.record(z.string(), z.array(z.string().min(1))),
});
const FormsSchema = z.object({
  id: z.string().min(1),
  country: z.string().length(2),
  forms: z.array(z.string().min(1)),
});

let places: Map<string, string> | null = null;

/**
 * One-word place names in every language, keyed by nameKey: countries, their demonyms and capitals (which stand for
 * the country as metonyms) → `g:XX`; other places → `p:<id>`. So "Moscou" and "Moscow" meet across languages.
 */
export function placeKeys(): Map<string, string> {
  if (places) return places;
  const out = new Map<string, string>();
  const add = (form: string, key: string): void => {
    const k = nameKey(form);
    if (k.length >= 3 && !k.includes(' ') && !out.has(k)) out.set(k, key);
  };
  // Only the `forms` of demonym and alias rows are read here: a schema of its own, named by the file read.
  const read = <T>(rel: string, schema: z.ZodType<T>): T[] =>
    existsSync(knowledgeFile(rel))
      ? readYaml(knowledgeFile(rel), z.array(schema), `corpus:forms:${rel.split('/').pop() ?? rel}`)
      : [];
  for (const a of read('country-aliases.yaml', FormsSchema))
    for (const f of a.forms) add(f, `g:${a.country}`);
  for (const lang of stopwordsByLanguage().keys()) {
    for (const d of read(`${lang}/demonyms.yaml`, FormsSchema))
      for (const f of d.forms) add(f, `g:${d.country}`);
  }
  for (const p of read('places.yaml', PlaceSchema)) {
    for (const names of Object.values(p.names))
      for (const n of names) add(n, p.capital && p.country ? `g:${p.country}` : `p:${p.id}`);
  }
  places = out;
  return out;
}
