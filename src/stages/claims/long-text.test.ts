// Long inputs: segment → entities → quotes → claims on a 2 MB one-line article, and on 2 MB with no sentence end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../core/article.js';
import { articleId } from '../../core/ids.js';
import { analyseText } from '../quotes/analyse-text.js';
import { readClaims } from './index.js';

const PARAGRAPH =
  'Le ministre Jean Dupont a déclaré mardi que la situation restait « très tendue » à Lille. ' +
  "L'Iran a affirmé qu'il n'avait pas livré de drones à la Russie, selon l'agence Reuters. " +
  'La porte-parole Claire Martin a démenti les informations selon lesquelles des armes avaient été livrées. ';

function article(unit: string, size: number): Article {
  const text = unit.repeat(Math.ceil(size / unit.length));
  const a = analyseText(text, 'fr', [{ start: 0, end: text.length }]);
  return {
    id: articleId(text),
    input: 'long-text',
    text,
    source: {
      format: 'text',
      encoding: null,
      url: null,
      declared: { published: null, outlet: null },
      page: null,
      group: null,
      blocks: null,
    },
    layers: {
      body: a.body,
      language: { code: 'fr', confidence: 1, paragraphs: [] },
      title: null,
      sentences: a.sentences,
      tokens: a.tokens,
      entities: a.entities,
      quotes: a.quotes,
      outlet: null,
    },
    trace: [],
  };
}

function assertSpansValid(a: Article, claims: ReturnType<typeof readClaims>): void {
  for (const c of claims) {
    assert.ok(0 <= c.span.start && c.span.start < c.span.end && c.span.end <= a.text.length);
    for (const s of c.stances) assert.ok(0 <= s.span.start && s.span.end <= a.text.length);
  }
}

test('a 2 MB one-line article goes through claims', () => {
  const a = article(PARAGRAPH, 2_000_000);
  const claims = readClaims(a);
  assert.ok(claims.length > 1000);
  assert.ok(claims.some((c) => c.stances.some((s) => s.stance === 'denies')));
  assertSpansValid(a, claims);
});

test('a 2 MB text without any sentence end goes through claims', () => {
  const words =
    'le ministre Dupont a dit selon Reuters et « la situation » restait tendue à Paris, il a nié que ';
  const a = article(words, 2_000_000);
  assert.equal(a.layers.sentences?.length, 1);
  const claims = readClaims(a);
  assert.ok(claims.length > 0);
  assertSpansValid(a, claims);
});
