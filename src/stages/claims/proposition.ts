// Where the proposition of a cue lies: the clause after it, the object of "accuse X de P", an editorial scope,
// the other half of a headline, or an earlier claim (anaphora).
import { trimSpan, type Span } from '../../core/span.js';
import {
  firstMentionFrom,
  firstMentionIn,
  mentionsIn,
  unfold,
  type ClaimContext,
  type MentionRef,
  type Unit,
} from './context.js';
import type { CueHit } from './cues.js';
import type { TextRegExp } from './pattern.js';

export interface PropositionSpec {
  span: Span;
  /** Nominal or editorial propositions count as claims only when they name a predicate class. */
  requireClass: boolean;
  /** The doer of the proposition when the cue tells it ("accuse X de P"; "X allegedly sent"). */
  agent: MentionRef | null;
  /**
   * The holder is the doer when the proposition names none: a subjectless phrase they deny or admit ("Iran denies
   * supplying drones", "la Chine rejette les accusations d'ingérence").
   */
  holderIsDoer?: boolean;
  rule: string;
}

export type Proposition = { kind: 'span'; spec: PropositionSpec } | { kind: 'anaphor' } | { kind: 'none' };

const OBJECT_WINDOW = 80;
/** No proposition runs further than this many words after its start (a text may have no sentence end at all). */
const MAX_WORDS = 60;
/** Nor further than this many characters (text without spaces). */
const MAX_WINDOW_CHARS = 1200;
/** How far ahead words that open a proposition ("que", "même si") are looked for. */
const LOOK_AHEAD = 200;
const TITLE_SEPARATOR = /\s*(?::|\s[—–|-]\s)\s*/gu;
const TRAILING = /[\s.,;:!?…»"“”]+$/u;
const LEADING = /^[\s«"“”,:]+/u;

/** Folded offset where the proposition starting at `from` ends (clause break or unit end). */
function clauseEnd(ctx: ClaimContext, unit: Unit, from: number): number {
  return firstAfter(ctx.lex.cues.clauseEnd, unit, from);
}

/** Where a nominal proposition ends: its clause end, or an earlier phrase break. */
function phraseEnd(ctx: ClaimContext, unit: Unit, from: number): number {
  return Math.min(clauseEnd(ctx, unit, from), firstAfter(ctx.lex.cues.phraseEnd, unit, from));
}

/** A proposition that opens with a subordinate ("même si …, P") starts after it. */
function skipSubordinate(ctx: ClaimContext, unit: Unit, from: number): number {
  if (!ctx.lex.cues.subordinateStart.test(unit.folded.text.slice(from, from + LOOK_AHEAD))) return from;
  const comma = unit.folded.text.slice(0, wordLimit(unit, from)).indexOf(', ', from);
  return comma > from ? comma + 2 : from;
}

/** Folded offset after MAX_WORDS words from `from` (the unit end when it comes first): no window runs further. */
function wordLimit(unit: Unit, from: number): number {
  const text = unit.folded.text.slice(0, from + MAX_WINDOW_CHARS);
  const re = /\S+/gu;
  re.lastIndex = from;
  for (let n = 0; n < MAX_WORDS; n++) if (!re.exec(text)) return text.length;
  return re.lastIndex;
}

/** The first match of `re` after `from`, else the window's end (MAX_WORDS words or the unit end). */
function firstAfter(re: TextRegExp, unit: Unit, from: number): number {
  const limit = wordLimit(unit, from);
  const text = unit.folded.text.slice(0, limit);
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > from) return m.index;
    re.lastIndex = m.index + 1;
  }
  return limit;
}

/** Ends a span at a closing quote mark opened before it (the proposition was the end of a quotation). */
function cutAtUnopenedClose(text: string, span: Span): Span {
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === '«' || ch === '“') depth++;
    else if (ch === '»' || ch === '”') {
      if (depth === 0) return { start: span.start, end: i };
      depth--;
    }
  }
  return span;
}

