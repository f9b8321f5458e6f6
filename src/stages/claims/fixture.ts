// Test helper: builds an article with hand-made layers (sentences, entities with mentions, quotes) for claims tests.
import type { Article, Entity, EntityType, Mention, Quote } from '../../core/article.js';
import { articleId } from '../../core/ids.js';
import type { Span } from '../../core/span.js';

export interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  /** Surface forms to find in the text (case-sensitive, whole words). */
  forms: string[];
  demonyms?: string[];
  country?: string;
  refersTo?: string;
  actor?: string;
}

export interface QuoteSpec {
  /** The quoted or reported content, found in the text. */
  content: string;
  cue?: string;
  speaker: string | null;
  /** Id of the speaker's entity. */
  entity?: string;
  kind?: Quote['kind'];
}

export interface FixtureOptions {
  lang: string;
  entities?: EntitySpec[];
  quotes?: QuoteSpec[];
  /** When true, the first line is the title. */
  title?: boolean;
  outlet?: string;
  /** Whose content the article is (a credited source), when not the outlet's own. */
  origin?: string;
}

function occurrences(text: string, form: string): Span[] {
  const out: Span[] = [];
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    out.push({ start: m.index, end: m.index + form.length });
  }
  return out;
}

function mention(text: string, span: Span, form: Mention['form']): Mention {
  return { ...span, text: text.slice(span.start, span.end), form, rule: 'fixture' };
}

function entity(text: string, spec: EntitySpec): Entity {
  const mentions = [
    ...spec.forms.flatMap((f) => occurrences(text, f).map((s) => mention(text, s, 'name'))),
    ...(spec.demonyms ?? []).flatMap((f) => occurrences(text, f).map((s) => mention(text, s, 'demonym'))),
  ].sort((a, b) => a.start - b.start);
  return {
    id: spec.id,
    name: spec.name,
    type: spec.type,
    roles: [],
    mentions,
    refersTo: spec.refersTo ?? null,
    actor: spec.actor ?? null,
    country: spec.country ?? null,
    rule: 'fixture',
  };
}

/** Sentences: split after . ! ? (and a closing quote) before a capital or an opening quote; one paragraph a line. */
function sentences(text: string, from: number): Array<Span & { paragraph: number }> {
  const out: Array<Span & { paragraph: number }> = [];
  let paragraph = 0;
  for (const line of text.slice(from).matchAll(/[^\n]+/g)) {
    const base = from + line.index;
    let start = 0;
    for (const m of line[0].matchAll(/[.!?]["»”]?(?=\s+[«"“\p{Lu}])/gu)) {
      out.push({ start: base + start, end: base + m.index + m[0].length, paragraph });
      start = m.index + m[0].length + 1;
      while (line[0][start] === ' ') start++;
    }
    if (start < line[0].length) out.push({ start: base + start, end: base + line[0].length, paragraph });
    paragraph++;
  }
  return out;
}

function quote(text: string, spec: QuoteSpec, entities: Entity[]): Quote {
  const at = text.indexOf(spec.content);
  if (at < 0) throw new Error(`quote content not in text: ${spec.content}`);
  const cueAt = spec.cue ? text.indexOf(spec.cue) : -1;
  const speakerAt = spec.speaker ? text.indexOf(spec.speaker) : -1;
  const ent = entities.find((e) => e.id === spec.entity);
  return {
    start: at,
    end: at + spec.content.length,
    kind: spec.kind ?? 'indirect',
    cue: spec.cue && cueAt >= 0 ? { start: cueAt, end: cueAt + spec.cue.length, text: spec.cue } : null,
    speaker: spec.speaker
      ? {
          name: ent?.name ?? spec.speaker,
          entity: spec.entity ?? null,
          start: Math.max(speakerAt, 0),
          end: Math.max(speakerAt, 0) + (speakerAt >= 0 ? spec.speaker.length : 0),
        }
      : null,
    rule: 'fixture',
  };
}

export function makeArticle(text: string, opts: FixtureOptions): Article {
  const titleEnd = opts.title ? text.indexOf('\n') : -1;
  const bodyFrom = titleEnd >= 0 ? titleEnd + 1 : 0;
  const entities = (opts.entities ?? []).map((s) => entity(text, s));
  const sents = sentences(text, bodyFrom);
  return {
    id: articleId(text),
    input: 'fixture',
    text,
    source: {
      format: 'text',
      encoding: null,
      url: null,
      declared: { published: null, outlet: null },
      page: null,
      group: null,
      blocks: null,
    },
    layers: {
      body: [{ start: bodyFrom, end: text.length }],
      language: { code: opts.lang, confidence: 1, paragraphs: [] },
      title:
        titleEnd > 0
          ? { start: 0, end: titleEnd, text: text.slice(0, titleEnd), source: 'text', rule: 'fixture' }
          : null,
      sentences: sents,
      tokens: [],
      entities,
      quotes: (opts.quotes ?? []).map((q) => quote(text, q, entities)),
      outlet: opts.outlet ? { name: opts.outlet, domain: null, rule: 'fixture' } : null,
      origin: opts.origin ? { name: opts.origin, domain: null, rule: 'fixture' } : null,
    },
    trace: [],
  };
}

/** A small world of actors for the claims tests (names in several languages; our own test data). */
export const WORLD: EntitySpec[] = [
  {
    id: 'ru',
    name: 'Russie',
    type: 'location',
    country: 'RU',
    forms: ['Russie', 'Russia', 'Moscow', 'Moscou', 'Russland', 'Rusia', 'Russia', 'России', 'Россия'],
    demonyms: ['russe', 'russes', 'Russian'],
  },
  {
    id: 'ir',
    name: 'Iran',
    type: 'location',
    country: 'IR',
    forms: ['Iran', 'Téhéran', 'Tehran', 'Irán', 'Иран'],
    demonyms: ['iranien', 'iraniens', 'iraniennes', 'Iranian'],
  },
  {
    id: 'ua',
    name: 'Ukraine',
    type: 'location',
    country: 'UA',
    forms: ['Ukraine', "l'Ukraine", 'Kyiv', 'Kiev', 'Ucrania', 'Украины'],
    demonyms: ['ukrainien', 'ukrainiens', 'Ukrainian'],
  },
  { id: 'eu', name: 'Union européenne', type: 'organization', actor: 'european-union', forms: ['UE', 'EU'] },
  { id: 'rezaei', name: 'Ali Rezaei', type: 'person', forms: ['Ali Rezaei', 'Rezaei', 'Али Резаи'] },
  {
    id: 'kremlin',
    name: 'Kremlin',
    type: 'organization',
    refersTo: 'country:RU',
    forms: ['Kremlin', 'Kreml', 'Cremlino', 'Кремль'],
  },
];
