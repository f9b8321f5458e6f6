// Groups chunks into entities: short forms join full names, roles attach, descriptors and nominal anaphora link.
import type { Entity, EntityType, Mention } from '../../core/article.js';
import { stableId } from '../../core/ids.js';
import { textSpan } from '../../core/span.js';
import type { LangIndex } from '../segment/lexicon-index.js';
import type { Chunk, ChunkResult, TokenView } from './chunks.js';
import type { GazEntry } from './gazetteer.js';
import type { RoleHit } from './roles.js';

interface Builder {
  key: string;
  gaz: GazEntry | null;
  types: EntityType[];
  mentions: Mention[];
  roles: string[];
  classes: Set<string>;
  country: string | null;
  /** Folded tokens of its longest name, for short forms. */
  nameTokens: string[];
  rule: string;
  descriptor: boolean;
}

function newBuilder(key: string, gaz: GazEntry | null, rule: string): Builder {
  return {
    key,
    gaz,
    types: [],
    mentions: [],
    roles: [],
    classes: new Set(),
    country: gaz?.country ?? null,
    nameTokens: [],
    rule,
    descriptor: false,
  };
}

function mention(view: TokenView, first: number, last: number, form: Mention['form'], rule: string): Mention {
  const { start, end, text } = textSpan(view.text, view.tokens[first].start, view.tokens[last - 1].end);
  return { start, end, text, form, rule };
}

function followedBySpeech(view: TokenView, idx: LangIndex, i: number): boolean {
  const aux = idx.auxiliaries.match(view.folded, i, view.quick);
  const at = aux ? i + aux.length : i;
  return (
    idx.verbs.match(view.folded, at, view.quick) !== null ||
    (aux !== null && idx.verbs.match(view.folded, at + 1, view.quick) !== null)
  );
}

/** Adds the chunks to builders: known referents by key, full names by their words, short forms to full names. */
function groupChunks(
  view: TokenView,
  idx: LangIndex,
  chunks: readonly Chunk[],
  into: Map<string, Builder>,
): Map<number, Builder> {
  const byChunk = new Map<number, Builder>();
  let owners: Map<string, Builder> | null = null;
  // Pushed, not mapped: see claims/context.ts cutFolded (a mapped array deoptimised this function).
  const order: number[] = [];
  for (let ci = 0; ci < chunks.length; ci++) order.push(ci);
  order.sort(
    (a, b) =>
      (chunks[b].last - chunks[b].first > 1 ? 1 : 0) - (chunks[a].last - chunks[a].first > 1 ? 1 : 0) ||
      a - b,
  );
  for (const ci of order) {
    const c = chunks[ci];
    const words = view.folded.slice(c.first, c.last);
    const key = c.gaz ? c.gaz.key : `name:${words.join(' ')}`;
    let b = into.get(key);
    // Multi-word chunks come first: once the single words start, the full names are all known and indexed.
    if (!b && !c.gaz && words.length === 1) b = (owners ??= shortFormOwners(into)).get(words[0]);
    if (!b) {
      b = newBuilder(key, c.gaz, c.rule);
      into.set(key, b);
    }
    if (words.length > b.nameTokens.length) b.nameTokens = words;
    let type = c.type;
    if (type === null && words.length === 1 && followedBySpeech(view, idx, c.last)) {
      // A speaking agent with an article ("la Maison-Blanche a déclaré") is an institution, not a person.
      type = c.first > 0 && idx.determiners.has(view.folded[c.first - 1]) ? 'organization' : 'person';
    }
    if (type) b.types.push(type);
    const form: Mention['form'] = c.gaz?.refersTo ? 'metonym' : 'name';
    b.mentions.push(mention(view, c.first, c.last, form, c.rule));
    byChunk.set(ci, b);
  }
  return byChunk;
}

/** The first full-name person builder of each last word, so that a short form ("Peskov") finds its full name. */
function shortFormOwners(into: Map<string, Builder>): Map<string, Builder> {
  const owners = new Map<string, Builder>();
  for (const b of into.values()) {
    const w = b.nameTokens[b.nameTokens.length - 1];
    if (b.nameTokens.length > 1 && b.types.includes('person') && !owners.has(w)) owners.set(w, b);
  }
  return owners;
}

