// The `segment` stage: sentences and tokens of the body paragraphs (nothing outside the body is segmented).
import type { Article, Layers, Sentence, Token } from '../../core/article.js';
import type { Stage } from '../../core/stage.js';
import { lexicon, LEXICON_LANGS } from '../../knowledge/lexicon.js';
import { splitSentences, type SentenceRules } from './sentences.js';
import { tokenize } from './tokenize.js';

const rulesCache = new Map<string, SentenceRules>();

/** Sentence rules of a language; an unknown language gets every language's abbreviations. */
export function sentenceRules(lang: string | null): SentenceRules {
  const key = lang && (LEXICON_LANGS as readonly string[]).includes(lang) ? lang : '*';
  const hit = rulesCache.get(key);
  if (hit) return hit;
  const langs = key === '*' ? [...LEXICON_LANGS] : [key];
  const abbreviations = new Set<string>();
  const canEnd = new Set<string>();
  const starters = new Set<string>();
  for (const l of langs) {
    const lex = lexicon(l);
    for (const a of lex.abbreviations) {
      abbreviations.add(a.form);
      if (a.canEnd) canEnd.add(a.form);
    }
    for (const w of lex.nameCues.functionWords) starters.add(w.toLowerCase());
  }
  const rules = { abbreviations, canEnd, starters };
  rulesCache.set(key, rules);
  return rules;
}

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

/** Tokens and sentences of the given paragraphs of `text`. */
export function segment(
  text: string,
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
  lang: string | null,
): Segmentation {
  const rules = sentenceRules(lang);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  paragraphs.forEach((p, index) => {
    const toks = tokenize(text, p.start, p.end);
    // A loop, not push(...arr): spreading a paragraph of a million tokens overflows the call stack.
    for (const t of toks) tokens.push(t);
    for (const s of splitSentences(text, toks, index, rules)) sentences.push(s);
  });
  return { sentences, tokens };
}

export const segmentStage: Stage = {
  name: 'segment',
  version: '1',
  requires: ['body', 'language'],
  provides: ['sentences', 'tokens'],
  init() {
    for (const lang of LEXICON_LANGS) sentenceRules(lang);
  },
  run(article: Article): Partial<Layers> {
    const body = article.layers.body ?? [];
    return segment(article.text, body, article.layers.language?.code ?? null);
  },
};
