// Runs segment → entities → quotes over a text whose body paragraphs are given (tests, evals, tools).
import type { Entity, Quote, Sentence, Token } from '../../core/article.js';
import { articleId } from '../../core/ids.js';
import type { Span } from '../../core/span.js';
import { lineBlocks } from '../blocks/index.js';
import { extractEntities, tokenView } from '../entities/index.js';
import { segment } from '../segment/index.js';
import { extractQuotes } from './index.js';

export interface TextAnalysis {
  text: string;
  body: Span[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  quotes: Quote[];
}

/** Analyses `text` in `lang`; the body is every non-empty line unless given. */
export function analyseText(text: string, lang: string, body: Span[] = lineBlocks(text)): TextAnalysis {
  const spans = body.map((b) => ({ start: b.start, end: b.end }));
  const { sentences, tokens } = segment(text, spans, lang);
  const view = tokenView(text, tokens, sentences);
  const entities = extractEntities(articleId(text), view, lang);
  const quotes = extractQuotes(view, lang, entities, spans);
  return { text, body: spans, sentences, tokens, entities, quotes };
}
