// The `quotes` stage: direct, indirect and mixed quotes with their cue and speaker; our own rules, no library does both languages.
import type { Article, Entity, Layers, Quote, QuoteSpeaker } from '../../core/article.js';
import { textSpan, trimSpan, type Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { langIndex, type LangIndex } from '../segment/lexicon-index.js';
import { pairQuotes, type QuotePair } from '../segment/quote-marks.js';
import type { TokenView } from '../entities/chunks.js';
import { tokenView } from '../entities/index.js';
import {
  contentOf,
  sourceMarkerContent,
  speakerColon,
  type ContentContext,
  type ContentRange,
} from './content.js';
import { findCues, type Cue } from './cues.js';
import { SpeakerResolver } from './speaker.js';

/** A quote being built: its content, how it is attributed, and where it sits in reading order. */
interface Draft {
  content: Span;
  kind: Quote['kind'];
  cue: Cue | null;
  marker: { start: number; end: number; id: string; source: number } | null;
  /** Token range of a name that speaks before a colon ("WALLACE: …"). */
  colonName: { first: number; last: number } | null;
  at: number;
  rule: string;
}

function outermost(text: string, body: readonly Span[]): QuotePair[] {
  const kept: QuotePair[] = [];
  for (const p of body) {
    for (const pair of pairQuotes(text, p.start, p.end)) {
      const last = kept[kept.length - 1];
      if (last && pair.open > last.open && pair.close < last.close) continue;
      if (/[\p{L}\p{N}]/u.test(text.slice(pair.inner.start, pair.inner.end))) kept.push(pair);
    }
  }
  return kept;
}

/**
 * A quote with no cue beside it is kept when it says something (4+ words) or opens its sentence; a single word in
 * quotes is a label, a title or a name ("provocation"), and other short phrases are scare quotes.
 */
function worthKeeping(view: TokenView, pair: QuotePair, resolver: SpeakerResolver): boolean {
  const words = view.text
    .slice(pair.inner.start, pair.inner.end)
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words >= 4) return true;
  if (words < 2) return false;
  const i = resolver.tokenAt(pair.open);
  return i === 0 || view.sentenceOf[i - 1] !== view.sentenceOf[i];
}

/** Index of the first pair (sorted by opening mark) that opens at or after `offset`. */
function firstPairFrom(pairs: readonly QuotePair[], offset: number): number {
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid].open < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cues outside quotation marks: a verb inside a quote is the quoted speaker's, not a report. */
function outsidePairs(view: TokenView, cues: Cue[], pairs: readonly QuotePair[]): Cue[] {
  let reach = -1;
  const maxClose = pairs.map((p) => (reach = Math.max(reach, p.close)));
  return cues.filter((c) => {
    const at = view.tokens[c.first].start;
    // Pairs are outermost and in order: the one that may hold `at` opens last before it (or reaches past it).
    const k = firstPairFrom(pairs, at) - 1;
    return !(k >= 0 && maxClose[k] > at);
  });
}

/** Kind and exact content of a token range, given the quotation pairs: a range that is one pair is direct. */
function shape(
  view: TokenView,
  range: ContentRange,
  pairs: readonly QuotePair[],
  used: Set<QuotePair>,
): { content: Span; kind: Quote['kind'] } {
  const start = view.tokens[range.first].start;
  const end = view.tokens[range.last - 1].end;
  let kind: Quote['kind'] = 'indirect';
  for (let k = firstPairFrom(pairs, start); k < pairs.length && pairs[k].open < end; k++) {
    const p = pairs[k];
    if (p.closeEnd > end) continue;
    used.add(p);
    if (p.open === start && p.closeEnd === end)
      return { content: trimSpan(view.text, p.inner), kind: 'direct' };
    kind = 'mixed';
  }
  return { content: { start, end }, kind };
}

