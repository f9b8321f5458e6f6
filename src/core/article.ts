// The Article: an immutable text plus the layers that stages add, each a list of spans into that text.
import type { Span, TextSpan } from './span.js';

export type RemovedKind =
  | 'navigation'
  | 'header'
  | 'footer'
  | 'caption'
  | 'share'
  | 'source-credit'
  | 'related'
  | 'advertising'
  | 'other';

export const REMOVED_KINDS: readonly RemovedKind[] = [
  'navigation',
  'header',
  'footer',
  'caption',
  'share',
  'source-credit',
  'related',
  'advertising',
  'other',
];

/** A line of scraped text, or a block of a rendered HTML page, with the features the renderer saw. */
export interface Block extends Span {
  /** HTML element that produced the block (p, h1, li, figcaption, td …); absent for plain text. */
  tag?: string;
  /** Compact ancestor path with ids and classes (e.g. "body>div#main>article.post>p"), for boilerplate signals. */
  path?: string;
  /** Characters of the block that sit inside links. */
  linkChars?: number;
  /** Candidate main content from the page's structure (e.g. inside <article> or Readability's pick). */
  inMain?: boolean;
}

export interface RemovedSpan extends Span {
  kind: RemovedKind;
  rule: string;
}

export interface LanguageLayer {
  /** ISO 639-1 of the body, or null when it cannot be told. */
  code: string | null;
  confidence: number;
  paragraphs: Array<Span & { code: string | null }>;
}

export interface TitleLayer extends TextSpan {
  source: 'text' | 'metadata';
  rule: string;
}

export type Affiliation = 'state' | 'state-affiliated' | 'independent' | 'unknown';

export interface OutletRef {
  name: string;
  domain: string | null;
  /** The knowledge row (src/knowledge/outlets.yaml) it matched, when it matched one. */
  outletId?: string | null;
  country?: string | null;
  affiliation?: Affiliation;
  evidence?: TextSpan | null;
  rule: string;
}

export interface PublishedLayer {
  /** ISO date, as precise as known: YYYY, YYYY-MM, YYYY-MM-DD or a full timestamp. */
  value: string;
  source: 'input' | 'metadata' | 'dateline' | 'inferred';
  evidence?: TextSpan | null;
  rule: string;
}

export interface DateMention extends TextSpan {
  /** ISO value as precise as known, or null when the mention cannot be placed in time. */
  value: string | null;
  rule: string;
}

export interface Sentence extends Span {
  /** Index of the body paragraph that holds it. */
  paragraph: number;
}

export interface Token extends Span {
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

export type EntityType = 'person' | 'organization' | 'location' | 'group' | 'other';

export interface Mention extends TextSpan {
  /** How the entity is named here: full name, short form, alias, metonym, pronoun, nominal anaphora, demonym. */
  form: 'name' | 'short' | 'alias' | 'metonym' | 'pronoun' | 'nominal' | 'demonym' | 'role';
  rule: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  roles: string[];
  mentions: Mention[];
  /** For metonyms (Kremlin, Pyongyang): the id of the entity or `country:XX` it stands for. */
  refersTo?: string | null;
  /** The curated actor (src/knowledge/actors.yaml) or `country:XX` it was linked to, if any. */
  actor?: string | null;
  country?: string | null;
  rule: string;
}

export interface QuoteSpeaker {
  name: string;
  entity: string | null;
  start: number;
  end: number;
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect' | 'mixed';
  cue: (TextSpan & { rule?: string }) | null;
  speaker: QuoteSpeaker | null;
  rule: string;
}

export type StanceKind = 'asserts' | 'accuses' | 'confirms' | 'denies' | 'doubts' | 'cannot-confirm';

export const STANCE_KINDS: readonly StanceKind[] = [
  'asserts',
  'accuses',
  'confirms',
  'denies',
  'doubts',
  'cannot-confirm',
];

export interface StanceHolder {
  name: string;
  entity: string | null;
  start?: number;
  end?: number;
}

export interface ClaimStance {
  holder: StanceHolder;
  stance: StanceKind;
  span: Span;
  rule: string;
}

export interface Claim {
  id: string;
  summary: string;
  span: Span;
  /** Language-independent key: actors + predicate class + object, e.g. "country:KP|SUPPLY_WEAPONS|country:RU". */
  signature: string | null;
  stances: ClaimStance[];
  rule: string;
}

export interface Technique extends Span {
  label: string;
  rule: string;
}

/** Every layer a stage can provide. A stage returns some of these; it never edits another stage's layer. */
export interface Layers {
  blocks: Block[];
  body: Span[];
  removed: RemovedSpan[];
  language: LanguageLayer;
  title: TitleLayer | null;
  outlet: OutletRef | null;
  origin: OutletRef | null;
  published: PublishedLayer | null;
  dates: DateMention[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  techniques: Technique[];
}

export type LayerName = keyof Layers;

/** Metadata read from an HTML page (og:, article:, JSON-LD, <html lang>, canonical). */
export interface PageMeta {
  siteName: string | null;
  title: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  canonical: string | null;
  author: string | null;
  description: string | null;
}

/** What the reader knew about the input before any stage ran. */
export interface ArticleSource {
  format: 'text' | 'html';
  /** Encoding the bytes were decoded from (utf-8, windows-1252, utf-16le …); null when given as a string. */
  encoding: string | null;
  url: string | null;
  /** Values declared by the input record itself (JSONL fields), trusted over inference. */
  declared: { published: string | null; outlet: string | null };
  page: PageMeta | null;
  /** Name of the group the input came from (its folder), used to learn boilerplate templates. */
  group: string | null;
  /** For HTML: the blocks the renderer produced (the `blocks` stage turns them into the `blocks` layer). */
  blocks: Block[] | null;
}

export interface Article {
  readonly id: string;
  readonly input: string;
  readonly text: string;
  readonly source: ArticleSource;
  readonly layers: Readonly<Partial<Layers>>;
  /** `stage@version` of every stage that ran, in order. */
  readonly trace: readonly string[];
}
