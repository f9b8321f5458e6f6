// Finds name chunks over tokens by their shape (capitals, connectors, heads) and the gazetteer; our own recogniser.
import type { EntityType, Sentence, Token } from '../../core/article.js';
import type { LangIndex, PhraseTable } from '../segment/lexicon-index.js';
import type { GazEntry } from './gazetteer.js';

/** A run of tokens [first, last) that names something. */
export interface Chunk {
  first: number;
  last: number;
  sentence: number;
  gaz: GazEntry | null;
  type: EntityType | null;
  rule: string;
}

/** A demonym ("nord-coréen", "Russian"): it points to a country and is not an entity of its own. */
export interface DemonymHit {
  first: number;
  last: number;
  country: string;
  rule: string;
}

/** The article's tokens with what every later pass needs to look at them. */
export interface TokenView {
  text: string;
  tokens: readonly Token[];
  folded: readonly string[];
  /** The folded tokens' phrase-table filter bits (lexicon-index `quickBits`). */
  quick: Uint16Array;
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  sentences: readonly Sentence[];
  /** Folded words seen written in lower case somewhere in the body. */
  lowerSeen: ReadonlySet<string>;
  /** Token range [sentFirst[s], sentLast[s]) of each sentence s, so that no pass walks a sentence to find its ends. */
  sentFirst: Int32Array;
  sentLast: Int32Array;
}

/** The token range [first, last) of the sentence holding token i, in constant time. */
export function sentenceRange(view: TokenView, i: number): { first: number; last: number } {
  const s = view.sentenceOf[i];
  if (s < 0) return { first: i, last: i + 1 };
  return { first: view.sentFirst[s], last: view.sentLast[s] };
}

export interface ChunkResult {
  chunks: Chunk[];
  demonyms: DemonymHit[];
  /** Token index ranges of portfolios and capitalised role nouns, which are not names. */
  skipped: Array<{ first: number; last: number }>;
}

const UPPER = /^\p{Lu}/u;
const ALLCAPS = /^[\p{Lu}\p{N}.&-]{2,8}$/u;
/** Prepositions before a lone capitalised word that make it a place ("à Kherson", "in Kherson"), folded. */
const PLACE_PREPOSITIONS = new Set([
  'a',
  'en',
  'au',
  'aux',
  'dans',
  'vers',
  'in',
  'at',
  'from',
  'near',
  'nach',
  'desde',
  'da',
]);
/** English has its own: folded "à" is "a", the English article ("a Liberia-flagged carrier", "a Reuters reporter"). */
const PLACE_PREPOSITIONS_EN = new Set(['in', 'at', 'from', 'near']);

/** A capitalised word joined by a hyphen to a lower-case one that ends the token ("Kremlin-backed", "US-led"). */
const MODIFIER_COMPOUND = /^\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*-\p{Ll}{2,}$/u;

/** An upper-case letter at the position (sticky: no slice per test). */
const UPPER_AT = /\p{Lu}/uy;

export function isUpperWord(view: TokenView, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  const c = view.text.charCodeAt(t.start);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  UPPER_AT.lastIndex = t.start;
  return UPPER_AT.test(view.text);
}

function gazAt(
  view: TokenView,
  gaz: PhraseTable<GazEntry>,
  i: number,
): { length: number; value: GazEntry } | null {
  const m = gaz.match(view.folded, i, view.quick);
  if (!m) return null;
  if (m.value.capitalized && !isUpperWord(view, i)) return null;
  // An acronym matches only in capitals: sentence-initial "Un" is a determiner, not the UN.
  if (m.value.allCaps) {
    for (let k = i; k < i + m.length; k++) {
      const t = view.tokens[k];
      if (/\p{Ll}/u.test(view.text.slice(t.start, t.end))) return null;
    }
  }
  // Every word of a capitalised known name must be written as a name, not as common words.
  return m;
}

/** Whether no word or number precedes token i in its sentence (only a few opening marks may: bounded look-back). */
function sentenceStartToken(view: TokenView, i: number): boolean {
  const { first } = sentenceRange(view, i);
  if (i - first > 8) return false;
  for (let k = i - 1; k >= first; k--) {
    if (view.tokens[k].kind === 'word' || view.tokens[k].kind === 'number') return false;
  }
  return true;
}

