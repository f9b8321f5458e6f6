// Lexicons compiled for fast lookup over tokens: folded forms, phrase tables keyed by first token, once per language.
import { WordFilter, wordBit } from '../../core/word-filter.js';
import { tokenize } from './tokenize.js';
import { lexicon, verbForms, LEXICON_LANGS, type Pronoun } from '../../knowledge/lexicon.js';

const folds = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

/** Lower-cases, strips accents and unifies apostrophes: the key under which words are compared (memoised). */
export function foldWord(word: string): string {
  const hit = folds.get(word);
  if (hit !== undefined) return hit;
  const folded = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`´]/g, "'");
  if (folds.size >= FOLD_CACHE_LIMIT) folds.clear();
  folds.set(word, folded);
  return folded;
}

/** Phrases keyed so far: the gazetteers of every language add the same actor and country names. */
const phraseKeys = new Map<string, readonly string[]>();

/** The folded tokens of a phrase, as our tokenizer cuts it (memoised; the list is shared, not to be changed). */
export function phraseKey(phrase: string): readonly string[] {
  let seq = phraseKeys.get(phrase);
  if (!seq) {
    seq = tokenize(phrase, 0, phrase.length).map((t) => foldWord(phrase.slice(t.start, t.end)));
    phraseKeys.set(phrase, seq);
  }
  return seq;
}

/**
 * The filter bit (`wordBit`) of every folded token, computed once for a text: each table's `match` then reads it
 * instead of hashing the token again (a token is looked up in half a dozen tables).
 */
export function quickBits(folded: readonly string[]): Uint16Array {
  const bits = new Uint16Array(folded.length);
  for (let i = 0; i < folded.length; i++) bits[i] = wordBit(folded[i]);
  return bits;
}

/** A table of multi-token phrases, matched longest first at a token position. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Array<{ seq: readonly string[]; value: T }>>();
  /** A filter in front of the map, holding the first words. Most tokens start no phrase. */
  private readonly quick = new WordFilter();
  private sorted = true;

  add(phrase: string, value: T): void {
    const seq = phraseKey(phrase);
    if (seq.length === 0) return;
    this.quick.add(seq[0]);
    const list = this.byFirst.get(seq[0]);
    if (list) list.push({ seq, value });
    else this.byFirst.set(seq[0], [{ seq, value }]);
    this.sorted = false;
  }

  /** Longest phrases first; a stable sort keeps the earlier-added phrase first among equals. */
  private sort(): void {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.seq.length - a.seq.length);
    this.sorted = true;
  }

  /**
   * The longest phrase starting at folded token i: its length in tokens and value, or null. `bits`: the tokens'
   * `quickBits`, when the caller has them.
   */
  match(folded: readonly string[], i: number, bits?: Uint16Array): { length: number; value: T } | null {
    const first = folded[i];
    if (first === undefined) return null;
    if (bits === undefined) {
      if (!this.quick.mayHave(first)) return null;
    } else {
      // The filter's bit test, written out: this runs for every token against every phrase table.
      const bit = bits[i];
      if ((this.quick.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return null;
    }
    if (!this.sorted) this.sort();
    const list = this.byFirst.get(first);
    if (!list) return null;
    for (const { seq, value } of list) {
      if (i + seq.length > folded.length) continue;
      let ok = true;
      for (let k = 1; k < seq.length && ok; k++) ok = folded[i + k] === seq[k];
      if (ok) return { length: seq.length, value };
    }
    return null;
  }
}

export interface RoleNoun {
  id: string;
  class: string;
}

export interface VerbEntry {
  id: string;
  needsComplement: boolean;
  addressee: boolean;
}

/** Everything the entity and quote stages look up, for one language. */
export interface LangIndex {
  lang: string;
  functionWords: Set<string>;
  connectors: Set<string>;
  determiners: Set<string>;
  indefinites: Set<string>;
  prepositions: Set<string>;
  linkers: Set<string>;
  orgTails: Set<string>;
  /** The last head word of a name (before a connector) gives its type; else the first does. */
  headFinal: boolean;
  groups: Set<string>;
  heads: Map<string, { id: string; type: 'person' | 'organization' | 'location' | 'group' }>;
  honorifics: Set<string>;
  roles: PhraseTable<RoleNoun>;
  portfolios: PhraseTable<string>;
  preModifiers: Set<string>;
  demonyms: PhraseTable<{ id: string; country: string }>;
  verbs: PhraseTable<VerbEntry>;
  auxiliaries: PhraseTable<string>;
  complementizers: Set<string>;
  /** Adverbs between an auxiliary and its speech verb (besides -ment/-ly words). */
  adverbs: Set<string>;
  notAfter: Set<string>;
  negations: Set<string>;
  sourceMarkers: PhraseTable<string>;
  sourceBlockers: Set<string>;
  pronouns: Map<string, Pronoun>;
}

const cache = new Map<string, LangIndex>();

function words(list: readonly string[]): Set<string> {
  return new Set(list.map(foldWord));
}

/** The compiled lexicon of a language (unknown languages use English and French together). */
export function langIndex(lang: string | null): LangIndex {
  const key = lang && (LEXICON_LANGS as readonly string[]).includes(lang) ? lang : '*';
  const hit = cache.get(key);
  if (hit) return hit;
  const built = build(key === '*' ? ['en', 'fr'] : [key], key);
  cache.set(key, built);
  return built;
}

function build(langs: string[], key: string): LangIndex {
  const idx: LangIndex = {
    lang: key,
    functionWords: new Set(),
    connectors: new Set(),
    determiners: new Set(),
    indefinites: new Set(),
    prepositions: new Set(),
    linkers: new Set(),
    orgTails: new Set(),
    headFinal: langs.length === 1 && lexicon(langs[0]).nameCues.headFinal,
    groups: new Set(),
    heads: new Map(),
    honorifics: new Set(),
    roles: new PhraseTable(),
    portfolios: new PhraseTable(),
    preModifiers: new Set(),
    demonyms: new PhraseTable(),
    verbs: new PhraseTable(),
    auxiliaries: new PhraseTable(),
    complementizers: new Set(),
    adverbs: new Set(),
    notAfter: new Set(),
    negations: new Set(),
    sourceMarkers: new PhraseTable(),
    sourceBlockers: new Set(),
    pronouns: new Map(),
  };
  for (const l of langs) addLanguage(idx, l);
  return idx;
}

function addAll(target: Set<string>, list: readonly string[]): void {
  for (const w of words(list)) target.add(w);
}

function addLanguage(idx: LangIndex, l: string): void {
  const lex = lexicon(l);
  const cues = lex.nameCues;
  addAll(idx.functionWords, cues.functionWords);
  addAll(idx.connectors, cues.connectors);
  addAll(idx.determiners, cues.determiners);
  addAll(idx.indefinites, cues.indefinites);
  addAll(idx.prepositions, cues.prepositions);
  addAll(idx.linkers, lex.titles.linkers);
  addAll(idx.orgTails, cues.orgTails);
  for (const g of cues.groups) idx.groups.add(g);
  for (const h of cues.heads) idx.heads.set(h.form, { id: h.id, type: h.type });
  for (const a of lex.abbreviations) if (a.title) idx.honorifics.add(foldWord(a.form.replace(/\.$/, '')));
  for (const r of lex.titles.roles) for (const f of r.forms) idx.roles.add(f, { id: r.id, class: r.class });
  for (const p of lex.titles.portfolios) idx.portfolios.add(p, p);
  addAll(idx.preModifiers, lex.titles.preModifiers);
  for (const d of lex.demonyms)
    for (const f of d.forms) idx.demonyms.add(f, { id: d.id, country: d.country });
  for (const v of lex.speech.verbs) {
    for (const f of verbForms(v, lex.speech))
      idx.verbs.add(f, { id: v.id, needsComplement: v.needsComplement, addressee: v.addressee });
  }
  for (const a of lex.speech.auxiliaries) idx.auxiliaries.add(a, a);
  addAll(idx.complementizers, lex.speech.complementizers);
  addAll(idx.adverbs, lex.speech.adverbs);
  addAll(idx.notAfter, lex.speech.notAfter);
  addAll(idx.negations, lex.speech.negations);
  for (const m of lex.speech.sourceMarkers) idx.sourceMarkers.add(m.form, m.id);
  addAll(idx.sourceBlockers, lex.speech.sourceMarkerBlockers);
  for (const p of lex.pronouns) idx.pronouns.set(foldWord(p.form.replace(/^-(t-)?/, '')), p);
}
