// Role phrases around names: appositions and premodifiers give roles; unnamed ones become descriptors or anaphora.
import type { LangIndex } from '../segment/lexicon-index.js';
import { sentenceRange, type Chunk, type DemonymHit, type TokenView } from './chunks.js';

export type RoleKind = 'premodifier' | 'apposition-before' | 'apposition-after' | 'descriptor' | 'nominal';

/** A role phrase [first, last) (without its determiner) and what it attaches to. */
export interface RoleHit {
  first: number;
  last: number;
  kind: RoleKind;
  /** Role class of its head noun (leader, diplomat …), for anaphora. */
  cls: string;
  country: string | null;
  /** Index into the chunk list of the person it names, for premodifiers and appositions. */
  target: number | null;
  plural: boolean;
  rule: string;
}

interface Lookup {
  view: TokenView;
  idx: LangIndex;
  chunkAt: Map<number, number>;
  chunkEndAt: Map<number, number>;
  demonymAt: Map<number, DemonymHit>;
  demonymEndAt: Map<number, DemonymHit>;
  chunks: readonly Chunk[];
}

function word(view: TokenView, i: number): string {
  return view.folded[i] ?? '';
}

function personable(l: Lookup, ci: number | undefined): boolean {
  if (ci === undefined) return false;
  const c = l.chunks[ci];
  return c.type === 'person' || (c.type === null && c.gaz === null);
}

/** Back over premodifiers, demonyms and (English-style) name chunks directly before the role noun. */
function startOf(l: Lookup, i: number): number {
  let s = i;
  for (let steps = 0; steps < 3 && s > 0; steps++) {
    const prev = s - 1;
    if (l.idx.preModifiers.has(word(l.view, prev))) s = prev;
    else if (
      l.chunkEndAt.has(s) &&
      l.view.sentenceOf[prev] === l.view.sentenceOf[i] &&
      !l.idx.determiners.has(word(l.view, prev))
    ) {
      const c = l.chunks[l.chunkEndAt.get(s) as number];
      if (c.type === 'person') break;
      s = c.first;
    } else {
      const d = l.demonymEndAt.get(s);
      if (d && /^\p{Lu}/u.test(l.view.text[l.view.tokens[d.first].start])) s = d.first;
      else break;
    }
  }
  return s;
}

/** Forward over demonyms and "linker + determiner + name" complements ("du Kremlin", "à l'ONU"). */
function endOf(l: Lookup, i: number, limit: number): { end: number; country: string | null } {
  let e = i;
  let country: string | null = null;
  while (e < limit) {
    const dem = l.demonymAt.get(e);
    if (dem) {
      country ??= dem.country;
      e = dem.last;
      continue;
    }
    let k = e;
    while (
      k < limit &&
      k - e < 3 &&
      (l.idx.connectors.has(word(l.view, k)) ||
        l.idx.linkers.has(word(l.view, k)) ||
        l.idx.determiners.has(word(l.view, k)))
    )
      k++;
    if (k === e || k >= limit) break;
    const portfolio = l.idx.portfolios.match(l.view.folded, k, l.view.quick);
    if (portfolio) {
      e = k + portfolio.length;
      continue;
    }
    const ci = l.chunkAt.get(k);
    if (ci === undefined || l.chunks[ci].type === 'person') break;
    country ??= l.chunks[ci].gaz?.country ?? null;
    e = l.chunks[ci].last;
  }
  return { end: e, country };
}

function sentenceEnd(view: TokenView, i: number): number {
  return sentenceRange(view, i).last;
}

function punct(view: TokenView, i: number, p: string): boolean {
  const t = view.tokens[i];
  return t !== undefined && view.text.slice(t.start, t.end) === p;
}

/** Decides what one role phrase does: name a following or preceding person, describe someone, or refer back. */
function attach(
  l: Lookup,
  start: number,
  end: number,
  cls: string,
  country: string | null,
  plural: boolean,
): RoleHit {
  const view = l.view;
  const det = start > 0 ? word(view, start - 1) : '';
  // Each hit is one literal: `{ ...base, kind, … }` missed its inline cache in optimised code.
  const hit = (kind: RoleKind, target: number | null, rule: string): RoleHit => ({
    first: start,
    last: end,
    cls,
    country,
    plural,
    kind,
    target,
    rule,
  });
  const next = l.chunkAt.get(end);
  if (personable(l, next) && !punct(view, end - 1, ','))
    return hit('premodifier', next as number, 'entities.role.premodifier');
  if (punct(view, end, ',') && personable(l, l.chunkAt.get(end + 1))) {
    return hit('apposition-before', l.chunkAt.get(end + 1) as number, 'entities.role.apposition-before');
  }
  const detAt = l.idx.determiners.has(det) ? start - 1 : start;
  if (detAt > 0 && punct(view, detAt - 1, ',') && personable(l, l.chunkEndAt.get(detAt - 1))) {
    return hit('apposition-after', l.chunkEndAt.get(detAt - 1) as number, 'entities.role.apposition-after');
  }
  if (l.idx.indefinites.has(det)) return hit('descriptor', null, 'entities.role.descriptor');
  return hit('nominal', null, 'entities.role.nominal');
}

/** Every role phrase in the body, in text order. */
export function findRoles(
  view: TokenView,
  idx: LangIndex,
  chunks: readonly Chunk[],
  demonyms: readonly DemonymHit[],
): RoleHit[] {
  const l: Lookup = {
    view,
    idx,
    chunks,
    chunkAt: new Map(chunks.map((c, ci) => [c.first, ci])),
    chunkEndAt: new Map(chunks.map((c, ci) => [c.last, ci])),
    demonymAt: new Map(demonyms.map((d) => [d.first, d])),
    demonymEndAt: new Map(demonyms.map((d) => [d.last, d])),
  };
  const hits: RoleHit[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const m = view.tokens[i].kind === 'word' ? idx.roles.match(view.folded, i, view.quick) : null;
    if (!m || l.chunkAt.has(i)) continue;
    const start = startOf(l, i);
    const { end, country } = endOf(l, i + m.length, sentenceEnd(view, i));
    const plural = /s$/.test(word(view, i + m.length - 1));
    hits.push(attach(l, start, end, m.value.class, country, plural));
    i = end - 1;
  }
  return hits;
}
