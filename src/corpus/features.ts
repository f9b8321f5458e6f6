// Turns an analysed article into what the corpus stages keep and compare: paragraphs, shingles, keys, fingerprint.
import type { ArticleRecord } from '../core/contract.js';
import type { CorpusDoc } from '../core/corpus-store.js';
import type { Span } from '../core/span.js';
import { anyStopword, placeKeys } from './knowledge.js';
import { guessLanguage } from './language.js';
import { bandKeys, shingleHashes, signature } from './minhash.js';
import { keyWeight } from './stories.js';
import {
  comparedParagraphs,
  dayOf,
  fold,
  nameKey,
  outsideLines,
  paragraphsOf,
  SUBSTANTIAL_WORDS,
  type Paragraph,
} from './text.js';

export { nameKey };

/** Keys of the story inverted index kept per article. */
export const STORY_KEYS = 16;
/** Paragraphs of the translation fingerprint kept per article. */
export const FINGERPRINT_PARAGRAPHS = 80;

export interface DocFeatures {
  doc: CorpusDoc;
  paragraphs: Paragraph[];
  shingles: Set<number>;
  bands: number[];
}

/** A number as digits only, so "1 000", "1,000" and "1.000" meet; one-digit numbers and years say little. */
function numberKey(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 2 || /^(19|20)\d\d$/.test(digits)) return null;
  return digits;
}

