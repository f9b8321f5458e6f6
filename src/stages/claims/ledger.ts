// Pure helpers for the claim ledger: which side a stance is on, how contested a claim is, signature parts.
import type { Claim, ClaimStance, StanceKind } from '../../core/article.js';
import { foldFast } from './fold.js';
import { loadPredicateClasses, type PredicateClass } from './lexicon.js';

export type Side = 'for' | 'against';

export const FOR_STANCES: readonly StanceKind[] = ['asserts', 'accuses', 'confirms'];
export const AGAINST_STANCES: readonly StanceKind[] = ['denies', 'doubts', 'cannot-confirm'];

export function sideOf(stance: StanceKind): Side {
  return FOR_STANCES.includes(stance) ? 'for' : 'against';
}

/** Holders are the same when they link to the same entity, else when their folded names agree. */
export function holderKey(stance: Pick<ClaimStance, 'holder'>): string {
  return stance.holder.entity ?? `name:${foldFast(stance.holder.name).text.trim()}`;
}

export interface Contestedness {
  /** Distinct holders for (asserts, accuses, confirms) and against (denies, doubts, cannot-confirm). */
  for: number;
  against: number;
  /** Distinct holders on the smaller side: 0 when nobody disputes (or nobody backs) the claim. */
  minority: number;
  /** Distinct holders on either side. */
  total: number;
  /** Orders claims: by `minority`, ties broken by `total` (the fractional part grows with `total`). */
  score: number;
}

/** How contested a claim is, from the stances of one article or of a whole corpus. */
export function contestedness(stances: readonly Pick<ClaimStance, 'holder' | 'stance'>[]): Contestedness {
  const pro = new Set<string>();
  const con = new Set<string>();
  for (const s of stances) (sideOf(s.stance) === 'for' ? pro : con).add(holderKey(s));
  const total = new Set([...pro, ...con]).size;
  const minority = Math.min(pro.size, con.size);
  return { for: pro.size, against: con.size, minority, total, score: minority + total / (total + 1) };
}

/** Most contested first; equal scores keep their order. */
export function byContestedness<T extends Pick<Claim, 'stances'>>(claims: readonly T[]): T[] {
  const scored = claims.map((claim, i) => ({ claim, i, score: contestedness(claim.stances).score }));
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.claim);
}

export interface SignatureParts {
  agent: string | null;
  predicate: string;
  object: string | null;
}

/** Splits "country:KP|SUPPLY_WEAPONS|country:RU"; null for a claim without a signature. */
export function parseSignature(signature: string | null): SignatureParts | null {
  if (!signature) return null;
  const [agent, predicate, object] = signature.split('|');
  if (!predicate) return null;
  return { agent: agent || null, predicate, object: object || null };
}

let classes: Map<string, PredicateClass> | null = null;

/** The predicate family of a signature (SUPPLY_WEAPONS and SEND_TROOPS are both MILITARY_SUPPORT), or null. */
export function familyOf(signature: string | null): string | null {
  const parts = parseSignature(signature);
  if (!parts) return null;
  classes ??= loadPredicateClasses();
  return classes.get(parts.predicate)?.family ?? null;
}
