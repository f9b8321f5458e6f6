// The `quotes` stage: direct, indirect and mixed quotes with their cue and speaker; our own rules, no library does both languages.
import type { Article, Entity, Layers, Quote, QuoteSpeaker } from '../../core/article.js';
import { textSpan, trimSpan, type Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { langIndex, type LangIndex } from '../segment/lexicon-index.js';
import { pairQuotes, type QuotePair } from '../segment/quote-marks.js';
import type { TokenView } from '../entities/chunks.js';
import { tokenView } from '../entities/index.js';
import { contentOf, sourceMarkerContent, speakerColon, type ContentContext, type ContentRange } from './content.js';
import { findCues, type Cue } from './cues.js';
import { SpeakerResolver } from './speaker.js';

/** A quote being built: its content, how it is attributed, and where it sits in reading order. */
interface Draft {
  content: Span;
  kind: Quote['kind'];
  cue: Cue | null;
  marker: { start: number; end: number; id: string; source: number } | null;
  /** Token range of a name that speaks before a colon ("WALLACE: …"). */
  colonName?: { first: number; last: number };
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

/** A quote with no cue is kept when it says something (4+ words) or opens its sentence; short ones are scare quotes. */
function worthKeeping(view: TokenView, pair: QuotePair, resolver: SpeakerResolver): boolean {
  const words = view.text.slice(pair.inner.start, pair.inner.end).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words >= 4) return true;
  const i = resolver.tokenAt(pair.open);
  return i === 0 || view.sentenceOf[i - 1] !== view.sentenceOf[i];
}

/** Cues outside quotation marks: a verb inside a quote is the quoted speaker's, not a report. */
function outsidePairs(view: TokenView, cues: Cue[], pairs: readonly QuotePair[]): Cue[] {
  return cues.filter((c) => {
    const at = view.tokens[c.first].start;
    return !pairs.some((p) => at > p.open && at < p.close);
  });
}

/** Kind and exact content of a token range, given the quotation pairs: a range that is one pair is direct. */
function shape(view: TokenView, range: ContentRange, pairs: readonly QuotePair[], used: Set<QuotePair>): { content: Span; kind: Quote['kind'] } {
  const start = view.tokens[range.first].start;
  const end = view.tokens[range.last - 1].end;
  let kind: Quote['kind'] = 'indirect';
  for (const p of pairs) {
    if (p.open < start || p.close >= end) continue;
    used.add(p);
    if (p.open === start && p.close === end - 1) return { content: trimSpan(view.text, p.inner), kind: 'direct' };
    kind = 'mixed';
  }
  return { content: { start, end }, kind };
}

function cueBeside(view: TokenView, pair: QuotePair, resolver: SpeakerResolver, cueByFirst: Map<number, Cue>, cueByLast: Map<number, Cue>): Cue | null {
  let j = resolver.tokenAt(pair.close) + 1;
  while (j < view.tokens.length && /^[,.]$/.test(view.text.slice(view.tokens[j].start, view.tokens[j].end))) j++;
  for (let k = j; k < j + 4 && k < view.tokens.length; k++) {
    const cue = cueByFirst.get(k);
    if (cue) return cue;
    if (view.tokens[k].kind !== 'word') break;
  }
  let k = resolver.tokenAt(pair.open) - 1;
  while (k >= 0 && /^[:,]$/.test(view.text.slice(view.tokens[k].start, view.tokens[k].end))) k--;
  return cueByLast.get(k + 1) ?? null;
}

function drafts(view: TokenView, idx: LangIndex, body: readonly Span[], resolver: SpeakerResolver): Draft[] {
  const pairs = outermost(view.text, body);
  const cues = outsidePairs(view, findCues(view, idx), pairs);
  const cueAt = new Set<number>();
  for (const c of cues) for (let k = c.first; k < c.last; k++) cueAt.add(k);
  const ctx: ContentContext = { view, idx, pairs, cueAt };
  const used = new Set<QuotePair>();
  const out: Draft[] = [];
  const talking = new Set<Cue>();
  for (const cue of cues) {
    const range = contentOf(ctx, cue);
    if (!range) continue;
    talking.add(cue);
    out.push({ ...shape(view, range, pairs, used), cue, marker: null, at: view.tokens[cue.first].start, rule: range.rule });
  }
  for (let i = 0; i < view.tokens.length; i++) {
    const m = view.tokens[i].kind === 'word' ? idx.sourceMarkers.match(view.folded, i) : null;
    const found = m ? sourceMarkerContent(ctx, i, m.length) : null;
    if (!m || !found) continue;
    const marker = { start: view.tokens[i].start, end: view.tokens[i + m.length - 1].end, id: m.value, source: found.source };
    out.push({ ...shape(view, found.content, pairs, used), cue: null, marker, at: marker.start, rule: found.content.rule });
  }
  for (let i = 0; i < view.tokens.length; i++) {
    const opens = i === 0 || view.sentences[view.sentenceOf[i]].paragraph !== view.sentences[view.sentenceOf[i - 1]].paragraph;
    const found = opens ? speakerColon(ctx, i, (a, b) => resolver.named(a, b) !== null) : null;
    if (!found) continue;
    const at = view.tokens[found.name.first].start;
    out.push({ ...shape(view, found.content, pairs, used), cue: null, marker: null, colonName: found.name, at, rule: found.content.rule });
  }
  const cueByFirst = new Map(cues.filter((c) => !talking.has(c)).map((c) => [c.first, c]));
  const cueByLast = new Map(cues.filter((c) => !talking.has(c)).map((c) => [c.last, c]));
  for (const pair of pairs) {
    if (used.has(pair)) continue;
    const cue = cueBeside(view, pair, resolver, cueByFirst, cueByLast);
    const at = cue ? Math.min(view.tokens[cue.first].start, pair.open) : pair.open;
    if (!cue && !worthKeeping(view, pair, resolver)) continue;
    out.push({ content: trimSpan(view.text, pair.inner), kind: 'direct', cue, marker: null, at, rule: cue ? 'quotes.direct.cued' : 'quotes.direct.floating' });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Every quote of the body, with speakers resolved in reading order. */
export function extractQuotes(view: TokenView, lang: string | null, entities: readonly Entity[], body: readonly Span[]): Quote[] {
  const idx = langIndex(lang);
  const resolver = new SpeakerResolver(view, idx, entities);
  const all = drafts(view, idx, body, resolver);
  const quoted = new Set(all.map((d) => d.cue).filter((c): c is Cue => c !== null));
  const silent = outsidePairs(view, findCues(view, idx), outermost(view.text, body)).filter((c) => ![...quoted].some((q) => q.first === c.first));
  const quotes: Quote[] = [];
  let s = 0;
  const cache = new Map<Cue, QuoteSpeaker | null>();
  for (const d of all) {
    // Cues that report no quote still tell who spoke last ("X a démenti les rumeurs").
    while (s < silent.length && view.tokens[silent[s].first].start < d.at) resolver.speakerOf(silent[s++]);
    let speaker: QuoteSpeaker | null;
    if (d.colonName) speaker = resolver.named(d.colonName.first, d.colonName.last);
    else if (d.marker) speaker = resolver.after(d.marker.source) ?? resolver.nounPhraseAfter(d.marker.source);
    else if (d.cue) {
      if (!cache.has(d.cue)) cache.set(d.cue, resolver.speakerOf(d.cue) ?? resolver.last());
      speaker = cache.get(d.cue) ?? null;
    } else speaker = resolver.last();
    const cueSpan = d.cue ? { start: view.tokens[d.cue.first].start, end: view.tokens[d.cue.last - 1].end, id: d.cue.id } : d.marker;
    quotes.push({
      start: d.content.start,
      end: d.content.end,
      kind: d.kind,
      cue: cueSpan ? { ...textSpan(view.text, cueSpan.start, cueSpan.end), rule: cueSpan.id } : null,
      speaker,
      rule: d.rule,
    });
  }
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
