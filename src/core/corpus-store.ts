// The CorpusStore port: what the corpus stages (copies, stories, entities, claim families) need from persistence.
import type { EntityType, StanceKind } from './article.js';

export type CopyKind = 'verbatim' | 'edited' | 'partial' | 'translation';
export type CopyDirection = 'known' | 'inferred' | 'unknown';

/** What the corpus stages keep per article: small, derived from its record, enough to compare it with others. */
export interface CorpusDoc {
  id: string;
  input: string;
  language: string | null;
  published: string | null;
  /** Days since 1970-01-01 of `published`, or null when undated. */
  day: number | null;
  /** The day stories are windowed on: `day`, else the latest full date the article mentions. */
  storyDay: number | null;
  title: string | null;
  outlet: string | null;
  outletDomain: string | null;
  /** The source the article credits (its origin), and the words that credit it. */
  origin: string | null;
  originDomain: string | null;
  originEvidence: string | null;
  /** The compared paragraphs as spans into the article's text; `aside` marks a caption kept to see insertions. */
  paragraphs: Array<{ start: number; end: number; aside?: boolean }>;
  /** Short lines outside the compared text (credit lines, headers, footers): where a copy names its source. */
  creditLines: string[];
  /** Distinct word shingles of the compared text (for containment from a Jaccard estimate). */
  shingles: number;
  /** Keys of the story inverted index (entities, names, numbers, claim signatures), most telling first. */
  storyKeys: string[];
  /** Language-independent tokens in text order (numbers, names, dates, actors), for translation pairs. */
  fingerprint: string[];
}

/**
 * What the store keeps of a story as a whole (bounded whatever its size): member count, time span, and its keys with
 * the number of members holding each (the most held first, capped), so an article is compared with the story, not
 * with whichever single member it happens to resemble.
 */
export interface StoryProfile {
  id: string;
  size: number;
  firstDay: number | null;
  lastDay: number | null;
  /** Key occurrences over all members, including those of keys since dropped from `keys` by the cap. */
  total: number;
  keys: Array<{ key: string; count: number }>;
}

export type StoryDoc = Pick<CorpusDoc, 'id' | 'language' | 'storyDay' | 'storyKeys' | 'fingerprint'>;

/** A doc with the text its paragraph spans point into. */
export interface CorpusDocText extends CorpusDoc {
  text: string;
}

export interface CopyEdge {
  source: string;
  copy: string;
  kind: CopyKind;
  similarity: number;
  direction: CopyDirection;
  evidence: string;
  /** False when the copy names nobody it took the text from. */
  credited: boolean;
  /** Days from the source's publication to the copy's, when both are dated. */
  delayDays: number | null;
  /** Paragraph alignment counts (source paragraphs copied as is, rewritten, dropped; copy paragraphs added). */
  alignment: { same: number; rewritten: number; removed: number; added: number; reordered: boolean };
}

/** A copy edge with the names the two articles were ingested under, for output. */
export interface CopyEdgeView extends CopyEdge {
  sourceInput: string;
  copyInput: string;
  sourceOutlet: string | null;
  copyOutlet: string | null;
}

export interface LaunderingEdge {
  outlet: string;
  origin: string;
  copies: number;
  uncredited: number;
  medianDelayDays: number | null;
  examples: Array<{ source: string; copy: string }>;
}

export interface StoryClaim {
  signature: string;
  family: string | null;
  summary: string;
  stances: Array<{ holder: string; stance: StanceKind; articles: number }>;
}

export interface StoryView {
  id: string;
  title: string | null;
  first: string | null;
  last: string | null;
  languages: string[];
  outlets: string[];
  members: Array<{
    id: string;
    input: string;
    outlet: string | null;
    published: string | null;
    language: string | null;
  }>;
  claims: StoryClaim[];
}

export interface ClaimLedgerRow extends StoryClaim {
  articles: number;
  stories: string[];
  first: string | null;
  last: string | null;
}

/** One mention-bearing entity of one article, as the resolver sees it. */
export interface EntityOccurrence {
  articleId: string;
  localId: string;
  key: string;
  /** Weaker keys that may name the same entity (a surname alone); resolved when unambiguous. */
  aliasKeys: string[];
  type: EntityType;
  name: string;
  language: string | null;
  roles: string[];
  day: number | null;
  mentions: number;
}

export interface CorpusEntityView {
  id: string;
  type: EntityType;
  names: Array<{ language: string | null; name: string; articles: number }>;
  roles: Array<{ role: string; first: string | null; last: string | null }>;
  articles: number;
  quotes: number;
  stances: number;
}

export interface CorpusStore {
  /** Runs fn as one unit of work (a transaction in SQL adapters). */
  unit<T>(fn: () => Promise<T>): Promise<T>;
  putDoc(doc: CorpusDoc): Promise<void>;
  /** Docs by id, sorted by id; `text` is '' unless asked for (story candidates need only their keys). */
  getDocs(ids: readonly string[], options?: { text?: boolean }): Promise<CorpusDocText[]>;
  /** What the story decision reads of each candidate: no text, no paragraphs. */
  storyDocs(ids: readonly string[]): Promise<StoryDoc[]>;
  hasDoc(id: string): Promise<boolean>;
  /** Articles that share at least one LSH band key, with the number shared, most shared first. */
  lshCandidates(keys: readonly number[], limit: number): Promise<Array<{ id: string; bands: number }>>;
  addLshKeys(id: string, keys: readonly number[]): Promise<void>;
  /** Articles holding any of the keys, dated within `windowDays` of `day` (any date when day is null). */
  storyCandidates(
    keys: readonly string[],
    day: number | null,
    windowDays: number,
    perKey: number,
  ): Promise<string[]>;
  addStoryKeys(id: string, keys: readonly string[], day: number | null): Promise<void>;
  putCopy(edge: CopyEdge): Promise<void>;
  copies(): Promise<CopyEdgeView[]>;
  laundering(options?: { top?: number }): Promise<LaunderingEdge[]>;
  /** Story ids of the given articles (articles not yet placed are absent). */
  storiesOf(ids: readonly string[]): Promise<Map<string, string>>;
  /** Members of each story, counted up to `cap` (so counting a huge story stays cheap). */
  storySizes(stories: readonly string[], cap: number): Promise<Map<string, number>>;
  /** Places an article in a story, merging the other stories into it. */
  joinStory(id: string, story: string, merge: readonly string[]): Promise<void>;
  stories(): Promise<StoryView[]>;
  /** Profiles of the given stories (stories without one are absent). */
  storyProfiles(stories: readonly string[]): Promise<Map<string, StoryProfile>>;
  /** Writes a story's profile and drops the profiles of the stories merged into it. */
  putStoryProfile(profile: StoryProfile, replaced: readonly string[]): Promise<void>;
  /** Corpus article count and, per key, the articles holding it (for IDF weights: generic keys weigh little). */
  keyFrequencies(keys: readonly string[]): Promise<{ docs: number; df: Map<string, number> }>;
  /** Stored articles not yet in the corpus (a run interrupted between storing and linking), oldest first. */
  unlinked(limit: number): Promise<string[]>;
  /** Claim signatures mapped to their family key, written when an article is linked. */
  putClaimFamilies(
    articleId: string,
    rows: ReadonlyArray<{ claimId: string; family: string | null }>,
  ): Promise<void>;
  claimLedger(options?: { by?: 'signature' | 'family' }): Promise<ClaimLedgerRow[]>;
  resolveEntities(occurrences: readonly EntityOccurrence[]): Promise<void>;
  entities(options?: { top?: number }): Promise<CorpusEntityView[]>;
}
