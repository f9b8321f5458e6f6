// The `claims` stage (our own; no library reads stances): finds propositions people take positions on and, for
// each, every holder with a stance (asserts, accuses, confirms, denies, doubts, cannot-confirm) and its words.
import type { Article, Claim, Quote, StanceKind } from '../../core/article.js';
import { contains, overlaps, trimSpan, type Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { buildContext, unitIndexAt, type ClaimContext, type Unit } from './context.js';
import { findCues } from './cues.js';
import {
  speakerHolder,
  speakerHolderName,
  subjectHolder,
  type EnclosingCue,
  type HolderPick,
} from './holders.js';
import { lexiconsFor } from './lexicon.js';
import { SpanIndex } from './lookup.js';
import { mergeStances, rawStance, type RawStance } from './merge.js';
import { propositionFor } from './proposition.js';
import { classlessParts, readProposition } from './signature.js';

/** Reported content shorter than this ("À tout cela") states no proposition. */
const MIN_REPORTED_WORDS = 4;

interface ReadState {
  /** The last subject holder, for pronouns and participles ("ajoutant que") without a subject. */
  previous: HolderPick | null;
}

/** The holder's words in the text, when it has any (the outlet's voice has none). */
function holderSpan(h: HolderPick): Span | null {
  return h.holder.start !== undefined && h.holder.end !== undefined
    ? { start: h.holder.start, end: h.holder.end }
    : null;
}

/** Stances that, with no classed proposition after the cue, may take the claim last stated. */
function pointsBack(then: string, stance: StanceKind): boolean {
  return then === 'np' && (stance === 'cannot-confirm' || stance === 'denies' || stance === 'doubts');
}

function stancesOfUnit(ctx: ClaimContext, unit: Unit, state: ReadState): RawStance[] {
  const enclosing: EnclosingCue[] = [];
  const out: RawStance[] = [];
  /** The holder of the unit's last subject-held cue, for a cue coordinated with it. */
  let earlier: HolderPick | null = null;
  for (const hit of findCues(unit, ctx.text, ctx.lex.cues.cues)) {
    const bySubject = hit.cue.holder === 'subject';
    const holder: HolderPick | null = bySubject
      ? subjectHolder(ctx, unit, hit, state.previous, earlier)
      : speakerHolder(ctx, unit, hit, enclosing);
    if (!holder) continue;
    if (bySubject) {
      earlier = holder;
      state.previous = holder;
      enclosing.push({ proposition: { start: hit.start, end: hit.start }, holder });
    }
    const prop = propositionFor(ctx, unit, hit);
    if (prop.kind === 'none') continue;
    const parts =
      prop.kind === 'span' ? readProposition(ctx, prop.spec, holderSpan(holder), holder.entity) : null;
    // A stance word whose words after it name no claim ("could not verify either account") points back.
    if (prop.kind === 'span' && !parts && !pointsBack(hit.cue.then, hit.cue.stance)) continue;
    if (parts && hit.cue.stance === 'asserts') enclosing.push({ proposition: parts.span, holder });
    const span = { start: hit.start, end: hit.end };
    const attachOnly = hit.cue.then === 'qualifier';
    out.push(
      rawStance(
        hit.cue.stance,
        holder,
        span,
        `${hit.cue.id}/${holder.rule}`,
        parts,
        attachOnly,
        hit.cue.reach,
      ),
    );
  }
  // Reported speech whose content carries another stance cue is that stance, not a bare assertion; one negated
  // outside that cue ("it has sent no drones. They never showed evidence") is a denial of its own.
  const cues = new SpanIndex(out.map((o) => ({ start: o.span.start, end: o.span.end, o })));
  // Loops, not map/filter chains: the arrays those return inside optimised code have another elements kind, which
  // deoptimised this function ("wrong map") and recompiled it twice per worker.
  const kept: RawStance[] = [];
  for (const r of out) {
    const parts = r.parts;
    if (r.stance !== 'asserts' || !parts) {
      kept.push(r);
      continue;
    }
    const at = parts.negationAt;
    let inner = 0;
    let negatedOutside = at !== null;
    for (const x of cues.overlapping({ start: parts.span.start - 1, end: parts.span.end + 1 })) {
      const o = x.o;
      if (o === r || !contains(parts.span, o.span)) continue;
      inner++;
      if (at !== null && o.span.start <= at && at < o.span.end) negatedOutside = false;
    }
    if (inner === 0 || negatedOutside) kept.push(r);
  }
  return kept;
}

/** The speaker is named in the sentence of the cue (a speaker carried over from afar is too weak for a claim). */
function attributedLocally(ctx: ClaimContext, q: Quote): boolean {
  const at = q.cue?.start ?? q.start;
  const unit = ctx.units[unitIndexAt(ctx, at)];
  return Boolean(
    unit &&
    q.speaker &&
    q.speaker.end > q.speaker.start &&
    unit.start <= q.speaker.start &&
    q.speaker.end <= unit.end,
  );
}

/** How many words may stand between a parenthetical quote's last comma and its speaker (", the ministry said"). */
const PARENTHETICAL_WORDS = 3;

/**
 * The head of a quote that runs on past its own speaker and cue ("P, the ministry said, adding that Q"): P, or null
 * when the quote's cue lies outside it.
 */
function parentheticalHead(ctx: ClaimContext, q: Quote): Span | null {
  const cue = q.cue;
  if (!cue || cue.start <= q.start || cue.end > q.end) return null;
  // The speaker named right before the cue ("…, the ministry said") is cut with it.
  const s = q.speaker;
  const named = s && s.start > q.start && /^\s*$/u.test(ctx.text.slice(s.end, cue.start));
  let cut = named ? s.start : cue.start;
  const head = ctx.text.slice(q.start, cut);
  const comma = head.lastIndexOf(',');
  const tail = comma < 0 ? '' : head.slice(comma + 1);
  if (comma > 0 && tail.split(/\s+/u).filter(Boolean).length <= PARENTHETICAL_WORDS) cut = q.start + comma;
  return trimSpan(ctx.text, { start: q.start, end: cut });
}

interface Coverage {
  /** A stance read from a cue covers the quote: it shares its cue, or read (part of) its content. */
  whole(q: Quote): boolean;
  /** A stance read this part of the quote. */
  part(q: Quote, content: Span): boolean;
}

function coverage(read: readonly RawStance[]): Coverage {
  // Each stance is indexed by the stretch from its cue to its proposition; a quote can only be covered by those.
  // An editorial qualifier ("the so-called corridor") only joins a claim stated elsewhere, perhaps this very quote.
  const index = new SpanIndex(
    read
      .filter((r) => !r.attachOnly)
      .map((r) => ({
        start: Math.min(r.span.start, r.parts?.span.start ?? r.span.start),
        end: Math.max(r.span.end, r.parts?.span.end ?? r.span.end),
        r,
      })),
  );
  const near = (q: Quote): Span => ({
    start: Math.min(q.start, q.cue?.start ?? q.start) - 1,
    end: Math.max(q.end, q.cue?.end ?? q.end) + 1,
  });
  return {
    whole: (q) =>
      index.someOverlapping(near(q), ({ r }) =>
        Boolean(
          (q.cue && overlaps(q.cue, r.span)) || contains(q, r.span) || (r.parts && overlaps(q, r.parts.span)),
        ),
      ),
    part: (q, content) =>
      index.someOverlapping(near(q), ({ r }) =>
        Boolean((r.parts && overlaps(content, r.parts.span)) || contains(content, r.span)),
      ),
  };
}

/** What a quote still reports: all of it when no stance covers it, else the head of a parenthetical one. */
function uncoveredContent(ctx: ClaimContext, q: Quote, cover: Coverage): Span | null {
  if (!cover.whole(q)) return trimSpan(ctx.text, q);
  const head = parentheticalHead(ctx, q);
  return head && !cover.part(q, head) ? head : null;
}

/** Indirect speech the quotes stage found and no cue covers: the speaker asserts its content. */
function reportedSpeech(ctx: ClaimContext, read: readonly RawStance[]): RawStance[] {
  const out: RawStance[] = [];
  const cover = coverage(read);
  for (const q of ctx.quotes) {
    if (q.kind === 'direct' || !q.speaker || !attributedLocally(ctx, q)) continue;
    const span = uncoveredContent(ctx, q, cover);
    if (!span) continue;
    if (
      ctx.text
        .slice(span.start, span.end)
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length < MIN_REPORTED_WORDS
    )
      continue;
    const entity = q.speaker.entity ? (ctx.entities.get(q.speaker.entity) ?? null) : null;
    const holder: HolderPick = {
      holder: speakerHolderName(ctx, { ...q.speaker }),
      rule: 'holder-quote-speaker',
      entity,
    };
    const parts = readProposition(
      ctx,
      { span, requireClass: false, agent: null, rule: 'prop-reported-speech' },
      holderSpan(holder),
      entity,
    );
    if (!parts) continue;
    const cue = q.cue ? { start: q.cue.start, end: q.cue.end } : span;
    out.push(rawStance('asserts', holder, cue, `quote-reported-speech/${q.rule}`, parts));
  }
  return out;
}

/**
 * A negated proposition: asserting or confirming it denies the positive claim (summary and signature stay
 * those of the positive claim; an excerpt summary says it is the opposite). Other stances on it keep their
 * kind but lose the predicate class, so that no summary states the positive claim they do not take.
 */
function readNegation(ctx: ClaimContext, raw: RawStance): RawStance {
  const p = raw.parts;
  if (p?.negationAt === null || p?.negationAt === undefined) return raw;
  if (raw.stance === 'asserts' || raw.stance === 'confirms') {
    const parts = p.cls ? p : { ...p, summary: `the opposite of ${p.summary}` };
    return rawStance('denies', raw.holder, raw.span, `${raw.rule}+negated`, parts, raw.attachOnly, raw.reach);
  }
  if (!p.cls) return raw;
  const parts = classlessParts(ctx, p.span, p.rule, p.negationAt);
  return rawStance(raw.stance, raw.holder, raw.span, raw.rule, parts, raw.attachOnly, raw.reach);
}

export function readClaims(article: Article): Claim[] {
  const lex = lexiconsFor(article.layers.language?.code ?? null);
  if (!lex) return [];
  const ctx = buildContext(article, lex);
  const state: ReadState = { previous: null };
  // Arrays pushed, not flat-mapped or mapped: their elements kind deoptimised mergeStances once per worker.
  const read: RawStance[] = [];
  for (const u of ctx.units) for (const r of stancesOfUnit(ctx, u, state)) read.push(r);
  const all: RawStance[] = [];
  for (const r of read) all.push(readNegation(ctx, r));
  for (const r of reportedSpeech(ctx, read)) all.push(readNegation(ctx, r));
  return mergeStances(ctx, all);
}

export const claimsStage: Stage = {
  name: 'claims',
  version: '1',
  requires: ['body', 'sentences', 'tokens', 'entities', 'quotes', 'language', 'title'],
  provides: ['claims'],
  run(article: Article) {
    return { claims: readClaims(article) };
  },
};