function cleanSpan(ctx: ClaimContext, whole: Span): Span {
  const span = cutAtUnopenedClose(ctx.text, whole);
  const raw = ctx.text.slice(span.start, span.end);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
  return trimSpan(ctx.text, { start: span.start + lead, end: span.end - trail });
}

function spanSpec(
  ctx: ClaimContext,
  unit: Unit,
  from: number,
  to: number,
  extra: Omit<PropositionSpec, 'span'>,
): Proposition {
  const span = cleanSpan(ctx, unfold(unit, from, to));
  if (span.end <= span.start || !/\p{L}/u.test(ctx.text.slice(span.start, span.end))) return { kind: 'none' };
  return { kind: 'span', spec: { span, ...extra } };
}

/** For a cue with nothing after it in a headline ("Livraison d'armes …: Moscou dénie"): the other half. */
function titleHalf(ctx: ClaimContext, unit: Unit, hit: CueHit): Proposition {
  const title = ctx.text.slice(unit.start, unit.end);
  const parts: Span[] = [];
  let from = 0;
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    parts.push({ start: unit.start + from, end: unit.start + m.index });
    from = m.index + m[0].length;
  }
  parts.push({ start: unit.start + from, end: unit.end });
  const others = parts.filter((p) => !(p.start <= hit.start && hit.end <= p.end) && p.end > p.start);
  if (others.length === 0) return { kind: 'none' };
  const longest = others.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const span = cleanSpan(ctx, longest);
  return { kind: 'span', spec: { span, requireClass: true, agent: null, rule: 'prop-title-half' } };
}

function afterCue(
  ctx: ClaimContext,
  unit: Unit,
  hit: CueHit,
  requireClass: boolean,
  rule: string,
): Proposition {
  const rest = unit.folded.text.slice(hit.fEnd, hit.fEnd + LOOK_AHEAD);
  const comp = ctx.lex.cues.complementiser.exec(rest);
  const from = skipSubordinate(ctx, unit, hit.fEnd + (comp ? comp[0].length : 0));
  const nominal = requireClass && !comp;
  const end = nominal ? phraseEnd(ctx, unit, from) : clauseEnd(ctx, unit, from);
  const found = spanSpec(ctx, unit, from, end, {
    requireClass: nominal,
    agent: null,
    holderIsDoer: nominal && (hit.cue.stance === 'denies' || hit.cue.stance === 'confirms'),
    rule: comp ? 'prop-complement-clause' : rule,
  });
  if (found.kind !== 'none') return found;
  return unit.isTitle ? titleHalf(ctx, unit, hit) : { kind: 'anaphor' };
}

/** "accuse X de P", "X hat Y vorgeworfen, P zu haben": X (Y) is the doer of P. */
function objectFrame(ctx: ClaimContext, unit: Unit, hit: CueHit): Proposition {
  const end = clauseEnd(ctx, unit, hit.fEnd);
  const re = ctx.lex.cues.objectMarker;
  re.lastIndex = hit.fEnd;
  const marker = re.exec(unit.folded.text.slice(0, hit.fEnd + OBJECT_WINDOW + LOOK_AHEAD));
  if (!marker || marker.index >= end || marker.index - hit.fEnd > OBJECT_WINDOW) {
    return afterCue(ctx, unit, hit, true, 'prop-object-only');
  }
  // The doer may stand inside a cue with a gap ("hat Russland vorgeworfen, … zu haben"; "wirft Kiew vor").
  const region = unfold(unit, hit.fStart, marker.index);
  const named = firstMentionIn(ctx, region);
  if (named)
    return spanSpec(ctx, unit, hit.fEnd, end, { requireClass: false, agent: named, rule: 'prop-accused-of' });
  const agent = pronounObject(ctx, unit, hit, marker.index) ?? accusedBefore(ctx, unit, hit);
  return spanSpec(ctx, unit, hit.fEnd, end, { requireClass: true, agent, rule: 'prop-accused-of' });
}

