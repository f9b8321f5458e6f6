// How a claim names an actor: a signature key that is the same across articles and languages, and an English name.
import type { Entity } from '../../core/article.js';
import { loadActors } from '../../knowledge/actors.js';
import { claimActors } from '../../knowledge/claim-actors.js';
import { countryData } from '../../knowledge/countries.js';
import { foldFast } from './fold.js';

export interface ActorRef {
  key: string;
  name: string;
  entity: string | null;
}

/** Curated actors' English names by id (made on first use). */
let actorNames: Map<string, string> | null = null;

function fold(s: string): string {
  return foldFast(s).text.trim();
}

/**
 * The signature key of an entity: its country for places, metonyms and state organs ("le régime de Kiev" is Ukraine,
 * see claim-actors.yaml), its curated actor, else its folded name.
 */
export function actorKey(e: Entity): string {
  if (e.refersTo?.startsWith('country:')) return e.refersTo;
  if (e.actor?.startsWith('country:')) return e.actor;
  if (e.type === 'location' && e.country) return `country:${e.country}`;
  const { stateOf } = claimActors();
  const state = (e.refersTo && stateOf.get(e.refersTo)) || (e.actor && stateOf.get(e.actor));
  if (state) return `country:${state}`;
  if (e.actor) return e.actor;
  return `name:${fold(e.name)}`;
}

/** The entity's name in English: the country's or curated actor's English name, else its own name. */
export function englishName(e: Entity): string {
  const key = actorKey(e);
  const country = /^country:([A-Z]{2})$/.exec(key);
  if (country) return countryData().getName(country[1], 'en', { select: 'alias' }) ?? e.name;
  if (e.actor) {
    actorNames ??= new Map(loadActors().map((a) => [a.id, a.name]));
    return actorNames.get(e.actor) ?? e.name;
  }
  return e.name;
}

export function actorRef(e: Entity): ActorRef {
  return { key: actorKey(e), name: englishName(e), entity: e.id };
}
