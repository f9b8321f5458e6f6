// Reads a proposition into parts — doer, predicate class, object — for a language-independent signature and an
// English summary ("North Korea supplies weapons to Russia").
import countries from 'i18n-iso-countries';
import type { Entity } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import { loadActorIndex, type ActorIndex } from '../../knowledge/actors.js';
import { foldFast } from './fold.js';
import type { CompiledLexeme } from './predicate-lexicon.js';
import { foldedSpan, mentionsIn, type ClaimContext, type MentionRef } from './context.js';
import { negationIn } from './negation.js';
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
  /** Where the proposition is negated ("had not delivered a single drone"), or null: see negation.ts. */
  negationAt: number | null;
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

/**
 * Event words beat relation words; then the earliest, then the shortest. In a noun phrase the first predicate
 * word is the head ("sanctions over alleged drone supplies" is about sanctions), weak or not.
 */
function better(a: PredicateHit, b: PredicateHit, nominal: boolean): boolean {
  if (a.weak !== b.weak && !nominal) return !a.weak;
  return a.start < b.start || (a.start === b.start && a.end < b.end);
}

/** The first match of a lexeme that no `notAfter` words cancel ("drones d'attaque"). */
function firstMatch(lexeme: CompiledLexeme, text: string): RegExpExecArray | null {
  lexeme.re.lastIndex = 0;
  for (let m = lexeme.re.exec(text); m !== null; m = lexeme.re.exec(text)) {
    if (m[0].length === 0) return null;
    if (!lexeme.notAfter?.test(text.slice(Math.max(0, m.index - 40), m.index))) return m;
  }
  return null;
}

/** The predicate lexeme of the span (see `better`). */
function findPredicate(ctx: ClaimContext, span: Span, nominal: boolean): PredicateHit | null {
  const lex = ctx.lex.predicates;
  if (!lex) return null;
  const folded = foldedSpan(ctx, span);
  let best: PredicateHit | null = null;
  for (const lexeme of lex.lexemes) {
    if (!lexeme.core.test(folded.text)) continue;
    const m = firstMatch(lexeme, folded.text);
    if (!m) continue;
    const start = span.start + folded.starts[m.index];
    const end = span.start + folded.ends[m.index + m[0].length - 1];
    const hit = { start, end, cls: lexeme.cls, id: lexeme.id, genitive: lexeme.genitive, weak: lexeme.weak };
    if (!best || better(hit, best, nominal)) best = hit;
  }
  return best;
}

/** A mention after the predicate that a marker makes its doer ("livraisons en provenance de X", "by X"). */
function markedAsAgent(ctx: ClaimContext, span: Span, pred: PredicateHit, m: MentionRef): boolean {
  const lex = ctx.lex.predicates;
  if (!lex) return false;
  const before = foldedSpan(ctx, { start: Math.max(span.start, m.start - 40), end: m.start }).text;
  return lex.agentMarkerAtEnd.test(before) || (pred.genitive && lex.genitiveMarkerAtEnd.test(before));
}

/** "the war in Ukraine": a mention after such words is a circumstance of the predicate, not its object. */
function blockedAsObject(ctx: ClaimContext, span: Span, m: MentionRef): boolean {
  const re = ctx.lex.predicates?.objectBlockerAtEnd;
  if (!re) return false;
  return re.test(foldedSpan(ctx, { start: Math.max(span.start, m.start - 40), end: m.start }).text);
}

/**
 * "Iran said it had not sent drones": a proposition whose subject is a singular pronoun (its first word, before
 * the predicate) has the holder as its doer. A proposition with no subject at all gets no doer.
 */
function pronounDoer(
  ctx: ClaimContext,
  span: Span,
  pred: PredicateHit,
  holder: Entity | null,
): Entity | null {
  if (!holder) return null;
  const folded = foldedSpan(ctx, { start: span.start, end: pred.start });
  const first = /^[\p{L}\p{N}]+/u.exec(folded.text)?.[0];
  return first && ctx.lex.cues.holderPronouns.has(first) ? holder : null;
}

/**
 * The doer is the proposition's own subject (the nearest mention before the predicate, or one the cue or an
 * agent marker names), the object the first other mention after it; the holder's own words are never either.
 */