const TOKEN = /\p{Lu}[\p{L}\p{M}'’-]*|\d{1,3}(?:[\u00a0\u202f\u2009 .,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/gu;

/** Capitalised non-stop-word names and numbers of the compared text, in text order. */
export function textTokens(text: string, spans: readonly Span[]): Array<{ at: number; key: string }> {
  const stop = anyStopword();
  const places = placeKeys();
  const out: Array<{ at: number; key: string }> = [];
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    for (const m of part.matchAll(TOKEN)) {
      const raw = m[0];
      if (/^\d/.test(raw)) {
        const n = numberKey(raw);
        if (n) out.push({ at: s.start + (m.index ?? 0), key: `#${n}` });
        continue;
      }
      const k = nameKey(raw);
      if (k.length < 3 || stop.has(fold(raw).replace(/['’].*$/, '')) || k.includes(' ')) continue;
      out.push({ at: s.start + (m.index ?? 0), key: places.get(k) ?? `n:${k}` });
    }
  }
  return out;
}

/** The corpus key of an entity: its curated actor, what a metonym stands for, else its type and folded name. */
export function entityKey(e: ArticleRecord['entities'][number]): string {
  if (e.actor) return `e:${e.actor}`;
  if (e.refersTo && !/^[0-9a-f]{16}$/.test(e.refersTo)) return `e:${e.refersTo}`;
  return `e:${e.type}:${nameKey(e.name)}`;
}

/**
 * A capital standing for its country (Kyiv, Moscow as metonyms) is as generic as the country: `g:XX`. Another known
 * place keeps its own key (`p:place-odesa`), the one its name gives as a token, in every language: the gazetteer
 * links a city to its country, which would make Odesa as generic as Ukraine.
 */
export function storyEntityKey(e: ArticleRecord['entities'][number]): string {
  if (e.type === 'location' && e.refersTo?.startsWith('country:')) return `g:${e.refersTo.slice(8)}`;
  const place = e.type === 'location' ? placeKeys().get(nameKey(e.name)) : undefined;
  return place ?? entityKey(e);
}

export function storyKeys(
  record: Pick<ArticleRecord, 'entities' | 'claims'>,
  tokens: ReadonlyArray<{ key: string }>,
): string[] {
  const weight = new Map<string, number>();
  const add = (key: string, w: number): void => void weight.set(key, (weight.get(key) ?? 0) + w);
  for (const e of record.entities)
    if (e.mentions.length > 0 && e.type !== 'other') {
      const key = storyEntityKey(e);
      add(key, 2 * e.mentions.length * keyWeight(key));
    }
  for (const c of record.claims) if (c.signature) add(`c:${c.signature}`, 4);
  for (const t of tokens) add(t.key, keyWeight(t.key) * (t.key.startsWith('#') ? 0.5 : 1));
  return [...weight]
    .filter(([k, w]) => !k.startsWith('n:') || w >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, STORY_KEYS)
    .map(([k]) => k);
}

/** Per substantial paragraph, its names, numbers, dates and actors (space-separated): the translation fingerprint. */
function fingerprint(
  record: ArticleRecord,
  spans: readonly Span[],
  paragraphs: readonly Paragraph[],
): string[] {
  const out: string[] = [];
  spans.forEach((s, i) => {
    if (!paragraphs[i].substantial) return;
    const keys = textTokens(record.text, [s]).map((t) => t.key);
    for (const e of record.entities)
      if (e.actor && e.mentions.some((m) => m.start >= s.start && m.end <= s.end)) keys.push(`e:${e.actor}`);
    for (const d of record.dates)
      if (d.value && d.start >= s.start && d.end <= s.end) keys.push(`d:${d.value}`);
    if (keys.length > 0) out.push([...new Set(keys)].join(' '));
  });
  return out.slice(0, FINGERPRINT_PARAGRAPHS);
}

/** Shingles of the long paragraphs only: short lines (headers, share bars) recur across a site and mean nothing. */
export function contentShingles(paragraphs: readonly Paragraph[]): Set<number> {
  const content = paragraphs.filter((p) => p.words.length >= SUBSTANTIAL_WORDS);
  // shingleHashes hashes each paragraph on its own: the article's set is the union of its paragraphs' sets.
  const out = new Set<number>();
  for (const p of content.length > 0 ? content : paragraphs) {
    let sh = paragraphShingles.get(p.words);
    if (!sh) paragraphShingles.set(p.words, (sh = shingleHashes([p.words])));
    for (const h of sh) out.add(h);
  }
  return out;
}

/** Each paragraph's shingles, by its words array (shared by every copy of the paragraph: text.ts paragraphsOf). */
const paragraphShingles = new WeakMap<readonly string[], Set<number>>();

export function docFeatures(record: ArticleRecord): DocFeatures {
  const spans = comparedParagraphs(record);
  const paragraphs = paragraphsOf(record.text, spans);
  const shingles = contentShingles(paragraphs);
  const tokens = textTokens(record.text, spans);
  const firstLine = spans.length > 0 ? record.text.slice(spans[0].start, spans[0].end).slice(0, 160) : null;
  const doc: CorpusDoc = {
    id: record.id,
    input: record.input,
    language: record.language ?? guessLanguage(paragraphs.flatMap((p) => p.words)),
    published: record.published,
    day: dayOf(record.published),
    storyDay: dayOf(record.published) ?? latestMentionedDay(record),
    title: record.title?.text ?? firstLine,
    outlet: record.outlet?.name ?? null,
    outletDomain: record.outlet?.domain ?? null,
    origin: record.origin?.name ?? null,
    originDomain: record.origin?.domain ?? null,
    originEvidence: record.origin?.evidence?.text ?? null,
    paragraphs: spans,
    creditLines: outsideLines(record.text, spans),
    shingles: shingles.size,
    storyKeys: storyKeys(record, tokens),
    fingerprint: fingerprint(record, spans, paragraphs),
  };
  return { doc, paragraphs, shingles, bands: shingles.size >= 5 ? bandKeys(signature(shingles)) : [] };
}

/** An undated article is placed at the latest full date it mentions (news is published on or after its events). */
function latestMentionedDay(record: ArticleRecord): number | null {
  const days = record.dates.map((d) => dayOf(d.value)).filter((d): d is number => d !== null);
  return days.length > 0 ? Math.max(...days) : null;
}
