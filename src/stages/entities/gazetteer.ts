// The gazetteer: countries (Intl.DisplayNames, i18n-iso-countries), places.yaml and curated actors, matched over tokens.
import { existsSync } from 'node:fs';
import type { EntityType } from '../../core/article.js';
import { codeIdentity, readCached, writeCached } from '../../core/cache.js';
import { loadActors, surfaceForms, type Actor } from '../../knowledge/actors.js';
import { COUNTRY_LANGS, countryData } from '../../knowledge/countries.js';
import { loadCountryAliases, loadPlaces } from '../../knowledge/lexicon.js';
import { knowledgeFile } from '../../knowledge/paths.js';
import { PhraseTable } from '../segment/lexicon-index.js';

/** What a known name stands for. `key` identifies the referent across its names (actor id, country:XX, place id). */
export interface GazEntry {
  key: string;
  type: EntityType;
  country: string | null;
  actor: string | null;
  refersTo: string | null;
  /** Whether the known form starts with a capital (then the text must too). */
  capitalized: boolean;
  /** Whether the known form is an acronym in capitals ("UN", "EU"): then the text must be in capitals too ("Un" is not). */
  allCaps: boolean;
  rule: string;
}

function isAllCaps(form: string): boolean {
  return /^[\p{Lu}\p{N}.&\s-]+$/u.test(form) && (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

function isCapitalized(form: string): boolean {
  const first = form.charAt(0);
  return first !== first.toLowerCase();
}

function actorEntry(actor: Actor, form: string): GazEntry {
  return {
    key: actor.id,
    type: actor.type,
    country: actor.country,
    actor: actor.id,
    refersTo: actor.refersTo,
    capitalized: isCapitalized(form),
    allCaps: isAllCaps(form),
    rule: 'entities.gazetteer.actor',
  };
}

function countryEntry(code: string, form: string, rule: string): GazEntry {
  const key = `country:${code}`;
  return {
    key,
    type: 'location',
    country: code,
    actor: key,
    refersTo: null,
    capitalized: isCapitalized(form),
    allCaps: isAllCaps(form),
    rule,
  };
}

/**
 * Country names of a language, as [code, name] in gazetteer order: i18n-iso-countries' names and the engine's ICU
 * name (Intl.DisplayNames). Cached on disk (see core/cache.ts): reading them from both sources took a worker ~40 ms
 * per language. The key holds the code's identity (the package lock, so the data's version, and node's, so ICU's).
 */
function countryNames(lang: string): Array<[string, string]> {
  const key = `${codeIdentity()}|${process.versions.icu ?? ''}|${lang}`;
  const cached = readCached<Array<[string, string]>>('country-names-1', key);
  const valid = (v: unknown): v is Array<[string, string]> =>
    Array.isArray(v) &&
    v.every(
      (e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string',
    );
  if (valid(cached)) return cached;
  const countries = countryData();
  const display = new Intl.DisplayNames([lang], { type: 'region' });
  const names = countries.getNames(lang, { select: 'all' });
  const out: Array<[string, string]> = [];
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const forms = new Set<string>([...(names[code] ?? [])]);
    const shown = display.of(code);
    if (shown && shown !== code) forms.add(shown);
    for (const f of forms) if (!/,/.test(f)) out.push([code, f]);
  }
  writeCached('country-names-1', key, out);
  return out;
}

function addCountries(table: PhraseTable<GazEntry>, lang: string): void {
  const langs = [...new Set([lang, 'en'])].filter((l) => (COUNTRY_LANGS as readonly string[]).includes(l));
  for (const a of loadCountryAliases())
    for (const f of a.forms) table.add(f, countryEntry(a.country, f, 'entities.gazetteer.country-alias'));
  for (const l of langs)
    for (const [code, f] of countryNames(l))
      table.add(f, countryEntry(code, f, 'entities.gazetteer.country'));
}

function addPlaces(table: PhraseTable<GazEntry>, lang: string): void {
  for (const p of loadPlaces()) {
    const forms = new Set([...(p.names[lang] ?? []), ...(p.names.en ?? [])]);
    for (const f of forms) {
      table.add(f, {
        key: p.id,
        type: 'location',
        country: p.country,
        actor: p.country ? `country:${p.country}` : null,
        refersTo: p.capital && p.country ? `country:${p.country}` : null,
        capitalized: isCapitalized(f),
        allCaps: isAllCaps(f),
        rule: p.capital ? 'entities.gazetteer.capital' : 'entities.gazetteer.place',
      });
    }
  }
}

let actorsCache: Actor[] | null = null;

/** Curated actors, or none while src/knowledge/actors.yaml does not exist; a bad file stops start-up. */
export function curatedActors(): Actor[] {
  if (actorsCache) return actorsCache;
  actorsCache = existsSync(knowledgeFile('actors.yaml')) ? loadActors() : [];
  return actorsCache;
}

const cache = new Map<string, PhraseTable<GazEntry>>();

/** Replaces the curated actors (tests and tools that bring their own list); clears the gazetteers built so far. */
export function useActors(actors: Actor[]): void {
  actorsCache = actors;
  cache.clear();
}

/**
 * Loads and validates what the gazetteers are built from (actors, country aliases, places): a bad file stops
 * start-up. Each language's gazetteer is built on first use.
 */
export function checkGazetteerKnowledge(): void {
  curatedActors();
  loadCountryAliases();
  loadPlaces();
}

/** The gazetteer of a language: actors first, then countries, then places (earlier wins a tie). */
export function gazetteer(lang: string): PhraseTable<GazEntry> {
  const hit = cache.get(lang);
  if (hit) return hit;
  const table = new PhraseTable<GazEntry>();
  for (const actor of curatedActors())
    for (const form of surfaceForms(actor)) table.add(form, actorEntry(actor, form));
  addCountries(table, lang);
  addPlaces(table, lang);
  cache.set(lang, table);
  return table;
}