/** Extends a shape chunk from `i` over capitalised words, connectors and (for organisations) lower-case tails. */
function extend(view: TokenView, idx: LangIndex, gaz: PhraseTable<GazEntry>, i: number, end: number): number {
  const isOrgHead = (k: number): boolean =>
    idx.heads.get(view.text.slice(view.tokens[k].start, view.tokens[k].end))?.type === 'organization';
  /** The run opens with an organisation's head word ("Ministry of …"): known names and titles do not end it. */
  const orgStart = isOrgHead(i);
  /** An organisation's head word is in the run: a known name after a connector continues it ("State University of New York"). */
  let orgHead = orgStart;
  let j = i + 1;
  while (j < end) {
    if (
      isUpperWord(view, j) &&
      !idx.functionWords.has(view.folded[j]) &&
      !idx.demonyms.match(view.folded, j, view.quick)
    ) {
      if (!orgStart && gazAt(view, gaz, j)) break;
      // A role noun ends a name run ("Foreign Minister Dmytro Kuleba": "Minister" is a title, not a name).
      if (!orgStart && idx.roles.match(view.folded, j, view.quick)) break;
      if (!orgHead) orgHead = isOrgHead(j);
      j++;
      continue;
    }
    if (orgStart && idx.orgTails.has(view.folded[j])) {
      j++;
      continue;
    }
    let k = j;
    while (k < end && k - j < 2 && idx.connectors.has(view.folded[k])) k++;
    if (k > j && k < end && (isUpperWord(view, k) || (orgStart && idx.orgTails.has(view.folded[k])))) {
      const known = gazAt(view, gaz, k);
      if (known && !orgHead) break;
      // A known name after the connector is read whole ("… University of New York").
      j = known && !orgStart ? k + known.length : k;
      continue;
    }
    break;
  }
  return j;
}

/**
 * The head word that types a name: the first one, or where names end with their head (English: "State Department",
 * "Washington State") the last one before a connector ("Bank of England": "Bank").
 */
function headOf(
  view: TokenView,
  idx: LangIndex,
  first: number,
  last: number,
): { id: string; type: EntityType } | undefined {
  let found: { id: string; type: EntityType } | undefined;
  for (let k = first; k < last; k++) {
    if (idx.headFinal && found && idx.connectors.has(view.folded[k])) return found;
    const head = idx.heads.get(view.text.slice(view.tokens[k].start, view.tokens[k].end));
    if (head) {
      if (!idx.headFinal) return head;
      found = head;
    }
  }
  return found;
}

function classify(
  view: TokenView,
  idx: LangIndex,
  first: number,
  last: number,
  honorific: boolean,
): { type: EntityType | null; rule: string } {
  if (honorific) return { type: 'person', rule: 'entities.shape.honorific' };
  const head = headOf(view, idx, first, last);
  if (head) return { type: head.type, rule: `entities.shape.${head.id}` };
  // Pushed, not mapped: see claims/context.ts cutFolded (a mapped array deoptimised this function).
  const words: string[] = [];
  for (let k = first; k < last; k++) words.push(view.text.slice(view.tokens[k].start, view.tokens[k].end));
  if (words.length === 1 && idx.groups.has(words[0]))
    return { type: 'group', rule: 'entities.shape.group-word' };
  if (words.every((w) => ALLCAPS.test(w)) && words.join('').replace(/[^\p{L}]/gu, '').length >= 2) {
    return { type: 'organization', rule: 'entities.shape.acronym' };
  }
  const caps = words.filter((w) => UPPER.test(w)).length;
  if (caps >= 2 && caps === words.length && caps <= 4)
    return { type: 'person', rule: 'entities.shape.full-name' };
  const before = first > 0 ? view.folded[first - 1] : '';
  if ((idx.lang === 'en' ? PLACE_PREPOSITIONS_EN : PLACE_PREPOSITIONS).has(before) && words.length === 1)
    return { type: 'location', rule: 'entities.context.place-preposition' };
  return { type: null, rule: 'entities.shape.capitalised' };
}

