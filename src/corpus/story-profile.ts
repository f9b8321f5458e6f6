// Story profiles (our own, no library fits): a capped key-count summary per story, IDF key weights, and how close an
// article or another story is to a story as a whole, so single links through generic names cannot chain stories.
import type { StoryProfile } from '../core/corpus-store.js';
import { keyWeight } from './stories.js';

/** Keys kept per story profile: bounds the work per article whatever the story's size. */
export const PROFILE_KEYS = 48;
/** A story spans at most this many days from its first to its last dated member. */
export const MAX_STORY_SPAN_DAYS = 10;
/** Share of an article's key weight the story must explain (keys weighted by how many members hold them). */
export const JOIN_FIT = 0.3;
/** Two stories met by one article merge only when each is this close to the other. */
export const MERGE_FIT = 0.3;
/** Below this many holders a key's frequency says nothing (small corpora keep the plain weights). */
const IDF_MIN_DF = 30;
/** A key held by at most this share of the corpus keeps its full weight. */
const IDF_FULL_SHARE = 0.01;
const IDF_FLOOR = 0.05;

export type Weigh = (key: string) => number;

/** keyWeight scaled down for keys many articles hold: a country name in every war story weighs little. */
export function idfWeigh(docs: number, df: ReadonlyMap<string, number>): Weigh {
  return (key) => {
    const n = df.get(key) ?? 0;
    if (n < IDF_MIN_DF || docs <= 0) return keyWeight(key);
    const factor = Math.log(docs / n) / Math.log(1 / IDF_FULL_SHARE);
    return keyWeight(key) * Math.min(1, Math.max(IDF_FLOOR, factor));
  };
}

export function singleProfile(id: string, keys: readonly string[], day: number | null): StoryProfile {
  const unique = [...new Set(keys)];
  return {
    id,
    size: 1,
    firstDay: day,
    lastDay: day,
    total: unique.length,
    keys: unique.map((key) => ({ key, count: 1 })),
  };
}

const minDay = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);
const maxDay = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** The profile of two stories together; keys past the cap are dropped (their occurrences stay in `total`). */
export function mergeProfiles(id: string, a: StoryProfile, b: StoryProfile): StoryProfile {
  const counts = new Map<string, number>();
  for (const { key, count } of [...a.keys, ...b.keys]) counts.set(key, (counts.get(key) ?? 0) + count);
  return {
    id,
    size: a.size + b.size,
    firstDay: minDay(a.firstDay, b.firstDay),
    lastDay: maxDay(a.lastDay, b.lastDay),
    total: a.total + b.total,
    keys: [...counts]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, PROFILE_KEYS)
      .map(([key, count]) => ({ key, count })),
  };
}

/** True when the story, with the given days added, still spans at most MAX_STORY_SPAN_DAYS. */
export function withinSpan(p: StoryProfile, first: number | null, last: number | null): boolean {
  const lo = minDay(p.firstDay, first);
  const hi = maxDay(p.lastDay, last);
  return lo === null || hi === null || hi - lo <= MAX_STORY_SPAN_DAYS;
}

/** The key weight of a typical member: profile keys by their share of members, dropped keys at weight 1. */
function memberMass(p: StoryProfile, weigh: Weigh): number {
  const kept = p.keys.reduce((n, k) => n + k.count, 0);
  const mass = p.keys.reduce((n, k) => n + weigh(k.key) * k.count, 0);
  return (mass + Math.max(0, p.total - kept)) / Math.max(1, p.size);
}

/**
 * How much of the article the story explains: shared keys weighted by their weight and by the share of members
 * holding them, over the lighter of the article and a typical member. For a one-article story this is the pair score.
 */
export function storyFit(keys: readonly string[], p: StoryProfile, weigh: Weigh): number {
  const share = new Map(p.keys.map((k) => [k.key, k.count / Math.max(1, p.size)]));
  const unique = [...new Set(keys)];
  const shared = unique.reduce((n, k) => n + weigh(k) * (share.get(k) ?? 0), 0);
  const denom = Math.min(
    unique.reduce((n, k) => n + weigh(k), 0),
    memberMass(p, weigh),
  );
  return denom <= 0 ? 0 : shared / denom;
}

/** How close two stories are, each judged by the other's profile (the weaker direction decides). */
export function profileFit(a: StoryProfile, b: StoryProfile, weigh: Weigh): number {
  const one = (x: StoryProfile, y: StoryProfile): number => {
    const share = new Map(y.keys.map((k) => [k.key, k.count / Math.max(1, y.size)]));
    const shared = x.keys.reduce(
      (n, k) => n + weigh(k.key) * (k.count / x.size) * (share.get(k.key) ?? 0),
      0,
    );
    const denom = Math.min(memberMass(x, weigh), memberMass(y, weigh));
    return denom <= 0 ? 0 : shared / denom;
  };
  return Math.min(one(a, b), one(b, a));
}
