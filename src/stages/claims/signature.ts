// Reads a proposition into parts — doer, predicate class, object — for a language-independent signature and an
// English summary ("North Korea supplies weapons to Russia").
import countries from 'i18n-iso-countries';
import type { Entity } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import { loadActorIndex, type ActorIndex } from '../../knowledge/actors.js';
import { foldFast } from './fold.js';
import { foldedSpan, mentionsIn, type ClaimContext, type MentionRef } from './context.js';
import type { PropositionSpec } from './proposition.js';

export interface ActorRef {
  key: string;
  name: string;
  entity: string | null;
}

export interface ClaimParts {
  span: Span;
  cls: string | null;
  agent: ActorRef | null;
  object: ActorRef | null;
  signature: string | null;
  summary: string;
  rule: string;
}

interface PredicateHit extends Span {
  cls: string;
  id: string;
  genitive: boolean;
  weak: boolean;
}

const EXCERPT_WORDS = 12;
let actorIndex: ActorIndex | null = null;

function fold(s: string): string {
  return foldFast(s).text.trim();
}

/** The signature key of an entity: its country for places and metonyms, its curated actor, else its folded name. */
export function actorKey(e: Entity): string {
  if (e.refersTo?.startsWith('country:')) return e.refersTo;
  if (e.actor?.startsWith('country:')) return e.actor;
  if (e.type === 'location' && e.country) return `country:${e.country}`;
  if (e.actor) return e.actor;
  return `name:${fold(e.name)}`;
}

/** The entity's name in English: the country's or curated actor's English name, else its own name. */
export function englishName(e: Entity): string {
  const key = actorKey(e);
  const country = /^country:([A-Z]{2})$/.exec(key);
  if (country) return countries.getName(country[1], 'en', { select: 'alias' }) ?? e.name;
  if (e.actor) {
    actorIndex ??= loadActorIndex();
    return actorIndex.get(e.actor)?.name ?? e.name;
  }
  return e.name;
}

export function actorRef(e: Entity): ActorRef {
  return { key: actorKey(e), name: englishName(e), entity: e.id };
}

/** Event words beat relation words; then the earliest, then the shortest. */
function better(a: PredicateHit, b: PredicateHit): boolean {
  if (a.weak !== b.weak) return !a.weak;
  return a.start < b.start || (a.start === b.start && a.end < b.end);
}

/** The predicate lexeme of the span (see `better`). */
function findPredicate(ctx: ClaimContext, span: Span): PredicateHit | null {
  const lex = ctx.lex.predicates;
  if (!lex) return null;
  const folded = foldedSpan(ctx, span);
  let best: PredicateHit | null = null;
  for (const lexeme of lex.lexemes) {
    if (!lexeme.core.test(folded.text)) continue;
    lexeme.re.lastIndex = 0;
    const m = lexeme.re.exec(folded.text);
    if (!m || m[0].length === 0) continue;
    const start = span.start + folded.starts[m.index];
    const end = span.start + folded.ends[m.index + m[0].length - 1];
    const hit = { start, end, cls: lexeme.cls, id: lexeme.id, genitive: lexeme.genitive, weak: lexeme.weak };
    if (!best || better(hit, best)) best = hit;
  }
  return best;
}

function markedAsAgent(ctx: ClaimContext, span: Span, pred: PredicateHit, m: MentionRef): boolean {
  if (m.form === 'demonym') return true;
  const lex = ctx.lex.predicates;
  if (!lex) return false;
  const before = foldedSpan(ctx, { start: Math.max(span.start, m.start - 40), end: m.start }).text;
  return lex.agentMarkerAtEnd.test(before) || (pred.genitive && lex.genitiveMarkerAtEnd.test(before));
}

function startsWithPronoun(ctx: ClaimContext, span: Span): boolean {
  const first =
    foldedSpan(ctx, span)
      .text.trim()
      .split(/[\s']+/)[0] ?? '';
  return ctx.lex.cues.pronouns.has(first);
}

function pickActors(
  ctx: ClaimContext,
  spec: PropositionSpec,
  pred: PredicateHit,
  holder: Entity | null,
): { agent: ActorRef | null; object: ActorRef | null } {
  const inside = mentionsIn(ctx, spec.span);
  const before = inside.filter((m) => m.end <= pred.start);
  const after = inside.filter((m) => m.start >= pred.start);
  const agentMention =
    spec.agent ?? before[before.length - 1] ?? after.find((m) => markedAsAgent(ctx, spec.span, pred, m));
  let agent = agentMention ? actorRef(agentMention.entity) : null;
  if (!agent && holder && startsWithPronoun(ctx, spec.span)) agent = actorRef(holder);
  const objectMention = after.find((m) => m !== agentMention && (!agent || actorKey(m.entity) !== agent.key));
  return { agent, object: objectMention ? actorRef(objectMention.entity) : null };
}

function fillGloss(gloss: string, object: ActorRef | null): string {
  return gloss.replace(/\[([^\]]*)\]/g, (_, inner: string) =>
    object ? inner.replace('{object}', object.name) : '',
  );
}

function excerpt(ctx: ClaimContext, span: Span): string {
  const words = ctx.text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
  return words.slice(0, EXCERPT_WORDS).join(' ') + (words.length > EXCERPT_WORDS ? ' …' : '');
}

/** Builds the summary of a signature's parts (also used when merged claims fill in missing parts). */
export function summarise(
  ctx: ClaimContext,
  parts: Pick<ClaimParts, 'cls' | 'agent' | 'object' | 'span'>,
): string {
  const cls = parts.cls ? ctx.lex.classes.get(parts.cls) : undefined;
  if (!cls) return `${parts.agent ? `${parts.agent.name}: ` : ''}“${excerpt(ctx, parts.span)}”`;
  return `${parts.agent?.name ?? 'Someone'} ${fillGloss(cls.gloss, parts.object)}`;
}

/** "agent|CLASS|object"; a symmetric class lists its two actors in sorted order. */
export function signatureOf(
  ctx: ClaimContext,
  agent: ActorRef | null,
  cls: string | null,
  object: ActorRef | null,
): string | null {
  if (!cls) return null;
  const keys = [agent?.key ?? '', object?.key ?? ''];
  if (ctx.lex.classes.get(cls)?.symmetric && agent && object) keys.sort();
  return `${keys[0]}|${cls}|${keys[1]}`;
}

/** The parts of a proposition, or null when it must name a predicate class and names none. */
export function readProposition(
  ctx: ClaimContext,
  spec: PropositionSpec,
  holder: Entity | null,
): ClaimParts | null {
  const pred = findPredicate(ctx, spec.span);
  if (!pred) {
    if (spec.requireClass) return null;
    const parts = { span: spec.span, cls: null, agent: null, object: null };
    return { ...parts, signature: null, summary: summarise(ctx, parts), rule: spec.rule };
  }
  const { agent, object } = pickActors(ctx, spec, pred, holder);
  const parts = { span: spec.span, cls: pred.cls, agent, object };
  return {
    ...parts,
    signature: signatureOf(ctx, agent, pred.cls, object),
    summary: summarise(ctx, parts),
    rule: `${spec.rule}+${pred.id}`,
  };
}