function roleText(view: TokenView, r: RoleHit): string {
  return view.text.slice(view.tokens[r.first].start, view.tokens[r.last - 1].end);
}

/** Most recent person before token `at` whose roles share the class and whose country does not clash. */
function antecedent(builders: Iterable<Builder>, view: TokenView, r: RoleHit): Builder | null {
  const at = view.tokens[r.first].start;
  let best: Builder | null = null;
  let bestAt = -1;
  for (const b of builders) {
    if (!b.classes.has(r.cls) || (r.country && r.country !== b.country)) continue;
    for (const m of b.mentions) if (m.start < at && m.start > bestAt) [best, bestAt] = [b, m.start];
  }
  return best;
}

/** Roles, descriptors (unnamed people) and nominal anaphora, in text order. */
function applyRoles(
  view: TokenView,
  roles: readonly RoleHit[],
  byChunk: Map<number, Builder>,
  into: Map<string, Builder>,
): void {
  for (const r of roles) {
    const target = r.target === null ? undefined : byChunk.get(r.target);
    if (target) {
      target.types.push('person');
      const text = roleText(view, r);
      if (!target.roles.includes(text)) target.roles.push(text);
      target.classes.add(r.cls);
      target.country ??= r.country;
      continue;
    }
    if (r.plural) continue;
    const prior = r.kind === 'nominal' ? antecedent(into.values(), view, r) : null;
    if (prior) {
      prior.mentions.push(mention(view, r.first, r.last, 'nominal', r.rule));
      continue;
    }
    if (r.kind === 'descriptor' || r.country) {
      const b = newBuilder(`desc:${r.first}`, null, 'entities.role.descriptor');
      Object.assign(b, { descriptor: true, country: r.country, types: ['person'] });
      b.classes.add(r.cls);
      b.mentions.push(mention(view, r.first, r.last, 'nominal', r.rule));
      into.set(b.key, b);
    }
  }
}

function resolveType(b: Builder): EntityType {
  if (b.gaz) return b.gaz.type;
  if (b.types.includes('person')) return 'person';
  const counts = new Map<EntityType, number>();
  for (const t of b.types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, z) => z[1] - a[1])[0]?.[0] ?? 'other';
}

function nameOf(b: Builder): string {
  const named = b.mentions.filter((m) => m.form === 'name' || m.form === 'metonym');
  const pool = named.length ? named : b.mentions;
  return pool.reduce((best, m) => (m.text.length > best.text.length ? m : best)).text;
}

function finish(articleId: string, b: Builder): Entity {
  const type = resolveType(b);
  const name = nameOf(b);
  const mentions = b.mentions.sort((x, y) => x.start - y.start);
  if (type === 'person' && b.nameTokens.length > 1) {
    for (const m of mentions)
      if (m.form === 'name' && !/\s/u.test(m.text.trim()) && m.text !== name) m.form = 'short';
  }
  return {
    id: stableId(articleId, name, type),
    name,
    type,
    roles: b.roles,
    mentions,
    refersTo: b.gaz?.refersTo ?? null,
    actor: b.gaz?.actor ?? null,
    country: b.country,
    rule: b.rule,
  };
}

function keep(b: Builder): boolean {
  if (b.descriptor || b.gaz) return true;
  const type = resolveType(b);
  if (type !== 'other') return true;
  return b.nameTokens.length > 1 ? b.mentions.length > 1 : b.mentions.length > 2;
}

/** The article's entities from its chunks and role phrases. */
export function buildEntities(
  articleId: string,
  view: TokenView,
  idx: LangIndex,
  found: ChunkResult,
  roles: readonly RoleHit[],
): Entity[] {
  const builders = new Map<string, Builder>();
  const byChunk = groupChunks(view, idx, found.chunks, builders);
  applyRoles(view, roles, byChunk, builders);
  for (const d of found.demonyms) {
    const country = builders.get(`country:${d.country}`);
    if (country) country.mentions.push(mention(view, d.first, d.last, 'demonym', d.rule));
  }
  // A loop, not `.filter().map()`: the mapped array's elements kind deoptimised this function once per worker.
  const entities: Entity[] = [];
  for (const b of builders.values()) if (keep(b)) entities.push(finish(articleId, b));
  return entities.sort((a, z) => a.mentions[0].start - z.mentions[0].start);
}
