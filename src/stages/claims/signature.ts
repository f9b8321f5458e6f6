// Reads a proposition into parts — doer, predicate class, object — for a language-independent signature and an
// English summary ("North Korea supplies weapons to Russia").
import type { Entity } from '../../core/article.js';
import { overlaps, type Span } from '../../core/span.js';
import { actorKey, actorRef, type ActorRef } from './actor-ref.js';
import type { CompiledLexeme } from './predicate-lexicon.js';
import { foldedSpan, mentionsIn, type ClaimContext, type MentionRef } from './context.js';
import { negationIn } from './negation.js';
import type { PropositionSpec } from './proposition.js';

export type { ActorRef };

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
  passive: boolean;
}

const EXCERPT_WORDS = 12;
/**
 * A denied or admitted phrase has the holder as its doer only when the predicate opens it, after at most this many
 * words ("rejette mardi 4 juin les accusations d'ingérence"); further on it is a circumstance ("avant l'invasion").
 */
const HOLDER_DOER_REACH_WORDS = 6;
/** A demonym after the predicate is its doer only this many words on ("targets for the Russian forces" is not). */
const DEMONYM_REACH_WORDS = 4;

/**
 * Event words beat relation words; then the earliest. At the same word the row listed first wins: predicate files
 * list the specific before the general ("attaque informatique" before "attaque"). In a noun phrase the first
 * predicate word is the head ("sanctions over alleged drone supplies" is about sanctions), weak or not.
 */
function better(a: PredicateHit, b: PredicateHit, nominal: boolean): boolean {
  if (a.weak !== b.weak && !nominal) return !a.weak;
  return a.start < b.start;
}

/** A class whose gloss names no object takes none ("smuggles weapons"): see predicate-classes.yaml. */
function takesObject(ctx: ClaimContext, cls: string): boolean {
  return ctx.lex.classes.get(cls)?.gloss.includes('{object}') ?? true;
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
    const hit = {
      start,
      end,
      cls: lexeme.cls,
      id: lexeme.id,
      genitive: lexeme.genitive,
      weak: lexeme.weak,
      passive: lexeme.passive,
    };
    if (!best || better(hit, best, nominal)) best = hit;
  }
  return best;
}

/** A mention after the predicate that a marker makes its doer ("livraisons en provenance de X", "by X"). */
function markedAsAgent(ctx: ClaimContext, span: Span, pred: PredicateHit, m: MentionRef): boolean {
  const lex = ctx.lex.predicates;
  if (!lex) return false;
  const before = foldedSpan(ctx, { start: Math.max(span.start, m.start - 40), end: m.start }).text;
  if (lex.foreignAgentAtEnd?.test(before)) return false;
  if (lex.agentMarkerAtEnd.test(before) || (pred.genitive && lex.genitiveMarkerAtEnd.test(before)))
    return true;
  // A demonym may follow its noun after the marker ("menées par les gouvernements syrien").
  if (m.form !== 'demonym') return false;
  const noun = /[\p{L}\p{N}]+\s+$/u.exec(before);
  return Boolean(noun && lex.agentMarkerAtEnd.test(before.slice(0, noun.index)));
}

/** "the war in Ukraine": a mention after such words is a circumstance of the predicate, not its object. */
function blockedAsObject(ctx: ClaimContext, span: Span, m: MentionRef): boolean {
  const re = ctx.lex.predicates?.objectBlockerAtEnd;
  if (!re) return false;
  return re.test(foldedSpan(ctx, { start: Math.max(span.start, m.start - 40), end: m.start }).text);
}

/**
 * "Iran said it had not sent drones": a proposition whose subject is a singular pronoun (its first word, before
 * the predicate) has the holder as its doer.
 */
function pronounSubject(ctx: ClaimContext, span: Span, pred: PredicateHit): boolean {
  const folded = foldedSpan(ctx, { start: span.start, end: pred.start });
  const first = /^[\p{L}\p{N}]+/u.exec(folded.text)?.[0];
  return Boolean(first && ctx.lex.cues.holderPronouns.has(first));
}

/** The mentions actors come from: before the predicate, and after it in its own sentence; never the holder's words. */
interface Around {
  before: MentionRef[];
  after: MentionRef[];
}

