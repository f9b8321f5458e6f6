// Merges stances about one proposition into one claim (same or compatible signature, overlapping clause, or
// anaphora), so the ledger reads claim × holders.
import type { Claim, ClaimStance, StanceKind } from '../../core/article.js';
import { stableId } from '../../core/ids.js';
import { overlaps, type Span } from '../../core/span.js';
import { foldFast } from './fold.js';
import { unitIndexAt, type ClaimContext } from './context.js';
import type { HolderPick } from './holders.js';
import { signatureOf, summarise, type ActorRef, type ClaimParts } from './signature.js';

/**
 * One stance as read from the text, before merging. `parts` is null for an anaphor ("ces allégations"). Made by
 * rawStance() only, so that every one has the same shape: optional fields spread in or left out gave the objects
 * several maps, and the code reading them was deoptimised ("wrong map") and recompiled twice per worker.
 */
export interface RawStance {
  stance: StanceKind;
  holder: HolderPick;
  span: Span;
  rule: string;
  parts: ClaimParts | null;
  /** Only joins a claim stated elsewhere in the article ("les soi-disant transferts"), never starts one. */
  attachOnly: boolean;
  /** For an anaphor: sentences back the claim may lie (undefined: ANAPHOR_REACH). */
  reach: number | undefined;
}

export function rawStance(
  stance: StanceKind,
  holder: HolderPick,
  span: Span,
  rule: string,
  parts: ClaimParts | null,
  attachOnly = false,
  reach: number | undefined = undefined,
): RawStance {
  return { stance, holder, span, rule, parts, attachOnly, reach };
}

interface Draft {
  parts: ClaimParts;
  stances: ClaimStance[];
  /** Each holder-and-kind key with the index of its stance. */
  keys: Map<string, number>;
  /** Latest text offset where the claim was stated or taken a stance on, for anaphora. */
  lastAt: number;
}

function sameOrMissing(a: ActorRef | null, b: ActorRef | null): boolean {
  return !a || !b || a.key === b.key;
}

function compatible(a: ClaimParts, b: ClaimParts): boolean {
  if (overlaps(a.span, b.span)) return true;
  if (!a.cls || a.cls !== b.cls) return false;
  if (!sameOrMissing(a.agent, b.agent) || !sameOrMissing(a.object, b.object)) return false;
  // Partial readings merge when they share a known actor, or when one names no actor at all.
  const shared = (a.agent && b.agent) || (a.object && b.object);
  const bare = (!a.agent && !a.object) || (!b.agent && !b.object);
  return Boolean(shared || bare);
}

/** How many recently touched claims a new stance's span is compared with (spans overlap only nearby). */
const RECENT = 64;

/** The drafts, with lookups by signature and class so that placing a stance does not scan them all. */
class DraftBook {
  readonly all: Draft[] = [];
  private readonly order = new Map<Draft, number>();
  private readonly bySignature = new Map<string, number>();
  private readonly byClass = new Map<string, Set<Draft>>();
  private readonly touched: Draft[] = [];

  add(d: Draft): void {
    this.order.set(d, this.all.length);
    this.all.push(d);
    this.update(d);
  }

  /** Records a draft's current signature and class, and that it was just touched. */
  update(d: Draft): void {
    const at = this.order.get(d) ?? 0;
    const sig = d.parts.signature;
    if (sig !== null && (this.bySignature.get(sig) ?? Infinity) > at) this.bySignature.set(sig, at);
    const cls = d.parts.cls;
    if (cls !== null) {
      const set = this.byClass.get(cls) ?? new Set<Draft>();
      set.add(d);
      this.byClass.set(cls, set);
    }
    this.touched.push(d);
  }

  recent(): Draft[] {
    return this.touched.slice(-RECENT);
  }

  /** The first draft (in creation order) with the same signature, else the first compatible one. */
  findTarget(parts: ClaimParts): Draft | undefined {
    const sig = parts.signature !== null ? this.bySignature.get(parts.signature) : undefined;
    if (sig !== undefined) return this.all[sig];
    const candidates = [...(parts.cls ? (this.byClass.get(parts.cls) ?? []) : []), ...this.recent()];
    let best: Draft | undefined;
    for (const d of candidates)
      if (compatible(d.parts, parts) && (!best || this.order.get(d)! < this.order.get(best)!)) best = d;
    return best;
  }
}

/** How many sentences back an anaphor ("fake news") may find the claim it points to, unless its cue says more. */
const ANAPHOR_REACH = 2;

/** The claim an anaphor points to: the one stated or taken a stance on last, within `reach` sentences. */
function antecedent(
  ctx: ClaimContext,
  book: DraftBook,
  before: number,
  reach = ANAPHOR_REACH,
): Draft | undefined {
  const here = unitIndexAt(ctx, before);
  const from = here < 0 ? 0 : ctx.units[Math.max(0, here - reach)].start;
  let best: Draft | undefined;
  for (const d of book.recent())
    if (d.lastAt >= from && d.lastAt <= before && (!best || d.lastAt > best.lastAt)) best = d;
  return best;
}

