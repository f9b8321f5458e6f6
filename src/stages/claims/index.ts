// The `claims` stage (our own; no library reads stances): finds propositions people take positions on and, for
// each, every holder with a stance (asserts, accuses, confirms, denies, doubts, cannot-confirm) and its words.
import type { Article, Claim, Quote } from '../../core/article.js';
import { contains, overlaps, trimSpan } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { buildContext, type ClaimContext, type Unit } from './context.js';
import { findCues } from './cues.js';
import { speakerHolder, subjectHolder, type EnclosingCue, type HolderPick } from './holders.js';
import { lexiconsFor } from './lexicon.js';
import { mergeStances, type RawStance } from './merge.js';
import { propositionFor } from './proposition.js';
import { readProposition } from './signature.js';

/** Reported content shorter than this ("À tout cela") states no proposition. */
const MIN_REPORTED_WORDS = 4;

interface ReadState {
  /** The last subject holder, for pronouns and participles ("ajoutant que") without a subject. */
  previous: HolderPick | null;
}

function stancesOfUnit(ctx: ClaimContext, unit: Unit, state: ReadState): RawStance[] {
  const enclosing: EnclosingCue[] = [];
  const out: RawStance[] = [];
  for (const hit of findCues(unit, ctx.text, ctx.lex.cues.cues)) {
    const bySubject = hit.cue.holder === 'subject';
    const holder = bySubject
      ? subjectHolder(ctx, unit, hit, state.previous)
      : speakerHolder(ctx, unit, hit, enclosing);
    if (!holder) continue;
    if (bySubject) {
      state.previous = holder;
      enclosing.push({ proposition: { start: hit.start, end: hit.start }, holder });
    }
    const prop = propositionFor(ctx, unit, hit);
    if (prop.kind === 'none') continue;
    const parts = prop.kind === 'span' ? readProposition(ctx, prop.spec, holder.entity) : null;
    if (prop.kind === 'span' && !parts) continue;
    if (parts && hit.cue.stance === 'asserts') enclosing.push({ proposition: parts.span, holder });
    const span = { start: hit.start, end: hit.end };
    const attachOnly = hit.cue.then === 'qualifier';
    out.push({
      stance: hit.cue.stance,
      holder,
      span,
      rule: `${hit.cue.id}/${holder.rule}`,
      parts,
      attachOnly,
    });
  }
  // Reported speech whose content carries another stance cue is that stance, not a bare assertion.
  return out.filter(
    (r) =>
      !(r.stance === 'asserts' && r.parts && out.some((o) => o !== r && contains(r.parts!.span, o.span))),
  );
}

/** The speaker is named in the sentence of the cue (a speaker carried over from afar is too weak for a claim). */
function attributedLocally(ctx: ClaimContext, q: Quote): boolean {
  const at = q.cue?.start ?? q.start;
  const unit = ctx.units.find((u) => u.start <= at && at < u.end);
  return Boolean(
    unit &&
    q.speaker &&
    q.speaker.end > q.speaker.start &&
    unit.start <= q.speaker.start &&
    q.speaker.end <= unit.end,
  );
}

/** Indirect speech the quotes stage found and no cue covers: the speaker asserts its content. */
function reportedSpeech(ctx: ClaimContext, read: readonly RawStance[]): RawStance[] {
  const out: RawStance[] = [];
  const covered = (q: Quote): boolean =>
    read.some(
      (r) =>
        (q.cue && overlaps(q.cue, r.span)) || contains(q, r.span) || (r.parts && overlaps(q, r.parts.span)),
    );
  for (const q of ctx.quotes) {
    if (q.kind === 'direct' || !q.speaker || covered(q) || !attributedLocally(ctx, q)) continue;
    const span = trimSpan(ctx.text, q);
    if (
      ctx.text
        .slice(span.start, span.end)
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length < MIN_REPORTED_WORDS
    )
      continue;
    const entity = q.speaker.entity ? (ctx.entities.get(q.speaker.entity) ?? null) : null;
    const holder: HolderPick = { holder: { ...q.speaker }, rule: 'holder-quote-speaker', entity };
    const parts = readProposition(
      ctx,
      { span, requireClass: false, agent: null, rule: 'prop-reported-speech' },
      entity,
    );
    if (!parts) continue;
    const cue = q.cue ? { start: q.cue.start, end: q.cue.end } : span;
    out.push({ stance: 'asserts', holder, span: cue, rule: `quote-reported-speech/${q.rule}`, parts });
  }
  return out;
}

export function readClaims(article: Article): Claim[] {
  const lex = lexiconsFor(article.layers.language?.code ?? null);
  if (!lex) return [];
  const ctx = buildContext(article, lex);
  const state: ReadState = { previous: null };
  const read = ctx.units.flatMap((u) => stancesOfUnit(ctx, u, state));
  return mergeStances(ctx, [...read, ...reportedSpeech(ctx, read)]);
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
