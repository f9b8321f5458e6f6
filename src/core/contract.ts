// The public output shape (../shared/CONTRACT.md): one JSON object per article, built from its layers.
import type { Article, Claim, DateMention, Entity, Quote, RemovedKind, Technique } from './article.js';
import type { ErrorInfo } from './errors.js';
import { articleId } from './ids.js';
import type { Span, TextSpan } from './span.js';

export interface ContractOutlet {
  name: string;
  domain: string | null;
}

export interface ContractOrigin extends ContractOutlet {
  country: string | null;
  affiliation: 'state' | 'state-affiliated' | 'independent' | 'unknown';
  evidence: TextSpan | null;
}

export interface ArticleRecord {
  input: string;
  id: string;
  error: null;
  text: string;
  language: string | null;
  title: TextSpan | null;
  outlet: ContractOutlet | null;
  origin: ContractOrigin | null;
  published: string | null;
  body: Span[];
  removed: Array<Span & { kind: RemovedKind; rule?: string }>;
  dates: Array<TextSpan & { value: string | null }>;
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  techniques: Technique[];
  /** Added fields (the contract allows additions): how the article was read and analysed. */
  meta: {
    format: 'text' | 'html';
    encoding: string | null;
    url: string | null;
    publishedSource: string | null;
    stages: string[];
  };
}

/** A rejected input: the error, and every other field empty, so consumers can iterate any record alike. */
export interface ErrorRecord {
  input: string;
  id: null;
  error: ErrorInfo;
  text: null;
  language: null;
  title: null;
  outlet: null;
  origin: null;
  published: null;
  body: [];
  removed: [];
  dates: [];
  entities: [];
  quotes: [];
  claims: [];
  techniques: [];
}

export type OutputRecord = ArticleRecord | ErrorRecord;

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return record.error !== null;
}

/** The identity and layer fields of a record about which nothing is known yet. */
function emptyFields() {
  return {
    language: null,
    title: null,
    outlet: null,
    origin: null,
    published: null,
    body: [] as [],
    removed: [] as [],
    dates: [] as [],
    entities: [] as [],
    quotes: [] as [],
    claims: [] as [],
    techniques: [] as [],
  };
}

export function errorRecord(input: string, error: ErrorInfo): ErrorRecord {
  return { input, id: null, error, text: null, ...emptyFields() };
}

/** A record holding only its text (no stage has run), with optional fields set: for corpus tests and benches. */
export function bareRecord(input: string, text: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    input,
    id: articleId(text),
    error: null,
    text,
    ...emptyFields(),
    meta: { format: 'text', encoding: null, url: null, publishedSource: null, stages: [] },
    ...fields,
  };
}

export function toRecord(article: Article): ArticleRecord {
  const l = article.layers;
  return {
    input: article.input,
    id: article.id,
    error: null,
    text: article.text,
    language: l.language?.code ?? null,
    title: l.title ? { start: l.title.start, end: l.title.end, text: l.title.text } : null,
    outlet: l.outlet ? { name: l.outlet.name, domain: l.outlet.domain } : null,
    origin: l.origin ? toOrigin(l.origin) : null,
    published: l.published?.value ?? null,
    body: (l.body ?? []).map((s) => ({ start: s.start, end: s.end })),
    removed: l.removed ?? [],
    dates: (l.dates ?? []).map(toDate),
    entities: l.entities ?? [],
    quotes: l.quotes ?? [],
    claims: l.claims ?? [],
    techniques: l.techniques ?? [],
    meta: {
      format: article.source.format,
      encoding: article.source.encoding,
      url: article.source.url,
      publishedSource: l.published?.source ?? null,
      stages: [...article.trace],
    },
  };
}

function toOrigin(o: NonNullable<Article['layers']['origin']>): ContractOrigin {
  return {
    name: o.name,
    domain: o.domain,
    country: o.country ?? null,
    affiliation: o.affiliation ?? 'unknown',
    evidence: o.evidence ?? null,
  };
}

function toDate(d: DateMention): TextSpan & { value: string | null } {
  return { start: d.start, end: d.end, text: d.text, value: d.value };
}
