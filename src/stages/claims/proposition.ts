// Where the proposition of a cue lies: the clause after it, the object of "accuse X de P", an editorial scope,
// the other half of a headline, or an earlier claim (anaphora).
import { trimSpan, type Span } from '../../core/span.js';
import { unfold, type ClaimContext, type MentionRef, type Unit } from './context.js';
import type { CueHit } from './cues.js';

export interface PropositionSpec {
  span: Span;
  /** Nominal or editorial propositions count as claims only when they name a predicate class. */
  requireClass: boolean;
  /** The doer of the proposition when the cue tells it ("accuse X de P"; "X allegedly sent"). */
  agent: MentionRef | null;
  rule: string;
}

export type Proposition = { kind: 'span'; spec: PropositionSpec } | { kind: 'anaphor' } | { kind: 'none' };

const OBJECT_WINDOW = 80;
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
  if (!ctx.lex.cues.subordinateStart.test(unit.folded.text.slice(from))) return from;
  const comma = unit.folded.text.indexOf(', ', from);
  return comma > from ? comma + 2 : from;
}

function firstAfter(re: RegExp, unit: Unit, from: number): number {
  re.lastIndex = from;
  for (let m = re.exec(unit.folded.text); m !== null; m = re.exec(unit.folded.text)) {
    if (m.index > from) return m.index;
    re.lastIndex = m.index + 1;
  }
  return unit.folded.text.length;
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
  const rest = unit.folded.text.slice(hit.fEnd);
  const comp = ctx.lex.cues.complementiser.exec(rest);
  const from = skipSubordinate(ctx, unit, hit.fEnd + (comp ? comp[0].length : 0));
  const nominal = requireClass && !comp;
  const end = nominal ? phraseEnd(ctx, unit, from) : clauseEnd(ctx, unit, from);
  const found = spanSpec(ctx, unit, from, end, {
    requireClass: nominal,
    agent: null,
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
  const marker = re.exec(unit.folded.text);
  if (!marker || marker.index >= end || marker.index - hit.fEnd > OBJECT_WINDOW) {
    return afterCue(ctx, unit, hit, true, 'prop-object-only');
  }
  // The doer may stand inside a cue with a gap ("hat Russland vorgeworfen, … zu haben"; "wirft Kiew vor").
  const region = unfold(unit, hit.fStart, marker.index);
  const agent = ctx.mentions.find((m) => m.start >= region.start && m.end <= region.end) ?? null;
  return spanSpec(ctx, unit, hit.fEnd, end, { requireClass: agent === null, agent, rule: 'prop-accused-of' });
}

/** The phrase an editorial marker qualifies, up to the next comma or clause break. */
function scopeOf(ctx: ClaimContext, unit: Unit, hit: CueHit): Proposition {
  const end = phraseEnd(ctx, unit, hit.fEnd);
  const adjacent = ctx.mentions.find(
    (m) => m.end <= hit.start && /^\s*$/u.test(ctx.text.slice(m.end, hit.start)),
  );
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