/** Fills parts the claim lacks; a body clause replaces a headline as the claim's span. */
function absorb(ctx: ClaimContext, draft: Draft, parts: ClaimParts): void {
  const p = draft.parts;
  const span = inTitle(ctx, p.span) && !inTitle(ctx, parts.span) ? parts.span : p.span;
  const cls = p.cls ?? parts.cls;
  const agent = p.agent ?? (cls === parts.cls ? parts.agent : null);
  const object = p.object ?? (cls === parts.cls ? parts.object : null);
  const merged = { span, cls, agent, object };
  draft.parts = {
    ...merged,
    signature: signatureOf(ctx, agent, cls, object),
    summary: summarise(ctx, merged),
    rule: p.rule,
    negationAt: p.negationAt,
  };
}

const DETERMINER =
  /^(?:(?:un|une|le|la|les|l|the|a|an|der|die|das|ein|eine|el|los|las|il|lo|gli|uno)\s+|l')/u;

/** One stance per holder and kind; holders are told apart by name ("un représentant" = "représentant"). */
function holderKey(raw: RawStance): string {
  const h = raw.holder.holder;
  const name = foldFast(h.name).text.trim().replace(DETERMINER, '');
  return `${name}\u241f${raw.stance}`;
}

/** Whether a span lies in the article's title. */
function inTitle(ctx: ClaimContext, s: Span): boolean {
  const u = ctx.units[unitIndexAt(ctx, s.start)];
  return Boolean(u && u.isTitle && s.end <= u.end);
}

/** One stance per holder and kind; a headline's stance gives way to the body's words for it, which carry evidence. */
function addStance(ctx: ClaimContext, draft: Draft, raw: RawStance): void {
  draft.lastAt = Math.max(draft.lastAt, raw.span.start);
  const key = holderKey(raw);
  const stance = {
    holder: raw.holder.holder,
    stance: raw.stance,
    span: { start: raw.span.start, end: raw.span.end },
    rule: raw.rule,
  };
  const seen = draft.keys.get(key);
  if (seen === undefined) {
    draft.keys.set(key, draft.stances.length);
    draft.stances.push(stance);
  } else if (inTitle(ctx, draft.stances[seen].span) && !inTitle(ctx, raw.span)) draft.stances[seen] = stance;
}

function toClaim(ctx: ClaimContext, draft: Draft, used: Set<string>): Claim {
  const p = draft.parts;
  let id = stableId(ctx.articleId, 'claim', p.signature ?? `${p.span.start}-${p.span.end}`);
  for (let n = 2; used.has(id); n++) id = stableId(ctx.articleId, 'claim', p.signature, p.span.start, n);
  used.add(id);
  return {
    id,
    summary: p.summary,
    span: { start: p.span.start, end: p.span.end },
    signature: p.signature,
    stances: draft.stances,
    rule: p.rule,
  };
}

/** Claims in order of first statement, each with its deduplicated stances (one per holder and stance). */
export function mergeStances(ctx: ClaimContext, raws: readonly RawStance[]): Claim[] {
  const book = new DraftBook();
  const ordered = [...raws].sort((a, b) => a.span.start - b.span.start);
  for (const raw of ordered.filter((r) => !r.attachOnly)) place(ctx, book, raw);
  for (const raw of ordered.filter((r) => r.attachOnly)) {
    const target = raw.parts ? book.findTarget(raw.parts) : undefined;
    if (target) {
      addStance(ctx, target, raw);
      book.update(target);
    }
  }
  const used = new Set<string>();
  // A loop and a literal, not `.map()` chains and a spread: those deoptimised this function once per worker.
  const claims: Claim[] = [];
  for (const d of book.all.sort((a, b) => a.parts.span.start - b.parts.span.start)) {
    const stances = [...d.stances].sort((x, y) => x.span.start - y.span.start);
    claims.push(toClaim(ctx, { parts: d.parts, stances, keys: d.keys, lastAt: d.lastAt }, used));
  }
  return claims;
}

/** Adds a stance to the claim it is about, starting a claim when it states a new proposition. */
function place(ctx: ClaimContext, book: DraftBook, raw: RawStance): void {
  let target = raw.parts ? book.findTarget(raw.parts) : antecedent(ctx, book, raw.span.start, raw.reach);
  if (!target) {
    if (!raw.parts) return;
    target = { parts: raw.parts, stances: [], keys: new Map(), lastAt: raw.parts.span.start };
    book.add(target);
  } else if (raw.parts) {
    absorb(ctx, target, raw.parts);
    target.lastAt = Math.max(target.lastAt, raw.parts.span.start);
  }
  addStance(ctx, target, raw);
  book.update(target);
}