interface Scan {
  view: TokenView;
  idx: LangIndex;
  gaz: PhraseTable<GazEntry>;
  to: number;
  out: ChunkResult;
  /** Set after "M.", "Mr.", "Sen.": the next name is a person. */
  honorific: boolean;
}

/** Whether token k (before `to`) is a capitalised head word of organisations ("Ministry", "Department"). */
function headsOrganisation(view: TokenView, idx: LangIndex, k: number, to: number): boolean {
  if (k >= to || !isUpperWord(view, k)) return false;
  const t = view.tokens[k];
  return idx.heads.get(view.text.slice(t.start, t.end))?.type === 'organization';
}

/** Known things at token i: a demonym, a gazetteer name, a portfolio or role word. Returns the next index or -1. */
function known(sc: Scan, i: number): number {
  const { view, idx, out } = sc;
  const dem = idx.demonyms.match(view.folded, i, view.quick);
  if (dem) {
    out.demonyms.push({ first: i, last: i + dem.length, country: dem.value.country, rule: dem.value.id });
    return i + dem.length;
  }
  const g = gazAt(view, sc.gaz, i);
  if (g) {
    const { type, rule } = g.value;
    out.chunks.push({ first: i, last: i + g.length, sentence: view.sentenceOf[i], gaz: g.value, type, rule });
    sc.honorific = false;
    return i + g.length;
  }
  if (!isUpperWord(view, i)) return i + 1;
  const skip =
    idx.portfolios.match(view.folded, i, view.quick) ?? idx.roles.match(view.folded, i, view.quick);
  // A portfolio that an organisation's head word follows names that organisation ("Defense Ministry", "State
  // Department"): it starts a name instead of being passed over as part of a title ("Defense Minister").
  if (skip && !headsOrganisation(view, idx, i + skip.length, sc.to)) {
    out.skipped.push({ first: i, last: i + skip.length });
    return i + skip.length;
  }
  return -1;
}

/** One step of the scan from token i; returns the index to continue from. */
function step(sc: Scan, i: number): number {
  const { view, idx } = sc;
  const tok = view.tokens[i];
  if (tok.kind !== 'word') {
    if (view.text.slice(tok.start, tok.end) !== '.') sc.honorific = false;
    return i + 1;
  }
  const next = known(sc, i);
  if (next >= 0) return next;
  const word = view.folded[i];
  if (idx.honorifics.has(word)) {
    sc.honorific = true;
    return i + 1;
  }
  if (idx.functionWords.has(word) || (sentenceStartToken(view, i) && view.lowerSeen.has(word))) return i + 1;
  // English "Türkiye-brokered", "Kremlin-backed", "Istanbul-based": a name made an adjective does not start a name
  // run. (Elsewhere such tokens are names: OCR'd French "Saint-étienne".)
  if (idx.lang === 'en' && MODIFIER_COMPOUND.test(view.text.slice(tok.start, tok.end))) return i + 1;
  const last = extend(view, idx, sc.gaz, i, sc.to);
  const { type, rule } = classify(view, idx, i, last, sc.honorific);
  sc.out.chunks.push({ first: i, last, sentence: view.sentenceOf[i], gaz: null, type, rule });
  sc.honorific = false;
  return last;
}

/** Name chunks and demonyms of one sentence's tokens [from, to). */
function chunkSentence(
  view: TokenView,
  idx: LangIndex,
  gaz: PhraseTable<GazEntry>,
  from: number,
  to: number,
  out: ChunkResult,
): void {
  const sc: Scan = { view, idx, gaz, to, out, honorific: false };
  for (let i = from; i < to;) i = step(sc, i);
}

/** Every name chunk and demonym in the body, in text order. */
export function findChunks(view: TokenView, idx: LangIndex, gaz: PhraseTable<GazEntry>): ChunkResult {
  const out: ChunkResult = { chunks: [], demonyms: [], skipped: [] };
  let i = 0;
  view.sentences.forEach((s, si) => {
    while (i < view.tokens.length && view.tokens[i].start < s.start) i++;
    const from = i;
    while (i < view.tokens.length && view.sentenceOf[i] === si) i++;
    chunkSentence(view, idx, gaz, from, i, out);
  });
  return out;
}
