// Decides whether two articles are a copy pair, and of what kind, in which direction, with what evidence.
import type { CopyEdge, CorpusDoc } from '../core/corpus-store.js';
import { align, type Alignment } from './align.js';
import { classifyCopy } from './classify.js';
import { decideDirection, type DirectionSide } from './direction.js';
import { jaccard } from './minhash.js';
import { translationScore } from './translation.js';
import type { Paragraph } from './text.js';

/** Share of the smaller article's content found in the other for a copy. */
export const COPY_COVERAGE = 0.5;
/** Words of content two articles must share, so two one-line stubs are not a copy. */
export const MIN_COPIED_WORDS = 40;

export interface Side {
  doc: CorpusDoc;
  text: string;
  paragraphs: Paragraph[];
  shingles: Set<number>;
}

/** Lines longer than this are content, not a credit line or a title with a suffix. */
const CREDIT_LINE_WORDS = 20;

function directionSide(s: Side, own: readonly number[]): DirectionSide {
  const size = s.paragraphs.filter((p) => p.substantial).reduce((n, p) => n + p.words.length, 0);
  const ownLines = own
    .filter((i) => s.paragraphs[i].words.length <= CREDIT_LINE_WORDS)
    .map((i) => s.text.slice(s.doc.paragraphs[i].start, s.doc.paragraphs[i].end))
    .concat(s.doc.creditLines)
    .join('\n');
  return { ...s.doc, size, ownLines };
}

/** Paragraphs one side has alone, plus those it framed with extra words (a title with "— RT World News"). */
function ownOf(al: Alignment, side: 'source' | 'copy'): number[] {
  const framed = al.matches.filter((m) => m.change === 'framed').map((m) => m[side]);
  return [...(side === 'source' ? al.removed : al.added), ...framed];
}

/** Words of the matched paragraphs that are content on either side (the cleaner may have set one side aside). */
function copiedWords(x: Side, y: Side, al: Alignment): number {
  return al.matches.reduce((n, m) => {
    const p = x.paragraphs[m.source];
    return n + (p.substantial || y.paragraphs[m.copy].substantial ? p.words.length : 0);
  }, 0);
}

/** Same-language copy: paragraphs aligned in a canonical order (lower id first) so the decision is symmetric. */
export function compareSameLanguage(x: Side, y: Side): CopyEdge | null {
  const [a, b] = x.doc.id < y.doc.id ? [x, y] : [y, x];
  const al = align(a.paragraphs, b.paragraphs);
  if (Math.max(al.sourceCovered, al.copyCovered) < COPY_COVERAGE || copiedWords(a, b, al) < MIN_COPIED_WORDS)
    return null;
  const d = decideDirection(
    directionSide(a, ownOf(al, 'source')),
    directionSide(b, ownOf(al, 'copy')),
    al.sourceCovered,
    al.copyCovered,
  );
  const [source, copy] = d.source.id === a.doc.id ? [a, b] : [b, a];
  const oriented = source === a ? al : align(source.paragraphs, copy.paragraphs);
  const changes = classifyCopy(source.paragraphs, copy.paragraphs, oriented);
  return {
    source: source.doc.id,
    copy: copy.doc.id,
    kind: changes.kind,
    similarity: round(jaccard(a.shingles, b.shingles)),
    direction: d.direction,
    evidence: evidence(d.evidence, changes, d.credited),
    credited: d.credited,
    delayDays: source.doc.day !== null && copy.doc.day !== null ? copy.doc.day - source.doc.day : null,
    alignment: {
      same: changes.same,
      rewritten: changes.rewritten,
      removed: changes.removed,
      added: changes.added,
      reordered: oriented.reordered,
    },
  };
}

function evidence(direction: string, c: ReturnType<typeof classifyCopy>, credited: boolean): string {
  const parts = [`${c.same} paragraphs copied`];
  if (c.rewritten) parts.push(`${c.rewritten} rewritten`);
  if (c.removed) parts.push(`${c.removed} dropped${c.truncated ? ' (cut ending)' : ''}`);
  if (c.added) parts.push(`${c.added} inserted`);
  if (c.framed) parts.push('new header/footer');
  return `${direction}; ${parts.join(', ')}${credited ? '' : '; UNCREDITED copy'}`;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Cross-language copy: the fingerprints (names, numbers, dates, actors) agree in order. */
export function compareTranslation(x: Side, y: Side): CopyEdge | null {
  const [a, b] = x.doc.id < y.doc.id ? [x, y] : [y, x];
  const score = translationScore(a.doc.fingerprint, b.doc.fingerprint);
  if (score === null) return null;
  const d = decideDirection(directionSide(a, []), directionSide(b, []), 0, 0);
  const [source, copy] = d.source.id === a.doc.id ? [a, b] : [b, a];
  return {
    source: source.doc.id,
    copy: copy.doc.id,
    kind: 'translation',
    similarity: round(score.similarity),
    direction: d.direction,
    evidence: `${d.evidence}; ${source.doc.language ?? '?'} → ${copy.doc.language ?? '?'}, ${score.matched} paragraphs carry the same names, numbers and dates in order (${score.numbers} numbers shared)${d.credited ? '' : '; UNCREDITED copy'}`,
    credited: d.credited,
    delayDays: source.doc.day !== null && copy.doc.day !== null ? copy.doc.day - source.doc.day : null,
    alignment: { same: 0, rewritten: 0, removed: 0, added: 0, reordered: false },
  };
}
