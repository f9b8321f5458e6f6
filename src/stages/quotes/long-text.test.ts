// Long inputs: a 2 MB article on one line (one paragraph, and one endless sentence) goes through segment, entities and quotes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from './analyse-text.js';

const PARAGRAPH =
  'Le ministre Jean Dupont a déclaré mardi que la situation restait « très tendue » à Lille. ' +
  '« Nous ne céderons pas », a-t-il averti, selon l’agence Reuters. ' +
  'La porte-parole Claire Martin a démenti les informations selon lesquelles des armes avaient été livrées. ';

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

test('a 2 MB one-line article is segmented and analysed without error', () => {
  const text = repeatTo(PARAGRAPH, 2_000_000);
  const result = analyseText(text, 'fr', [{ start: 0, end: text.length }]);
  assert.ok(result.tokens.length > 300_000);
  assert.ok(result.sentences.length > 10_000);
  assert.ok(result.quotes.length > 10_000);
  assert.ok(result.entities.some((e) => e.name === 'Jean Dupont'));
});

test('a 2 MB one-line text without any sentence end is analysed without error', () => {
  const words = 'que le ministre Dupont a dit selon Reuters et « la situation » restait tendue à Paris ';
  const text = repeatTo(words, 2_000_000);
  const result = analyseText(text, 'fr', [{ start: 0, end: text.length }]);
  assert.equal(result.sentences.length, 1);
  assert.ok(result.tokens.length > 300_000);
  assert.ok(Array.isArray(result.quotes));
});