function mentionsAround(
  ctx: ClaimContext,
  spec: PropositionSpec,
  pred: PredicateHit,
  holder: Span | null,
): Around {
  const inside = mentionsIn(ctx, spec.span).filter((m) => !holder || !overlaps(m, holder));
  // The object stands in the predicate's own sentence (a quotation may run several sentences together).
  const stop = /[.!?]["”»]?\s/u.exec(ctx.text.slice(pred.end, spec.span.end));
  const limit = stop ? pred.end + stop.index : spec.span.end;
  return {
    before: inside.filter((m) => m.end <= pred.start),
    after: inside.filter((m) => m.start >= pred.start && m.end <= limit),
  };
}

function wordsBetween(ctx: ClaimContext, from: number, to: number): number {
  return ctx.text
    .slice(from, to)
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The doer, most telling first: the one the cue names ("accuse X de P", "X, qu'ils accusent de P"), the agent
 * of a passive ("drones supplied by Iran"), a demonym right after a predicate noun ("les frappes russes"), the
 * proposition's subject (the nearest mention before the predicate), a marked doer after it ("livraisons en
 * provenance de X"), the holder when the subject is their pronoun or when they deny or admit a subjectless phrase,
 * and last a demonym just after the predicate.
 */
function pickDoer(
  ctx: ClaimContext,
  spec: PropositionSpec,
  pred: PredicateHit,
  around: Around,
  holderEntity: Entity | null,
): { mention: MentionRef | undefined; entity: Entity | null } {
  const { before, after } = around;
  const marked = (): MentionRef | undefined => after.find((m) => markedAsAgent(ctx, spec.span, pred, m));
  const named = spec.agent ?? undefined;
  const adjacent = after.find(
    (m) => m.form === 'demonym' && m.start > pred.end && /^\s+$/u.test(ctx.text.slice(pred.end, m.start)),
  );
  // A passive's subject is the thing given: only a demonym right before it ("Iranian drones were sent") is the doer.
  const subject = pred.passive
    ? before.filter((m) => m.form === 'demonym' && /^\s*$/u.test(ctx.text.slice(m.end, pred.start))).pop()
    : before[before.length - 1];
  const mention = named ?? (pred.passive ? marked() : undefined) ?? adjacent ?? subject ?? marked();
  if (mention) return { mention, entity: mention.entity };
  const opens = wordsBetween(ctx, spec.span.start, pred.start) <= HOLDER_DOER_REACH_WORDS;
  const holderDoes = (spec.holderIsDoer && opens) || pronounSubject(ctx, spec.span, pred);
  if (holderEntity && holderDoes) return { mention: undefined, entity: holderEntity };
  const near = after.find(
    (m) => m.form === 'demonym' && wordsBetween(ctx, pred.end, m.start) <= DEMONYM_REACH_WORDS,
  );
  return { mention: near, entity: near?.entity ?? null };
}

/** The object: the first other mention after the predicate that is neither marked as doer nor a circumstance. */
function pickActors(
  ctx: ClaimContext,
  spec: PropositionSpec,
  pred: PredicateHit,
  holder: Span | null,
  holderEntity: Entity | null,
): { agent: ActorRef | null; object: ActorRef | null } {
  const around = mentionsAround(ctx, spec, pred, holder);
  const doer = pickDoer(ctx, spec, pred, around, holderEntity);
  const agent = doer.entity ? actorRef(doer.entity) : null;
  if (!takesObject(ctx, pred.cls)) return { agent, object: null };
  const objectMention = around.after.find(
    (m) =>
      m !== doer.mention &&
      (!agent || actorKey(m.entity) !== agent.key) &&
      !markedAsAgent(ctx, spec.span, pred, m) &&
      !blockedAsObject(ctx, spec.span, m),
  );
  // A symmetric predicate may take its two actors before it ("Moscou et Pyongyang développent des relations").
  const partner =
    !objectMention && agent && ctx.lex.classes.get(pred.cls)?.symmetric
      ? [...around.before].reverse().find((m) => m !== doer.mention && actorKey(m.entity) !== agent.key)
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
 * "agent|CLASS|object"; a symmetric class lists its two actors in sorted order; a class that takes no object
 * gives "agent|CLASS|". Null unless the doer and the object are both known: a partial signature would group
 * unrelated claims across articles.
 */
export function signatureOf(
  ctx: ClaimContext,
  agent: ActorRef | null,
  cls: string | null,
  object: ActorRef | null,
): string | null {
  if (!cls || !agent) return null;
  if (!takesObject(ctx, cls)) return `${agent.key}|${cls}|`;
  if (!object) return null;
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
  const summary = summarise(ctx, { span, cls: null, agent: null, object: null });
  return claimParts(span, null, null, null, null, summary, rule, negationAt);
}

/**
 * A ClaimParts as one literal: `{ ...parts, signature, … }` missed its inline cache in optimised code (its parts
 * come with null and non-null actors), a runtime call per proposition.
 */
function claimParts(
  span: Span,
  cls: string | null,
  agent: ClaimParts['agent'],
  object: ClaimParts['object'],
  signature: string | null,
  summary: string,
  rule: string,
  negationAt: number | null,
): ClaimParts {
  return { span, cls, agent, object, signature, summary, rule, negationAt };
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
  return claimParts(
    spec.span,
    pred.cls,
    agent,
    object,
    signatureOf(ctx, agent, pred.cls, object),
    summarise(ctx, { span: spec.span, cls: pred.cls, agent, object }),
    `${spec.rule}+${pred.id}`,
    negationIn(ctx, spec.span, pred.end),
  );
}