/**
 * "accusing them of P", "les accusant de P": an object pronoun right after the cue (alone before the marker) or
 * right before it stands for the nearest mention before the cue that is not the cue's subject; null otherwise.
 */
function pronounObject(ctx: ClaimContext, unit: Unit, hit: CueHit, markerAt: number): MentionRef | null {
  const re = ctx.lex.cues.objectPronoun;
  const folded = unit.folded.text;
  const before = /(?:^|[\s,])(\p{L}+'?)\s*$/u.exec(folded.slice(Math.max(0, hit.fStart - 12), hit.fStart));
  if (!re.test(folded.slice(hit.fEnd, markerAt)) && !(before && re.test(before[1]))) return null;
  const subject = firstMentionIn(ctx, { start: unit.start, end: hit.start });
  const candidates = mentionsIn(ctx, { start: unit.start, end: hit.start });
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i];
    if (!subject || m.entity.id !== subject.entity.id) return m;
  }
  return null;
}

/**
 * The accused when the cue names nobody after it: the noun a participle follows ("entreprises iraniennes accusées
 * de P"), or what a relative before the cue stands for ("l'Iran, qu'ils accusent de P"). A cue of several words
 * ("a accusé", "has accused") is a finite verb: the name before it is the accuser, not the accused.
 */
function accusedBefore(ctx: ClaimContext, unit: Unit, hit: CueHit): MentionRef | null {
  // The relative first: in "la Corée du Nord, que Washington accuse de P" the name before the verb is its subject.
  const re = ctx.lex.predicates?.accusedRelativeAtEnd;
  const from = Math.max(0, hit.fStart - LOOK_AHEAD);
  const relative = re?.exec(unit.folded.text.slice(from, hit.fStart));
  if (relative) {
    const antecedent = adjacentBefore(ctx, unfold(unit, from + relative.index, hit.fStart).start, /[\s,]/u);
    if (antecedent && antecedent.start >= unit.start) return antecedent;
  }
  const oneWord = !/\s/u.test(unit.folded.text.slice(hit.fStart, hit.fEnd).trim());
  const adjacent = oneWord ? adjacentBefore(ctx, hit.start) : undefined;
  return adjacent && adjacent.start >= unit.start ? adjacent : null;
}

/** The first mention (in text order) that ends right before an offset, only spaces (or `gapChars`) between. */
function adjacentBefore(ctx: ClaimContext, at: number, gapChars = /\s/u): MentionRef | undefined {
  let gap = at;
  while (gap > 0 && gapChars.test(ctx.text[gap - 1])) gap--;
  const from = firstMentionFrom(ctx, gap - LOOK_AHEAD);
  for (let i = from; i < ctx.mentions.length && ctx.mentions[i].start < at; i++) {
    const m = ctx.mentions[i];
    if (m.end >= gap && m.end <= at) return m;
  }
  return undefined;
}

/** The phrase an editorial marker qualifies, up to the next comma or clause break. */
function scopeOf(ctx: ClaimContext, unit: Unit, hit: CueHit): Proposition {
  const end = phraseEnd(ctx, unit, hit.fEnd);
  const adjacent = adjacentBefore(ctx, hit.start);
  const agent = adjacent && adjacent.end >= unit.start ? adjacent : null;
  return spanSpec(ctx, unit, hit.fEnd, end, { requireClass: true, agent, rule: 'prop-editorial-scope' });
}

export function propositionFor(ctx: ClaimContext, unit: Unit, hit: CueHit): Proposition {
  switch (hit.cue.then) {
    case 'clause':
      return afterCue(ctx, unit, hit, false, 'prop-complement-clause');
    case 'np':
      return afterCue(ctx, unit, hit, true, 'prop-object-phrase');
    case 'object':
      return objectFrame(ctx, unit, hit);
    case 'scope':
    case 'qualifier':
      return scopeOf(ctx, unit, hit);
    case 'anaphor':
      return { kind: 'anaphor' };
  }
}
