// Same event or not: a pair score over story keys (entities, names, numbers, claim signatures) within a time window.

/** Articles more days apart than this are different events. */
export const STORY_WINDOW_DAYS = 4;
/** Postings read per key from the inverted index (nearest in time first): bounds the work per new article. */
export const POSTINGS_PER_KEY = 40;
/** Shared weight over the smaller article's weight needed to call two articles one story. */
export const STORY_SCORE = 0.4;
/** When either article is undated, a higher bar. */
export const UNDATED_STORY_SCORE = 0.55;
export const MIN_SHARED_KEYS = 3;
/** …or, for long key lists diluted by generic names, this much shared weight (an event-specific name and two actors). */
export const STORY_SHARED_WEIGHT = 6;
export const DILUTED_STORY_SCORE = 0.25;

/** Claim signatures and entities say most; countries and capitals (g:) little: every story about a war names them. */
export function keyWeight(key: string): number {
  // A signature missing its agent or object ("c:|SANCTION|country:UA") says less than a full one.
  if (key.startsWith('c:')) return /^c:\||\|$/.test(key) ? 1 : 3;
  if (key.startsWith('e:country:') || key.startsWith('g:')) return 0.25;
  // An entity outside the curated actors (a ship, a village, a local official) names one event; a curated actor
  // (a spokeswoman, a ministry) speaks in many stories.
  if (/^e:(person|organization|location|group|other):/.test(key)) return 3;
  if (key.startsWith('e:')) return 1.5;
  return 1;
}

export interface StorySide {
  storyDay: number | null;
  storyKeys: readonly string[];
}

export interface StoryScore {
  score: number;
  weight: number;
  shared: string[];
}

export function storyScore(a: StorySide, b: StorySide): StoryScore {
  const inB = new Set(b.storyKeys);
  const shared = a.storyKeys.filter((k) => inB.has(k));
  const total = (keys: readonly string[]): number => keys.reduce((n, k) => n + keyWeight(k), 0);
  const denom = Math.min(total(a.storyKeys), total(b.storyKeys));
  return {
    score: denom === 0 ? 0 : total(shared) / denom,
    weight: total(shared),
    shared: [...shared].sort(),
  };
}

/** The pair decision: symmetric and independent of any other article, so stories do not depend on arrival order. */
export function sameStory(a: StorySide, b: StorySide): boolean {
  if (a.storyDay !== null && b.storyDay !== null && Math.abs(a.storyDay - b.storyDay) > STORY_WINDOW_DAYS)
    return false;
  const { score, weight, shared } = storyScore(a, b);
  if (shared.filter((k) => keyWeight(k) >= 1).length < MIN_SHARED_KEYS) return false;
  if (a.storyDay === null || b.storyDay === null) {
    // Without dates, claim signatures prove nothing: a narrative repeats them in stories years apart.
    const event = (s: StorySide): StorySide => ({
      storyDay: s.storyDay,
      storyKeys: s.storyKeys.filter((k) => !k.startsWith('c:')),
    });
    const undated = storyScore(event(a), event(b));
    return (
      undated.shared.filter((k) => keyWeight(k) >= 1).length >= MIN_SHARED_KEYS &&
      undated.score >= UNDATED_STORY_SCORE
    );
  }
  return score >= STORY_SCORE || (weight >= STORY_SHARED_WEIGHT && score >= DILUTED_STORY_SCORE);
}
