// Who holds a stance: the subject of the cue verb, the speaker of the words, or the article's own voice.
import type { Entity, Quote, StanceHolder } from '../../core/article.js';
import { isSpaceAt, trimSpan, type Span } from '../../core/span.js';
import { foldFast } from './fold.js';
import {
  firstMentionFrom,
  firstMentionIn,
  foldedAt,
  mentionsIn,
  OUTLET_FALLBACK,
  quoteContaining,
  unfold,
  type ClaimContext,
  type MentionRef,
  type Unit,
} from './context.js';
import type { CueHit } from './cues.js';

/** A resolved holder and the rule that found it. */
export interface HolderPick {
  holder: StanceHolder;
  rule: string;
  /** The entity behind the holder, when known (to compare holders and agents). */
  entity: Entity | null;
}

/** A cue already read in the same unit, for stances spoken inside another's reported speech. */
export interface EnclosingCue {
  /** The reported content; empty (start = end = the cue's start) for a cue that reports nothing. */
  proposition: Span;
  holder: HolderPick;
}

const MAX_SUBJECT_WORDS = 15;
const MAX_NP_WORDS = 6;
/** No subject window reaches further back than this (a text may have no sentence end at all). */
const MAX_SUBJECT_CHARS = 400;
/** How far back the last word or the last comma before a cue is looked for. */
const LOOK_BACK = 300;
/** How many of the cues read before in a unit may enclose a cue (they lie near it). */
const RECENT_CUES = 32;
const HARD_STOP = /[;:«»"“”]/u;

/**
 * The same holder, found by another rule. A literal: a spread copy whose `rule` is then overwritten makes that field
 * of every holder non-constant, and the code reading holders was deoptimised for it once per worker.
 */
function withRule(pick: HolderPick, rule: string): HolderPick {
  return { holder: pick.holder, rule, entity: pick.entity };
}

function fromEntity(m: MentionRef, rule: string): HolderPick {
  const entity = m.entity;
  return { holder: { name: entity.name, entity: entity.id, start: m.start, end: m.end }, rule, entity };
}

function fromSpeaker(ctx: ClaimContext, q: Quote, rule: string): HolderPick | null {
  const s = q.speaker;
  if (!s) return null;
  const entity = s.entity ? (ctx.entities.get(s.entity) ?? null) : null;
  return { holder: speakerHolderName(ctx, { ...s }), rule, entity };
}

/** A quote speaker's words as a holder, ending before a word that cannot stand in one ("Plusieurs diplomates ont"). */
export function speakerHolderName(ctx: ClaimContext, s: StanceHolder): StanceHolder {
  const words = s.name.split(/\s+/);
  const kept = untilStop(ctx, words);
  if (kept.length === words.length || kept.length === 0) return s;
  const name = kept.join(' ');
  const end = s.start !== undefined && s.end !== undefined ? s.start + name.length : s.end;
  const atStart = s.start !== undefined && ctx.text.startsWith(name, s.start);
  return { ...s, name, ...(atStart ? { end } : {}) };
}

function outlet(ctx: ClaimContext): HolderPick {
  return { holder: { name: ctx.outletName, entity: null }, rule: 'holder-outlet', entity: null };
}

/** Where the subject of a cue may lie: back from the cue to the unit or quote start, a hard stop, or 15 words. */
function subjectWindow(ctx: ClaimContext, unit: Unit, hit: CueHit, quote: Quote | undefined): Span {
  const text = ctx.text;
  const floor = Math.max(unit.start, quote?.start ?? unit.start, hit.start - MAX_SUBJECT_CHARS);
  let start = floor;
  let words = 0;
  for (let i = hit.start - 1; i >= floor; i--) {
    if (HARD_STOP.test(text[i])) {
      start = i + 1;
      break;
    }
    const opensWord = i === floor || isSpaceAt(text, i - 1) || HARD_STOP.test(text[i - 1]);
    if (!isSpaceAt(text, i) && opensWord && ++words === MAX_SUBJECT_WORDS) {
      start = i;
      break;
    }
  }
  return trimSpan(text, { start, end: hit.start });
}

function isPronounOnly(ctx: ClaimContext, unit: Unit, span: Span): boolean {
  const folded = unit.folded.text.slice(foldedAt(unit, span.start), foldedAt(unit, span.end)).trim();
  const first = folded.split(/[\s']+/)[0] ?? '';
  return ctx.lex.cues.pronouns.has(first) || ctx.lex.cues.pronouns.has(folded);
}

/**
 * Only a noun phrase ("un représentant nord-coréen") or a name the entities stage missed (capitalised words, not
 * just the capital of a sentence start; any in a headline) names a holder; other words before a cue do not.
 */
function namesHolder(ctx: ClaimContext, unit: Unit, phrase: string, at: number): boolean {
  const folded = foldFast(phrase).text;
  const first = folded.split(/[\s']/)[0] ?? '';
  const elided = /^\p{L}+'/u.exec(folded)?.[0];
  if (ctx.lex.cues.determiners.has(first) || (elided && ctx.lex.cues.determiners.has(elided))) return true;
  const capitalised = phrase.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
  return capitalised && (unit.isTitle || at > unit.start);
}

/** The words of a phrase up to (not including) the first that cannot stand in a holder ("a", "ont", "toutefois"). */
function untilStop(ctx: ClaimContext, words: string[]): string[] {
  const stop = words.findIndex((w, i) => i > 0 && ctx.lex.cues.holderStops.has(foldFast(w).text.trim()));
  return stop < 0 ? words : words.slice(0, stop);
}

/** A noun phrase names a holder unless it is a lone determiner ("Un", "Cette") or opens with a negation. */
function plausiblePhrase(ctx: ClaimContext, words: string[]): boolean {
  const first = foldFast(words[0]).text.trim();
  if (words.length === 1 && ctx.lex.cues.determiners.has(first)) return false;
  const negation = ctx.lex.cues.negation;
  negation.lastIndex = 0;
  const m = negation.exec(first);
  return !(m && m.index === 0);
}

/** The words before the cue as a holder without an entity ("un représentant nord-coréen"). */
function nounPhrase(ctx: ClaimContext, unit: Unit, window: Span): HolderPick | null {
  const raw = ctx.text.slice(window.start, window.end);
  const lastComma = raw.lastIndexOf(',');
  const tail = raw.slice(lastComma + 1);
  const all = tail
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
    .slice(-MAX_NP_WORDS);
  const words = all.length ? untilStop(ctx, all) : all;
  if (words.length === 0 || !plausiblePhrase(ctx, words)) return null;
  const phrase = words.join(' ');
  const at = ctx.text.lastIndexOf(all.join(' '), window.end);
  if (at < window.start || !namesHolder(ctx, unit, phrase, at)) return null;
  const span = { start: at, end: at + phrase.length };
  return { holder: { name: phrase, entity: null, ...span }, rule: 'holder-noun-phrase', entity: null };
}

/** "un représentant nord-coréen a rejeté", "a US official said": the noun phrase holds, the mention links it. */
function demonymPhrase(ctx: ClaimContext, unit: Unit, window: Span, m: MentionRef): HolderPick {
  const np = nounPhrase(ctx, unit, window);
  if (!np || np.holder.start === m.start) return fromEntity(m, 'holder-subject-mention');
  return { holder: { ...np.holder, entity: m.entity.id }, rule: 'holder-qualified-phrase', entity: m.entity };
}

/** Languages whose adjectives, demonyms included, stand before their noun ("Ukrainian officials rejected"). */
const DEMONYM_FIRST = new Set(['en', 'de', 'ru', 'pl']);

/**
 * "a charge Ukrainian officials rejected": a demonym then one or two lower-case words right before the cue is the
 * holder, from the demonym (with a determiner right before it: "the Ukrainian navy") to the cue, linked to the
 * country. Null in languages that put demonyms after the noun, or when other words stand between.
 */
function demonymFirstPhrase(ctx: ClaimContext, m: MentionRef, hit: CueHit): HolderPick | null {
  if (!DEMONYM_FIRST.has(ctx.lex.cues.lang)) return null;
  const words = ctx.text.slice(m.end, hit.start).trim().split(/\s+/);
  if (words.length > 2 || words[0] === '') return null;
  const cues = ctx.lex.cues;
  for (const w of words) {
    const f = foldFast(w).text.trim();
    if (
      !/^\p{Ll}[\p{L}-]*$/u.test(w) ||
      cues.holderStops.has(f) ||
      cues.pronouns.has(f) ||
      cues.determiners.has(f)
    )
      return null;
  }
  let start = m.start;
  const before = /(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(0, m.start - 20), m.start));
  if (before && cues.determiners.has(foldFast(before[1]).text.trim())) start = m.start - before[0].length;
  const span = trimSpan(ctx.text, { start, end: hit.start });
  return {
    holder: { name: ctx.text.slice(span.start, span.end), entity: m.entity.id, ...span },
    rule: 'holder-qualified-phrase',
    entity: m.entity,
  };
}

/**
 * The holder named by the nearest mention before a cue. Words between them decide: none → the mention;
 * a pronoun last ("the Pentagon said it could not…") → the mention; a short noun ("a US official") → that phrase.
 */
function mentionHolder(ctx: ClaimContext, unit: Unit, window: Span, m: MentionRef, hit: CueHit): HolderPick {
  const between = ctx.text.slice(m.end, hit.start);
  const words = between.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return fromEntity(m, 'holder-subject-mention');
  const last = foldFast(words[words.length - 1]).text;
  if (ctx.lex.cues.pronouns.has(last)) return fromEntity(m, 'holder-pronoun-antecedent');
  const stopped = words.some((w) => ctx.lex.cues.holderStops.has(foldFast(w).text.trim()));
  if (words.length <= 3 && !between.includes(',') && !stopped) return demonymPhrase(ctx, unit, window, m);
  return fromEntity(m, 'holder-subject-mention');
}

/**
 * The person a role phrase's mention introduces in apposition ("La porte-parole de la diplomatie russe, Maria
 * Zakharova, …": "diplomatie russe" introduces Zakharova), the subject of the clause; undefined when none follows.
 */
function appositionPerson(ctx: ClaimContext, m: MentionRef, hit: CueHit): MentionRef | undefined {
  const next = firstMentionIn(ctx, { start: m.end + 1, end: hit.start });
  if (!next || next.entity.type !== 'person' || !/^\s*,\s*$/u.test(ctx.text.slice(m.end, next.start)))
    return undefined;
  return /^\s*,/u.test(ctx.text.slice(next.end, hit.start)) ? next : undefined;
}

/** A participial clause ("…, insistant sur le fait que") belongs to the subject of the main clause. */
function mainSubject(
  ctx: ClaimContext,
  unit: Unit,
  hit: CueHit,
  quote: Quote | undefined,
  previous: HolderPick | null,
): HolderPick | null {
  // Reported words ("The EU added nine Iranian firms to its list, accusing them of P") end with the reporter's own
  // participle clause: it belongs to the speaker. Inside quote marks the words are the speaker's, clause and all.
  if (quote && quote.kind !== 'direct' && quote.speaker)
    return fromSpeaker(ctx, quote, 'holder-quote-speaker');
  const from = quote ? Math.max(unit.start, quote.start) : unit.start;
  const first = firstMentionIn(ctx, { start: from, end: hit.start });
  if (first) return fromEntity(appositionPerson(ctx, first, hit) ?? first, 'holder-participle-subject');
  if (quote) return fromSpeaker(ctx, quote, 'holder-quote-speaker');
  return previous ? withRule(previous, 'holder-carry-over') : null;
}

/** Folded words, for containment checks between names. */
function wordsOf(s: string): string {
  return ` ${foldFast(s)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * The outlet speaks of itself: "we could not verify", or a holder whose name is (part of) the outlet's
 * ("Press TV could not verify", holder "TV"; "Anadolu could not", outlet "Anadolu Agency").
 */
function isOutletItself(ctx: ClaimContext, unit: Unit, hit: CueHit, pick: HolderPick | null): boolean {
  const before = unit.folded.text
    .slice(Math.max(0, hit.fStart - LOOK_BACK), hit.fStart)
    .trim()
    .split(/\s+/);
  const last = before[before.length - 1] ?? '';
  if (ctx.lex.cues.selfPronouns.has(last) && !quoteContaining(ctx, hit)) return true;
  if (ctx.outletName === OUTLET_FALLBACK) return false;
  const outletWords = wordsOf(ctx.outletName);
  const sameName = (s: string): boolean => {
    const name = wordsOf(s);
    return name.trim().length >= 2 && (outletWords.includes(name) || name.includes(outletWords));
  };
  if (pick && sameName(pick.holder.name)) return true;
  // Capitalised words right before the cue that name the outlet ("Global Wire could not"), entity or not.
  const words = ctx.text
    .slice(Math.max(unit.start, hit.start - LOOK_BACK), hit.start)
    .trim()
    .split(/\s+/)
    .slice(-4);
  for (let k = words.length; k >= 1; k--) {
    const phrase = words.slice(-k);
    const content = phrase.some((w) => !ctx.lex.cues.determiners.has(foldFast(w).text.trim()));
    if (content && phrase.every((w) => /^\p{Lu}/u.test(w)) && sameName(phrase.join(' '))) return true;
  }
  return false;
}

/** Whether a conjunction stands right before the cue ("… et affirmé que"). */
function coordinated(ctx: ClaimContext, unit: Unit, hit: CueHit): boolean {
  const before = unit.folded.text.slice(Math.max(0, hit.fStart - 12), hit.fStart);
  return ctx.lex.cues.coordinatorAtEnd.test(before);
}

/** The holder of a subject-held cue, the outlet when the subject is the outlet itself. */
export function subjectHolder(
  ctx: ClaimContext,
  unit: Unit,
  hit: CueHit,
  previous: HolderPick | null,
  earlierInUnit: HolderPick | null = null,
): HolderPick | null {
  // "X a accusé Y de P et affirmé que Q": a cue right after a conjunction shares the subject of the cue before it.
  if (earlierInUnit && coordinated(ctx, unit, hit)) return withRule(earlierInUnit, 'holder-coordinated');
  const pick = cueSubject(ctx, unit, hit, previous);
  return isOutletItself(ctx, unit, hit, pick) ? outlet(ctx) : pick;
}

/** The doer of a cue verb: the quote's speaker, the nearest mention before it, a pronoun's antecedent, or a noun phrase. */
function cueSubject(
  ctx: ClaimContext,
  unit: Unit,
  hit: CueHit,
  previous: HolderPick | null,
): HolderPick | null {
  const quote = quoteContaining(ctx, hit);
  if (ctx.lex.cues.participleStart.test(unit.folded.text.slice(hit.fStart, hit.fStart + LOOK_BACK)))
    return mainSubject(ctx, unit, hit, quote, previous);
  const opened = ctx.quoteCues.overlapping(hit)[0]?.quote;
  if (opened?.speaker) return fromSpeaker(ctx, opened, 'holder-quote-speaker');
  const window = subjectWindow(ctx, unit, hit, quote);
  const relative = relativeSubject(ctx, unit, hit, window, quote, previous);
  if (relative !== undefined) return relative;
  const skipped = beforeRelativeClause(ctx, unit, hit, window);
  if (skipped) return skipped;
  const before = mentionsIn(ctx, { start: window.start, end: hit.start });
  const nearest = before[before.length - 1];
  if (nearest?.form === 'demonym')
    return (
      demonymFirstPhrase(ctx, nearest, hit) ??
      demonymPhrase(ctx, unit, { start: window.start, end: nearest.end }, nearest)
    );
  if (nearest) return mentionHolder(ctx, unit, window, nearest, hit);
  if (window.end > window.start) {
    if (isPronounOnly(ctx, unit, window)) {
      if (quote) return fromSpeaker(ctx, quote, 'holder-quote-speaker');
      return previous ? withRule(previous, 'holder-pronoun-previous') : null;
    }
    if (quote) return fromSpeaker(ctx, quote, 'holder-quote-speaker');
    return nounPhrase(ctx, unit, window);
  }
  const after = ctx.mentions[firstMentionFrom(ctx, hit.end)];
  if (after && after.start - hit.end <= 3) return fromEntity(after, 'holder-inverted-mention');
  if (quote) return fromSpeaker(ctx, quote, 'holder-quote-speaker');
  return previous ? withRule(previous, 'holder-carry-over') : null;
}

/**
 * A cue inside an object relative ("l'Iran, qu'ils accusent de P"; "Iran, which Washington accuses of P"): its
 * subject is the words between the pronoun and the cue, never the antecedent before the pronoun. A subject
 * pronoun there ("ils") stands for the main clause's subject (the sentence's first mention before the relative).
 * Undefined when no such relative opens up to three words before the cue (or none of its words stand between).
 */
function relativeSubject(
  ctx: ClaimContext,
  unit: Unit,
  hit: CueHit,
  window: Span,
  quote: Quote | undefined,
  previous: HolderPick | null,
): HolderPick | null | undefined {
  const re = ctx.lex.predicates?.accusedRelativeAtEnd;
  if (!re) return undefined;
  const from = Math.max(0, hit.fStart - LOOK_BACK);
  const head = unit.folded.text.slice(from, hit.fStart);
  const m = re.exec(head);
  if (!m) return undefined;
  const word = /^\p{L}+'?/u.exec(head.slice(m.index))?.[0].length ?? 0;
  const relStart = unfold(unit, from + m.index, from + m.index).start;
  const sub = trimSpan(ctx.text, {
    start: unfold(unit, from + m.index + word, from + m.index + word).start,
    end: hit.start,
  });
  if (sub.end <= sub.start || sub.start < window.start) return undefined;
  const inside = mentionsIn(ctx, sub);
  const nearest = inside[inside.length - 1];
  if (nearest) return mentionHolder(ctx, unit, sub, nearest, hit);
  if (isPronounOnly(ctx, unit, sub)) {
    const main = firstMentionIn(ctx, {
      start: Math.max(unit.start, quote?.start ?? unit.start),
      end: relStart,
    });
    if (main) return fromEntity(main, 'holder-relative-pronoun');
    return previous ? withRule(previous, 'holder-pronoun-previous') : null;
  }
  return nounPhrase(ctx, unit, sub);
}

/**
 * "La Corée du Nord, que Washington accuse de P, a démenti": a relative clause between commas right before the cue
 * is skipped; the subject is the nearest mention before it. Null when the cue does not follow such a clause.
 */
function beforeRelativeClause(ctx: ClaimContext, unit: Unit, hit: CueHit, window: Span): HolderPick | null {
  const folded = unit.folded.text;
  let end = hit.fStart;
  while (end > 0 && folded[end - 1] === ' ') end--;
  if (folded[end - 1] !== ',') return null;
  const from = Math.max(foldedAt(unit, window.start), end - LOOK_BACK);
  const re = ctx.lex.cues.relativeClause;
  re.lastIndex = from;
  let open = -1;
  for (let m = re.exec(folded); m && m.index < end - 1; m = re.exec(folded)) open = m.index;
  if (open < 0 || HARD_STOP.test(folded.slice(open, end))) return null;
  const comma = unfold(unit, open, open + 1).start;
  const before = mentionsIn(ctx, { start: window.start, end: comma });
  const nearest = before[before.length - 1];
  if (!nearest || /\S/u.test(ctx.text.slice(nearest.end, comma))) return null;
  // "Un officier de la marine ukrainienne, qui …, a qualifié": the noun phrase holds, the demonym links it.
  if (nearest.form === 'demonym')
    return demonymPhrase(ctx, unit, { start: window.start, end: nearest.end }, nearest);
  return fromEntity(nearest, 'holder-before-relative');
}

/** Whoever utters the cue words: the quote's speaker, the reporter of an enclosing cue, else the outlet. */
/** The cue sits in a participial clause (", calling them fake news") of the sentence. */
function inParticipleClause(ctx: ClaimContext, unit: Unit, hit: CueHit): boolean {
  const before = unit.folded.text.slice(Math.max(0, hit.fStart - LOOK_BACK), hit.fStart);
  const comma = before.lastIndexOf(', ');
  return comma >= 0 && ctx.lex.cues.participleStart.test(before.slice(comma + 2));
}

export function speakerHolder(
  ctx: ClaimContext,
  unit: Unit,
  hit: CueHit,
  enclosing: readonly EnclosingCue[],
): HolderPick | null {
  const quote = quoteContaining(ctx, hit);
  // Editorial words ("prétendument") in indirect speech are the reporter's wording, so the outlet's.
  const editorial = hit.cue.then === 'scope' || hit.cue.then === 'qualifier';
  if (quote && (!editorial || quote.kind === 'direct'))
    return fromSpeaker(ctx, quote, 'holder-quote-speaker');
  if (editorial) return outlet(ctx);
  const near = enclosing.slice(-RECENT_CUES).reverse();
  const around = near.find((e) => e.proposition.start <= hit.start && hit.end <= e.proposition.end);
  if (around) return withRule(around.holder, 'holder-enclosing-speech');
  const main = near.find(
    (e) => e.proposition.start === e.proposition.end && e.proposition.start <= hit.start,
  );
  if (main && inParticipleClause(ctx, unit, hit)) return withRule(main.holder, 'holder-participle-subject');
  return outlet(ctx);
}
