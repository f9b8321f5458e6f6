// Finds stance cues in a unit: every cue pattern is run, and overlaps are settled longest first, then leftmost.
import { trimSpan, type Span } from '../../core/span.js';
import { unfold, type Unit } from './context.js';
import type { CompiledCue } from './lexicon.js';

export interface CueHit extends Span {
  cue: CompiledCue;
  /** Folded offsets of the match inside the unit. */
  fStart: number;
  fEnd: number;
}

function matchesOf(unit: Unit, text: string, cue: CompiledCue): CueHit[] {
  const hits: CueHit[] = [];
  if (!cue.core.test(unit.folded.text)) return hits;
  cue.re.lastIndex = 0;
  for (let m = cue.re.exec(unit.folded.text); m !== null; m = cue.re.exec(unit.folded.text)) {
    if (m[0].length === 0) {
      cue.re.lastIndex++;
      continue;
    }
    // A leading optional word that did not match leaves its separator: skip it.
    const lead = /^[\s«»"“”‹›]*/u.exec(m[0])?.[0].length ?? 0;
    const fStart = m.index + lead;
    const fEnd = m.index + m[0].length;
    if (fEnd <= fStart) continue;
    if (cue.notAfter?.test(unit.folded.text.slice(Math.max(0, fStart - 40), fStart))) continue;
    const span = trimSpan(text, unfold(unit, fStart, fEnd));
    hits.push({ start: span.start, end: span.end, cue, fStart, fEnd });
  }
  return hits;
}

/**
 * Whether an assertion cue spans another stance's clause cue inside it: its gap then ran over a clause of its own
 * ("said [it could not confirm who was behind it and] that"), and the inner cue is the one the words carry. Editorial
 * words inside ("has claimed that": "claimed" also qualifies) do not count.
 */
function spansOtherStance(hit: CueHit, all: readonly CueHit[]): boolean {
  if (hit.cue.stance !== 'asserts') return false;
  for (const o of all)
    if (
      o.cue.stance !== 'asserts' &&
      o.cue.then !== 'qualifier' &&
      o.cue.then !== 'scope' &&
      o.fStart > hit.fStart &&
      o.fEnd < hit.fEnd
    )
      return true;
  return false;
}

/** Non-overlapping cue matches of a unit, in text order. */
export function findCues(unit: Unit, text: string, cues: readonly CompiledCue[]): CueHit[] {
  const all = cues.flatMap((cue) => matchesOf(unit, text, cue));
  all.sort((a, b) => b.fEnd - b.fStart - (a.fEnd - a.fStart) || a.fStart - b.fStart);
  const kept: CueHit[] = [];
  const taken = new Uint8Array(unit.folded.text.length + 1);
  for (const hit of all) {
    if (taken.subarray(hit.fStart, hit.fEnd).includes(1) || spansOtherStance(hit, all)) continue;
    taken.fill(1, hit.fStart, hit.fEnd);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.fStart - b.fStart);
}
