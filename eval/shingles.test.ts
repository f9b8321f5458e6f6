import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averageShingles, scoreShingles } from './shingles.js';

test('identical texts score 1, disjoint 0', () => {
  assert.deepEqual(scoreShingles('one two three four five', 'one two three four five'), {
    tp: 1,
    fp: 0,
    fn: 0,
  });
  assert.deepEqual(scoreShingles('a b c d', 'e f g h'), { tp: 0, fp: 0.5, fn: 0.5 });
});

test('counts shingles with multiplicity and tokenises Unicode words', () => {
  // gold: 1 shingle; predicted adds one word: 2 shingles, 1 shared.
  const s = scoreShingles('élan vital, ça va bien', 'élan vital ça va');
  assert.deepEqual(s, { tp: 0.5, fp: 0.5, fn: 0 });
  const repeated = scoreShingles('a b c d a b c d', 'a b c d');
  assert.deepEqual(repeated, { tp: 0.2, fp: 0.8, fn: 0 });
  const short = scoreShingles('two words', 'two words');
  assert.deepEqual(short, { tp: 1, fp: 0, fn: 0 });
});

test('averages precision over predicting pages and recall over gold pages', () => {
  const avg = averageShingles([
    { tp: 1, fp: 0, fn: 0 },
    { tp: 0.5, fp: 0.5, fn: 0 },
    { tp: 0, fp: 0, fn: 1 },
  ]);
  assert.equal(avg.precision, 0.75);
  assert.equal(avg.recall, 2 / 3);
  assert.ok(Math.abs(avg.f1 - (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3)) < 1e-12);
});
