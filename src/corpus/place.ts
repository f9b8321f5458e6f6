// Places a newly linked article in a story: it joins the story whose profile explains it best (not any story one of
// its neighbours belongs to), other stories it meets merge in only when their profiles match, and spans stay bounded.
import type { CorpusDoc, CorpusStore, StoryProfile } from '../core/corpus-store.js';
import {
  idfWeigh,
  JOIN_FIT,
  MERGE_FIT,
  mergeProfiles,
  profileFit,
  singleProfile,
  storyFit,
  withinSpan,
  type Weigh,
} from './story-profile.js';

/** Stories are merged only while the result stays this small: relabelling a story costs its size. */
export const MAX_MERGED_STORY = 500;

interface Candidate {
  profile: StoryProfile;
  fit: number;
}

async function weigherFor(
  store: CorpusStore,
  doc: CorpusDoc,
  profiles: Iterable<StoryProfile>,
): Promise<Weigh> {
  const keys = new Set(doc.storyKeys);
  for (const p of profiles) for (const k of p.keys) keys.add(k.key);
  const { docs, df } = await store.keyFrequencies([...keys]);
  return idfWeigh(docs, df);
}

/**
 * Stories the article may join, best first: within the span bound, and either holding an article it copies (or is
 * copied by: a copy is the same story) or explaining enough of its keys.
 */
function candidates(
  doc: CorpusDoc,
  profiles: ReadonlyMap<string, StoryProfile>,
  copied: ReadonlySet<string>,
  weigh: Weigh,
): Candidate[] {
  const out: Candidate[] = [];
  for (const p of profiles.values()) {
    if (!withinSpan(p, doc.storyDay, doc.storyDay)) continue;
    const fit = copied.has(p.id) ? Infinity : storyFit(doc.storyKeys, p, weigh);
    if (fit >= JOIN_FIT) out.push({ profile: p, fit });
  }
  return out.sort(
    (a, b) => b.fit - a.fit || b.profile.size - a.profile.size || (a.profile.id < b.profile.id ? -1 : 1),
  );
}

/** The best story, then each other candidate whose profile matches the growing story within the bounds. */
function mergeSet(best: StoryProfile, rest: readonly Candidate[], weigh: Weigh): StoryProfile[] {
  const chosen = [best];
  let whole = best;
  for (const { profile } of rest) {
    if (whole.size + profile.size > MAX_MERGED_STORY) continue;
    if (!withinSpan(whole, profile.firstDay, profile.lastDay)) continue;
    if (profileFit(whole, profile, weigh) < MERGE_FIT) continue;
    chosen.push(profile);
    whole = mergeProfiles(whole.id, whole, profile);
  }
  return chosen;
}

/**
 * Story id = smallest member id, so the labels do not depend on arrival order. `storyLinked` are the articles the
 * pair test calls the same story; `copyLinked` those it copies or is copied by.
 */
export async function placeInStory(
  store: CorpusStore,
  doc: CorpusDoc,
  storyLinked: readonly string[],
  copyLinked: readonly string[],
): Promise<void> {
  const storyOf = await store.storiesOf([...storyLinked, ...copyLinked]);
  const profiles = await store.storyProfiles([...new Set(storyOf.values())].sort());
  const copied = new Set(copyLinked.map((id) => storyOf.get(id)).filter((s): s is string => s !== undefined));
  const weigh = await weigherFor(store, doc, profiles.values());
  const ranked = candidates(doc, profiles, copied, weigh);
  const own = singleProfile(doc.id, doc.storyKeys, doc.storyDay);
  if (ranked.length === 0) {
    await store.joinStory(doc.id, doc.id, []);
    await store.putStoryProfile(own, []);
    return;
  }
  const chosen = mergeSet(ranked[0].profile, ranked.slice(1), weigh);
  const ids = chosen.map((p) => p.id);
  const id = [doc.id, ...ids].sort()[0];
  const merged = chosen.reduce((acc, p) => mergeProfiles(id, acc, p), { ...own, id });
  await store.joinStory(doc.id, id, ids);
  await store.putStoryProfile(merged, ids);
}
