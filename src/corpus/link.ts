// The corpus stage: links newly stored articles to the corpus (copies, translations, stories, entities, claim
// families) through the CorpusStore port, reading only LSH buckets and windowed key postings, never all articles.
import type { ArticleRecord } from '../core/contract.js';
import type { CorpusDocText, CorpusStore } from '../core/corpus-store.js';
import { compareSameLanguage, compareTranslation, type Side } from './compare.js';
import { entityOccurrences } from './entities.js';
import { contentShingles, docFeatures, type DocFeatures } from './features.js';
import { familyOf } from './knowledge.js';
import { POSTINGS_PER_KEY, sameStory, STORY_WINDOW_DAYS } from './stories.js';
import { paragraphsOf } from './text.js';

/** LSH candidates verified per new article, most shared bands first. */
export const LSH_CANDIDATES = 50;
/** Stories are merged only while the result stays this small (see placeInStory). */
export const MAX_MERGED_STORY = 500;
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

function sideOf(d: CorpusDocText): Side {
  const paragraphs = paragraphsOf(d.text, d.paragraphs);
  return { doc: d, text: d.text, paragraphs, shingles: contentShingles(paragraphs) };
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
  const linked = new Set<string>([
    ...(await linkCopies(store, me, f, stats)),
    ...(await linkStories(store, me, stats)),
  ]);
  await placeInStory(store, record.id, [...linked]);
  await store.addLshKeys(record.id, f.bands);
  await store.addStoryKeys(record.id, f.doc.storyKeys, f.doc.storyDay);
  await store.putClaimFamilies(
    record.id,
    record.claims.map((c) => ({ claimId: c.id, family: familyOf(c.signature) })),
  );
  await store.resolveEntities(entityOccurrences(record, f.doc.language, f.doc.day));
  stats.articles++;
}

/**
 * Joins the stories of the linked articles (story id = smallest article id of the story, so the result does not
 * depend on arrival order). A merge that would pass MAX_MERGED_STORY articles joins only the story most linked to:
 * single links chain unrelated articles through generic names, and relabelling a huge story costs its size.
 */
async function placeInStory(store: CorpusStore, id: string, linked: readonly string[]): Promise<void> {
  const stories = await store.storiesOf(linked);
  const ids = [...new Set(stories.values())].sort();
  const sizes = await store.storySizes(ids, MAX_MERGED_STORY + 1);
  const total = [...sizes.values()].reduce((n, s) => n + s, 0);
  if (ids.length > 1 && total > MAX_MERGED_STORY) {
    const links = (s: string): number => [...stories.values()].filter((x) => x === s).length;
    const best = [...ids].sort((a, b) => links(b) - links(a) || (a < b ? -1 : 1))[0];
    await store.joinStory(id, best, []);
    return;
  }
  await store.joinStory(id, [id, ...ids].sort()[0], ids);
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
async function linkStories(store: CorpusStore, me: Side, stats: LinkStats): Promise<string[]> {
  const ids = await store.storyCandidates(
    me.doc.storyKeys,
    me.doc.storyDay,
    STORY_WINDOW_DAYS,
    POSTINGS_PER_KEY,
  );
  const docs = await store.storyDocs(ids.filter((id) => id !== me.doc.id));
  stats.candidates += docs.length;
  const linked = docs.filter((d) => sameStory(me.doc, d)).map((d) => d.id);
  stats.storyLinks += linked.length;
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
    linked.push(d.id);
  }
  return linked;
}
