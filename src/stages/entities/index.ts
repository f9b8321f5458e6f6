// The `entities` stage: persons, organisations, locations and groups of the body, with roles, mentions and links.
import type { Article, Entity, Layers, Sentence, Token } from '../../core/article.js';
import type { Stage } from '../../core/stage.js';
import { LEXICON_LANGS } from '../../knowledge/lexicon.js';
import { foldWord, langIndex, quickBits } from '../segment/lexicon-index.js';
import { findChunks, type TokenView } from './chunks.js';
import { buildEntities } from './build.js';
import { checkGazetteerKnowledge, gazetteer } from './gazetteer.js';
import { findRoles } from './roles.js';

/**
 * The view last made. One slot, not a WeakMap keyed by the tokens: V8's young-generation collector keeps alive what
 * an old WeakMap's values hold (they point to their own key), so every article's tokens, strings and view outlived
 * many collections and were copied to the old generation (~2 MB every 15 MB allocated), a cost in every worker.
 */
let lastView: TokenView | null = null;

/** The token view of an article, made once: the entities and quotes stages both read it. */
export function tokenView(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): TokenView {
  const hit = lastView;
  if (hit && hit.tokens === tokens && hit.text === text && hit.sentences === sentences) return hit;
  return (lastView = makeView(text, tokens, sentences));
}

/**
 * Folded forms of the tokens (as `foldWord`): an ASCII word without a backtick folds to its lower case, read from
 * the text lower-cased once; other words go through `foldWord` and its memo.
 */
function foldTokens(text: string, tokens: readonly Token[]): string[] {
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  return tokens.map((t) => {
    if (aligned && plainAscii(text, t.start, t.end)) return lower.slice(t.start, t.end);
    return foldWord(text.slice(t.start, t.end));
  });
}

function plainAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) return false;
  }
  return true;
}

/** The tokens with their folded forms, sentence of each, and the words the body writes in lower case. */
function makeView(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): TokenView {
  const folded = foldTokens(text, tokens);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s].end <= tokens[i].start) s++;
    sentenceOf[i] = Math.min(s, sentences.length - 1);
  }
  const lowerSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // A word written in lower case: its first unit changes when upper-cased (ASCII answered without a string).
    const code = text.charCodeAt(t.start);
    if (code < 0x80 ? code >= 0x61 && code <= 0x7a : text[t.start] !== text[t.start].toUpperCase())
      lowerSeen.add(folded[i]);
  }
  const sentFirst = new Int32Array(sentences.length).fill(0);
  const sentLast = new Int32Array(sentences.length).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) if (sentenceOf[i] >= 0) sentFirst[sentenceOf[i]] = i;
  for (let i = 0; i < tokens.length; i++) if (sentenceOf[i] >= 0) sentLast[sentenceOf[i]] = i + 1;
  return {
    text,
    tokens,
    folded,
    quick: quickBits(folded),
    sentenceOf,
    sentences,
    lowerSeen,
    sentFirst,
    sentLast,
  };
}

/** Entities of a segmented text in a language. */
export function extractEntities(articleId: string, view: TokenView, lang: string | null): Entity[] {
  const idx = langIndex(lang);
  const found = findChunks(view, idx, gazetteer(idx.lang === '*' ? 'en' : idx.lang));
  const roles = findRoles(view, idx, found.chunks, found.demonyms);
  return buildEntities(articleId, view, idx, found, roles);
}

export const entitiesStage: Stage = {
  name: 'entities',
  version: '1',
  requires: ['body', 'sentences', 'tokens', 'language'],
  provides: ['entities'],
  /**
   * Loads and validates the lexicons, actors and places at pipeline build: bad knowledge stops start-up. A language's
   * gazetteer is built when its first article comes (a corpus in two languages does not build six).
   */
  init() {
    for (const lang of LEXICON_LANGS) langIndex(lang);
    checkGazetteerKnowledge();
  },
  run(article: Article): Partial<Layers> {
    const view = tokenView(article.text, article.layers.tokens ?? [], article.layers.sentences ?? []);
    return { entities: extractEntities(article.id, view, article.layers.language?.code ?? null) };
  },
};
