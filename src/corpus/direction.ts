// Who copied whom: credits first (known), then publication dates and containment (inferred), else unknown.
import type { CopyDirection } from '../core/corpus-store.js';
import { credits, creditsOther, sameOutlet, sharesOrigin, type Party } from './credit.js';
import { anyStopword } from './knowledge.js';
import { fold } from './text.js';

export interface DirectionSide extends Party {
  id: string;
  day: number | null;
  published: string | null;
  originEvidence: string | null;
  /** Text of the lines this side has and the other lacks (headers, footers, credit lines). */
  ownLines: string;
  /** Words of its substantial paragraphs. */
  size: number;
}

export interface Direction {
  source: DirectionSide;
  copy: DirectionSide;
  direction: CopyDirection;
  evidence: string;
  /** The copy names whom it took the text from. */
  credited: boolean;
}

/** Folded words of short lines and outlet names, kept: the same header lines and outlets come back with every copy. */
const KEY_CACHE = 10_000;
const keys = new Map<string, string>();

function wordsKey(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = ` ${fold(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
    if (keys.size >= KEY_CACHE) keys.clear();
    keys.set(s, key);
  }
  return key;
}

/** The outlet's name, and its first word when that word alone names it ("Sputnik" for "Sputnik Afrique", "RT"). */
function creditNames(outlet: string): string[] {
  const first = outlet.trim().split(/\s+/)[0] ?? '';
  const acronym = /^\p{Lu}{2,}$/u.test(first);
  const distinctive = first.length >= 4 && !anyStopword().has(fold(first));
  return [...new Set([outlet, ...(acronym || distinctive ? [first] : [])])].filter(
    (n) => wordsKey(n).trim().length >= 2,
  );
}

interface Credit {
  words: string;
  /** By the origin layer (a credit the identify stage read), or by the source's name in a short line. */
  via: 'origin' | 'lines';
}

/** Credit by the origin layer, else the source's outlet named in a short line only the copy has ("SOURCE: TASS"). */
function creditOf(copy: DirectionSide, source: DirectionSide): Credit | null {
  if (credits(copy, source)) return { words: copy.originEvidence ?? copy.origin ?? '', via: 'origin' };
  if (!source.outlet || copy.ownLines === '') return null;
  const names = creditNames(source.outlet).map(wordsKey);
  const line = copy.ownLines.split('\n').find((l) => names.some((n) => wordsKey(l).includes(n)));
  return line !== undefined ? { words: line.trim(), via: 'lines' } : null;
}

/** One side credits the other: alone, or by the origin layer when both seem to (an outlet misread as its origin). */
function creditWinner(ab: Credit | null, ba: Credit | null): 'ab' | 'ba' | null {
  if (ab && !ba) return 'ab';
  if (ba && !ab) return 'ba';
  if (ab && ba && ab.via !== ba.via) return ab.via === 'origin' ? 'ab' : 'ba';
  return null;
}

const make = (
  source: DirectionSide,
  copy: DirectionSide,
  direction: CopyDirection,
  evidence: string,
): Direction => ({
  source,
  copy,
  direction,
  evidence,
  credited: creditOf(copy, source) !== null || creditsOther(copy),
});

/** Decides the direction of a copy pair; `aCovered`/`bCovered` are the shares of each side found in the other. */
export function decideDirection(
  a: DirectionSide,
  b: DirectionSide,
  aCovered: number,
  bCovered: number,
): Direction {
  const ab = creditOf(b, a);
  const ba = creditOf(a, b);
  const winner = creditWinner(ab, ba);
  if (winner === 'ab') return make(a, b, 'known', `the copy credits ${a.outlet}: "${ab?.words}"`);
  if (winner === 'ba') return make(b, a, 'known', `the copy credits ${b.outlet}: "${ba?.words}"`);
  const [early, late] = byDate(a, b);
  if (sharesOrigin(a, b) || sharesOrigin(b, a))
    return make(early, late, 'unknown', `both republish ${a.origin ?? b.origin}; neither credits the other`);
  const republisher = [a, b].find((s) => creditsOther(s) && !sameOutlet(s.origin, (s === a ? b : a).outlet));
  if (republisher) {
    const other = republisher === a ? b : a;
    return make(
      early,
      late,
      'unknown',
      `${republisher.outlet ?? republisher.id} republishes ${republisher.origin}; ${other.outlet ?? 'the other'} may have copied either`,
    );
  }
  if (a.day !== null && b.day !== null && a.day !== b.day) {
    return make(
      early,
      late,
      'inferred',
      `published ${early.published} before ${late.published}; the copy credits nobody`,
    );
  }
  if (Math.abs(aCovered - bCovered) >= 0.25) {
    const [big, small] = aCovered < bCovered ? [a, b] : [b, a];
    return make(
      big,
      small,
      'inferred',
      `the copy holds only part of the source (${Math.round(Math.max(aCovered, bCovered) * 100)}% vs ${Math.round(Math.min(aCovered, bCovered) * 100)}%)`,
    );
  }
  return make(early, late, 'unknown', 'same date or undated, no credit either way');
}

/** Earlier first; undated or same day: the longer first (an original is rarely shorter), then by id. */
function byDate(a: DirectionSide, b: DirectionSide): [DirectionSide, DirectionSide] {
  if (a.day !== null && b.day !== null && a.day !== b.day) return a.day < b.day ? [a, b] : [b, a];
  if (a.size !== b.size) return a.size > b.size ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}
