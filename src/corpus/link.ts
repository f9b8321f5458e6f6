// The corpus stage: links newly stored articles to the corpus (copies, translations, stories, entities, claim
// families) through the CorpusStore port, reading only LSH buckets and windowed key postings, never all articles.
import type { ArticleRecord } from '../core/contract.js';
import type { CorpusDocText, CorpusStore } from '../core/corpus-store.js';
import type { Store } from '../core/store.js';
import { compareSameLanguage, compareTranslation, type Side } from './compare.js';
import { entityOccurrences } from './entities.js';
import { contentShingles, docFeatures, type DocFeatures } from './features.js';
import { familyOf } from './knowledge.js';
import { placeInStory } from './place.js';
import { POSTINGS_PER_KEY, sameStory, STORY_WINDOW_DAYS } from './stories.js';
import { paragraphsOf } from './text.js';

/** LSH candidates verified per new article, most shared bands first. */
export const LSH_CANDIDATES = 50;
/** Numbers a cross-language candidate must share before its fingerprint is aligned. */
const TRANSLATION_PREFILTER_NUMBERS = 1;

export interface LinkStats {
  articles: number;
  copies: number;
  translations: number;
  storyLinks: number;
  candidates: number;
}

export function emptyStats(): LinkStats {
  return { articles: 0, copies: 0, translations: 0, storyLinks: 0, candidates: 0 };
}

/** Links each record not yet in the corpus, in one unit of work; records already linked are skipped. */
export async function linkRecords(
  store: CorpusStore,
  records: readonly ArticleRecord[],
  stats: LinkStats = emptyStats(),
): Promise<LinkStats> {
  await store.unit(async () => {
    for (const record of records) if (!(await store.hasDoc(record.id))) await linkOne(store, record, stats);
  });
  return stats;
}

/** Links stored articles the corpus does not hold yet (a run that stopped between storing and linking), in chunks. */
export async function linkUnlinked(
  store: Pick<Store, 'get'>,
  corpus: CorpusStore,
  stats: LinkStats = emptyStats(),
  chunk = 200,
): Promise<LinkStats> {
  for (;;) {
    const ids = await corpus.unlinked(chunk);
    if (ids.length === 0) return stats;
    const records = (await Promise.all(ids.map((id) => store.get(id)))).filter(
      (r): r is ArticleRecord => r !== null,
    );
    const before = stats.articles;
    await linkRecords(corpus, records, stats);
    if (stats.articles === before) return stats;
  }
}

/** Stored articles' compared forms, most recently used last: a story's or a copy cluster's members come back often. */
const SIDE_CACHE = 256;
const sides = new Map<string, { text: string; paragraphs: Side['paragraphs']; shingles: Side['shingles'] }>();

function sideOf(d: CorpusDocText): Side {
  let hit = sides.get(d.id);
  if (hit && hit.text === d.text) {
    sides.delete(d.id);
  } else {
    const paragraphs = paragraphsOf(d.text, d.paragraphs);
    hit = { text: d.text, paragraphs, shingles: contentShingles(paragraphs) };
    if (sides.size >= SIDE_CACHE) sides.delete(sides.keys().next().value as string);
  }
  sides.set(d.id, hit);
  return { doc: d, text: d.text, paragraphs: hit.paragraphs, shingles: hit.shingles };
}

const crossLanguage = (a: { language: string | null }, b: { language: string | null }): boolean =>
  a.language !== null && b.language !== null && a.language !== b.language;

function sharedNumbers(a: readonly string[], b: readonly string[]): number {
  const numbers = (fp: readonly string[]): string[] =>
    fp.flatMap((p) => p.split(' ')).filter((t) => t.startsWith('#'));
  const inB = new Set(numbers(b));
  return new Set(numbers(a).filter((t) => inB.has(t))).size;
}

async function linkOne(store: CorpusStore, record: ArticleRecord, stats: LinkStats): Promise<void> {
  const f = docFeatures(record);
  const me: Side = { doc: f.doc, text: record.text, paragraphs: f.paragraphs, shingles: f.shingles };
  await store.putDoc(f.doc);
  const copies = await linkCopies(store, me, f, stats);
  const near = await linkStories(store, me, stats);
  await placeInStory(store, f.doc, near.stories, [...copies, ...near.translations]);
  await store.addLshKeys(record.id, f.bands);
  await store.addStoryKeys(record.id, f.doc.storyKeys, f.doc.storyDay);
  await store.putClaimFamilies(
    record.id,
    record.claims.map((c) => ({ claimId: c.id, family: familyOf(c.signature) })),
  );
  await store.resolveEntities(entityOccurrences(record, f.doc.language, f.doc.day));
  stats.articles++;
}

/** Same-language copies among the LSH candidates; returns the ids copied from or by. */
async function linkCopies(store: CorpusStore, me: Side, f: DocFeatures, stats: LinkStats): Promise<string[]> {
  const candidates = (await store.lshCandidates(f.bands, LSH_CANDIDATES)).filter((c) => c.id !== me.doc.id);
  stats.candidates += candidates.length;
  const linked: string[] = [];
  for (const d of await store.getDocs(candidates.map((c) => c.id))) {
    if (crossLanguage(me.doc, d)) continue;
    const edge = compareSameLanguage(me, sideOf(d));
    if (edge === null) continue;
    await store.putCopy(edge);
    stats.copies++;
    linked.push(d.id);
  }
  return linked;
}

/** Story neighbours from the windowed key index, and translations among those in another language. */
async function linkStories(
  store: CorpusStore,
  me: Side,
  stats: LinkStats,
): Promise<{ stories: string[]; translations: string[] }> {
  const ids = await store.storyCandidates(
    me.doc.storyKeys,
    me.doc.storyDay,
    STORY_WINDOW_DAYS,
    POSTINGS_PER_KEY,
  );
  const docs = await store.storyDocs(ids.filter((id) => id !== me.doc.id));
  stats.candidates += docs.length;
  const stories = docs.filter((d) => sameStory(me.doc, d)).map((d) => d.id);
  stats.storyLinks += stories.length;
  const translations: string[] = [];
  const foreign = docs.filter(
    (d) =>
      crossLanguage(me.doc, d) &&
      sharedNumbers(me.doc.fingerprint, d.fingerprint) >= TRANSLATION_PREFILTER_NUMBERS,
  );
  for (const d of await store.getDocs(foreign.map((x) => x.id))) {
    const edge = compareTranslation(me, sideOf(d));
    if (edge === null) continue;
    await store.putCopy(edge);
    stats.translations++;
    translations.push(d.id);
  }
  return { stories, translations };
}