function cueBeside(
  view: TokenView,
  pair: QuotePair,
  resolver: SpeakerResolver,
  cueByFirst: Map<number, Cue>,
  cueByLast: Map<number, Cue>,
): Cue | null {
  let j = resolver.tokenAt(pair.closeEnd);
  while (j < view.tokens.length && /^[,.']$/.test(view.text.slice(view.tokens[j].start, view.tokens[j].end)))
    j++;
  for (let k = j; k < j + 8 && k < view.tokens.length && view.sentenceOf[k] === view.sentenceOf[j]; k++) {
    const cue = cueByFirst.get(k);
    if (cue) return cue;
    if (/^[.!?…«»“”„"‹›]$/.test(view.text.slice(view.tokens[k].start, view.tokens[k].end))) break;
  }
  let k = resolver.tokenAt(pair.open) - 1;
  while (k >= 0 && /^[:,']$/.test(view.text.slice(view.tokens[k].start, view.tokens[k].end))) k--;
  return cueByLast.get(k + 1) ?? null;
}

interface DraftState {
  view: TokenView;
  idx: LangIndex;
  ctx: ContentContext;
  resolver: SpeakerResolver;
  /** Quotation pairs already inside some content (they make it direct or mixed). */
  used: Set<QuotePair>;
  out: Draft[];
}

function push(st: DraftState, range: ContentRange, extra: Omit<Draft, 'content' | 'kind' | 'rule'>): void {
  // One literal, all fields always set: drafts of one shape keep the loads that read them monomorphic.
  const { content, kind } = shape(st.view, range, st.ctx.pairs, st.used);
  const { cue, marker, colonName, at } = extra;
  st.out.push({ content, kind, cue, marker, colonName, at, rule: range.rule });
}

/** Quotes introduced by a cue; returns the cues that introduced one. */
function cueDrafts(st: DraftState, cues: readonly Cue[]): Set<Cue> {
  const talking = new Set<Cue>();
  for (const cue of cues) {
    const range = contentOf(st.ctx, cue);
    if (!range) continue;
    talking.add(cue);
    push(st, range, { cue, marker: null, colonName: null, at: st.view.tokens[cue.first].start });
  }
  return talking;
}

/** Quotes whose source is named by a marker ("selon", "according to"). */
function markerDrafts(st: DraftState): void {
  const { view, idx } = st;
  for (let i = 0; i < view.tokens.length; i++) {
    const m = view.tokens[i].kind === 'word' ? idx.sourceMarkers.match(view.folded, i, view.quick) : null;
    const found = m ? sourceMarkerContent(st.ctx, i, m.length) : null;
    if (!m || !found) continue;
    const start = view.tokens[i].start;
    const marker = { start, end: view.tokens[i + m.length - 1].end, id: m.value, source: found.source };
    push(st, found.content, { cue: null, marker, colonName: null, at: start });
  }
}

/** Paragraphs that open with a speaker's name and a colon ("WALLACE: …"). */
function colonDrafts(st: DraftState): void {
  const { view } = st;
  for (let i = 0; i < view.tokens.length; i++) {
    const paragraph = view.sentences[view.sentenceOf[i]].paragraph;
    if (i > 0 && paragraph === view.sentences[view.sentenceOf[i - 1]].paragraph) continue;
    const found = speakerColon(st.ctx, i, (a, b) => st.resolver.isNamed(a, b));
    if (!found) continue;
    push(st, found.content, {
      cue: null,
      marker: null,
      colonName: found.name,
      at: view.tokens[found.name.first].start,
    });
  }
}

/** Quotation pairs not inside other content: cued by a verb beside them, or floating. */
function pairDrafts(st: DraftState, cues: readonly Cue[], talking: Set<Cue>): void {
  const { view, resolver } = st;
  const cueByFirst = new Map(cues.filter((c) => !talking.has(c)).map((c) => [c.first, c]));
  const cueByLast = new Map(cues.filter((c) => !talking.has(c)).map((c) => [c.last, c]));
  for (const pair of st.ctx.pairs) {
    if (st.used.has(pair)) continue;
    const cue = cueBeside(view, pair, resolver, cueByFirst, cueByLast);
    if (!cue && !worthKeeping(view, pair, resolver)) continue;
    const at = cue ? Math.min(view.tokens[cue.first].start, pair.open) : pair.open;
    const rule = cue ? 'quotes.direct.cued' : 'quotes.direct.floating';
    const content = trimSpan(view.text, pair.inner);
    st.out.push({ content, kind: 'direct', cue, marker: null, colonName: null, at, rule });
  }
}

function drafts(
  view: TokenView,
  idx: LangIndex,
  pairs: readonly QuotePair[],
  cues: readonly Cue[],
  resolver: SpeakerResolver,
): Draft[] {
  const cueAt = new Set<number>();
  for (const c of cues) for (let k = c.first; k < c.last; k++) cueAt.add(k);
  const st: DraftState = { view, idx, ctx: { view, idx, pairs, cueAt }, resolver, used: new Set(), out: [] };
  const talking = cueDrafts(st, cues);
  markerDrafts(st);
  colonDrafts(st);
  pairDrafts(st, cues, talking);
  return st.out.sort((a, b) => a.at - b.at);
}

function speakerFor(
  d: Draft,
  resolver: SpeakerResolver,
  cache: Map<Cue, QuoteSpeaker | null>,
): QuoteSpeaker | null {
  if (d.colonName) return resolver.named(d.colonName.first, d.colonName.last);
  if (d.marker) return resolver.after(d.marker.source) ?? resolver.nounPhraseAfter(d.marker.source);
  if (d.cue) {
    const contentAfter = d.content.start >= resolver.view.tokens[d.cue.last - 1].end;
    if (!cache.has(d.cue)) cache.set(d.cue, resolver.speakerOf(d.cue, contentAfter) ?? resolver.last());
    return cache.get(d.cue) ?? null;
  }
  // A quote with no cue: the subject of its own sentence ("Clinton called them “deplorables”"), else null for now.
  return resolver.sentenceSubject(resolver.tokenAt(d.content.start));
}

/** Sentence and paragraph of a draft's content, to relate a floating quote to the cued one that follows it. */
function placeOf(
  view: TokenView,
  resolver: SpeakerResolver,
  d: Draft,
): { sentence: number; paragraph: number } {
  const sentence = view.sentenceOf[resolver.tokenAt(d.content.start)];
  return { sentence, paragraph: view.sentences[sentence].paragraph };
}

/** Floating quotes take the speaker of a cued quote right after them in the paragraph, else the last speaker. */
function settleFloating(
  view: TokenView,
  resolver: SpeakerResolver,
  all: Draft[],
  speakers: Array<QuoteSpeaker | null | undefined>,
): void {
  all.forEach((d, i) => {
    if (speakers[i] !== undefined) return;
    const here = placeOf(view, resolver, d);
    const next = all[i + 1];
    const there = next ? placeOf(view, resolver, next) : null;
    const near =
      next?.cue && there && there.paragraph === here.paragraph && there.sentence - here.sentence <= 1;
    speakers[i] = near ? (speakers[i + 1] ?? null) : null;
  });
}

function toQuote(view: TokenView, d: Draft, speaker: QuoteSpeaker | null): Quote {
  const cueSpan = d.cue
    ? { start: view.tokens[d.cue.first].start, end: view.tokens[d.cue.last - 1].end, id: d.cue.id }
    : d.marker;
  const words = cueSpan ? textSpan(view.text, cueSpan.start, cueSpan.end) : null;
  const cue =
    cueSpan && words ? { start: words.start, end: words.end, text: words.text, rule: cueSpan.id } : null;
  return { start: d.content.start, end: d.content.end, kind: d.kind, cue, speaker, rule: d.rule };
}

/** Every quote of the body, with speakers resolved in reading order. */
export function extractQuotes(
  view: TokenView,
  lang: string | null,
  entities: readonly Entity[],
  body: readonly Span[],
): Quote[] {
  const idx = langIndex(lang);
  const resolver = new SpeakerResolver(view, idx, entities);
  const pairs = outermost(view.text, body);
  const cues = outsidePairs(view, findCues(view, idx), pairs);
  const all = drafts(view, idx, pairs, cues, resolver);
  const quoted = new Set<Cue>();
  for (const d of all) if (d.cue !== null) quoted.add(d.cue);
  const silent = cues.filter((c) => !quoted.has(c));
  const speakers: Array<QuoteSpeaker | null | undefined> = [];
  const lastBefore: Array<QuoteSpeaker | null> = [];
  const cache = new Map<Cue, QuoteSpeaker | null>();
  let s = 0;
  for (const d of all) {
    // Cues that report no quote still tell who spoke last ("X a démenti les rumeurs").
    while (s < silent.length && view.tokens[silent[s].first].start < d.at)
      resolver.noteSpoken(resolver.speakerOf(silent[s++]));
    lastBefore.push(resolver.last());
    const floating = !d.cue && !d.marker && !d.colonName;
    const speaker = speakerFor(d, resolver, cache);
    if (!floating) resolver.noteSpoken(speaker);
    speakers.push(speaker ?? (floating ? undefined : null));
  }
  settleFloating(view, resolver, all, speakers);
  // Pushed, not mapped: see claims/context.ts cutFolded (a mapped array deoptimised this function).
  const quotes: Quote[] = [];
  for (let i = 0; i < all.length; i++) quotes.push(toQuote(view, all[i], speakers[i] ?? lastBefore[i]));
  return quotes.sort((a, b) => a.start - b.start);
}

export const quotesStage: Stage = {
  name: 'quotes',
  version: '1',
  requires: ['body', 'sentences', 'tokens', 'entities', 'language'],
  provides: ['quotes'],
  run(article: Article): Partial<Layers> {
    const view = tokenView(article.text, article.layers.tokens ?? [], article.layers.sentences ?? []);
    const lang = article.layers.language?.code ?? null;
    return { quotes: extractQuotes(view, lang, article.layers.entities ?? [], article.layers.body ?? []) };
  },
};