function pickActors(
  ctx: ClaimContext,
  spec: PropositionSpec,
  pred: PredicateHit,
  holder: Span | null,
  holderEntity: Entity | null,
): { agent: ActorRef | null; object: ActorRef | null } {
  const inside = mentionsIn(ctx, spec.span).filter(
    (m) => !holder || m.end <= holder.start || holder.end <= m.start,
  );
  const before = inside.filter((m) => m.end <= pred.start);
  // The object stands in the predicate's own sentence (a quotation may run several sentences together).
  const stop = /[.!?]["”»]?\s/u.exec(ctx.text.slice(pred.end, spec.span.end));
  const limit = stop ? pred.end + stop.index : spec.span.end;
  const after = inside.filter((m) => m.start >= pred.start && m.end <= limit);
  // A demonym right after a predicate noun is its doer ("les frappes russes"); after the predicate, a marked
  // doer beats a demonym ("sanctions de l'UE visant des entités iraniennes").
  const adjacent = after.find(
    (m) => m.form === 'demonym' && m.start > pred.end && /^\s+$/u.test(ctx.text.slice(pred.end, m.start)),
  );
  const agentMention =
    spec.agent ??
    adjacent ??
    before[before.length - 1] ??
    after.find((m) => markedAsAgent(ctx, spec.span, pred, m)) ??
    after.find((m) => m.form === 'demonym');
  const doer = agentMention?.entity ?? pronounDoer(ctx, spec.span, pred, holderEntity);
  const agent = doer ? actorRef(doer) : null;
  const objectMention = after.find(
    (m) =>
      m !== agentMention &&
      (!agent || actorKey(m.entity) !== agent.key) &&
      !markedAsAgent(ctx, spec.span, pred, m) &&
      !blockedAsObject(ctx, spec.span, m),
  );
  // A symmetric predicate may take its two actors before it ("Moscou et Pyongyang développent des relations").
  const partner =
    !objectMention && agent && ctx.lex.classes.get(pred.cls)?.symmetric
      ? [...before].reverse().find((m) => m !== agentMention && actorKey(m.entity) !== agent.key)
      : undefined;
  const found = objectMention ?? partner;
  return { agent, object: found ? actorRef(found.entity) : null };
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
  // A missing doer or object is said plainly, never guessed.
  const doer = parts.agent?.name ?? '(doer not stated)';
  const lacking = !parts.object && cls.gloss.includes('{object}') ? ' (object not stated)' : '';
  return `${doer} ${fillGloss(cls.gloss, parts.object)}${lacking}`;
}

/**
 * "agent|CLASS|object"; a symmetric class lists its two actors in sorted order. Null unless the doer and the
 * object are both known: a partial signature would group unrelated claims across articles.
 */
export function signatureOf(
  ctx: ClaimContext,
  agent: ActorRef | null,
  cls: string | null,
  object: ActorRef | null,
): string | null {
  if (!cls || !agent || !object) return null;
  const keys = [agent.key, object.key];
  if (ctx.lex.classes.get(cls)?.symmetric) keys.sort();
  return `${keys[0]}|${cls}|${keys[1]}`;
}

/** The parts of a proposition without its predicate class (an excerpt summary, no signature). */
export function classlessParts(
  ctx: ClaimContext,
  span: Span,
  rule: string,
  negationAt: number | null,
): ClaimParts {
  const parts = { span, cls: null, agent: null, object: null };
  return { ...parts, signature: null, summary: summarise(ctx, parts), rule, negationAt };
}

/**
 * The parts of a proposition, or null when it must name a predicate class and names none. `holder` is the span
 * of the holder's words, which never give the doer or the object; `holderEntity` is who a pronoun subject means.
 */
export function readProposition(
  ctx: ClaimContext,
  spec: PropositionSpec,
  holder: Span | null,
  holderEntity: Entity | null = null,
): ClaimParts | null {
  const pred = findPredicate(ctx, spec.span, spec.requireClass && spec.agent === null);
  if (!pred) {
    if (spec.requireClass) return null;
    return classlessParts(ctx, spec.span, spec.rule, negationIn(ctx, spec.span, null));
  }
  const { agent, object } = pickActors(ctx, spec, pred, holder, holderEntity);
  const parts = { span: spec.span, cls: pred.cls, agent, object };
  return {
    ...parts,
    signature: signatureOf(ctx, agent, pred.cls, object),
    summary: summarise(ctx, parts),
    rule: `${spec.rule}+${pred.id}`,
    negationAt: negationIn(ctx, spec.span, pred.end),
  };
}
