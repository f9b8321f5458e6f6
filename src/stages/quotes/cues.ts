// Finds reporting cues over tokens: a speech verb with its auxiliary and adverbs ("a également rappelé", "has said").
import type { LangIndex } from '../segment/lexicon-index.js';
import type { TokenView } from '../entities/chunks.js';

/** A reporting cue: tokens [first, last), the verb's knowledge id, and an inverted clitic pronoun if any. */
export interface Cue {
  first: number;
  last: number;
  /** First token of the verb itself (after auxiliary and adverbs). */
  verb: number;
  id: string;
  needsComplement: boolean;
  /** The verb takes a bare addressee ("told TASS"). */
  addressee: boolean;
  /** Token index of an inverted clitic ("a-t-il ajouté" → the aux token), or -1. */
  clitic: number;
}

const ADVERB = /(?:ment|ly)$/;

/** The auxiliary (and adverbs) right before the verb at `v`, as the cue's first token. */
function auxStart(view: TokenView, idx: LangIndex, v: number): { first: number; clitic: number } {
  let k = v - 1;
  while (
    k >= 0 &&
    v - k <= 3 &&
    view.tokens[k].kind === 'word' &&
    (ADVERB.test(view.folded[k]) || idx.adverbs.has(view.folded[k])) &&
    !idx.auxiliaries.match(view.folded, k, view.quick)
  )
    k--;
  for (let a = k; a >= Math.max(0, k - 1); a--) {
    const aux = idx.auxiliaries.match(view.folded, a, view.quick);
    if (aux && a + aux.length === k + 1) {
      const clitic = /-(?:t-)?(?:il|elle|on|ils|elles)$/.test(view.folded[k]) ? k : -1;
      return { first: a, clitic };
    }
  }
  return adjunctGap(view, idx, v) ?? { first: v, clitic: -1 };
}

/** "a de son côté estimé", "has in turn said": an auxiliary, then a short adjunct opened by a function word. */
function adjunctGap(view: TokenView, idx: LangIndex, v: number): { first: number; clitic: number } | null {
  for (let gap = 1; gap <= 3; gap++) {
    const a = v - gap - 1;
    if (a < 0 || view.sentenceOf[a] !== view.sentenceOf[v]) return null;
    const aux = idx.auxiliaries.match(view.folded, a, view.quick);
    const opener = view.folded[a + 1];
    if (!aux || aux.length !== 1 || !(idx.negations.has(opener) || idx.prepositions.has(opener))) continue;
    if (gap === 1 && !idx.negations.has(opener)) continue;
    // "a les moyens de dire": a verb after a preposition is an infinitive, not the participle of the auxiliary.
    if (gap > 1 && (idx.prepositions.has(view.folded[v - 1]) || idx.functionWords.has(view.folded[v - 1])))
      continue;
    let plain = true;
    for (let k = a + 1; k < v && plain; k++)
      plain = view.tokens[k].kind === 'word' && !/^\p{Lu}/u.test(view.text[view.tokens[k].start]);
    if (plain) return { first: a, clitic: -1 };
  }
  return null;
}

/** Every reporting cue in the body, in text order. */
export function findCues(view: TokenView, idx: LangIndex): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.tokens[i].kind !== 'word') continue;
    const m = idx.verbs.match(view.folded, i, view.quick);
    if (!m) continue;
    const { first, clitic } = auxStart(view, idx, i);
    // After a determiner the word is a noun ("the report", "la déclaration"), not a cue.
    if (
      first === i &&
      i > 0 &&
      (idx.determiners.has(view.folded[i - 1]) || idx.notAfter.has(view.folded[i - 1]))
    )
      continue;
    // A capitalised verb inside a sentence is part of a name ("State Department", "The Post").
    if (
      /^\p{Lu}/u.test(view.text[view.tokens[i].start]) &&
      i > 0 &&
      view.sentenceOf[i - 1] === view.sentenceOf[i] &&
      view.tokens[i - 1].kind === 'word'
    )
      continue;
    cues.push({
      first,
      last: i + m.length,
      verb: i,
      id: m.value.id,
      needsComplement: m.value.needsComplement,
      addressee: m.value.addressee,
      clitic,
    });
    i += m.length - 1;
  }
  return cues;
}
