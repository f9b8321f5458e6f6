// MinHash estimates Jaccard, and LSH bands make near-duplicates candidates while unrelated texts stay apart.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { bandKeys, BANDS, jaccard, shingleHashes, signature, SIGNATURE_SIZE } from './minhash.js';

const vocabulary = Array.from({ length: 400 }, (_, i) => `w${i}`);
function text(seed: number, n: number): string[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return vocabulary[x % vocabulary.length];
  });
}

const estimate = (a: Uint32Array, b: Uint32Array): number =>
  a.reduce((n, v, i) => n + (v === b[i] ? 1 : 0), 0) / SIGNATURE_SIZE;

it('estimates Jaccard within a few points', () => {
  const base = text(1, 300);
  const edited = [...base.slice(0, 200), ...text(2, 100)];
  const a = shingleHashes([base]);
  const b = shingleHashes([edited]);
  const exact = jaccard(a, b);
  assert.ok(Math.abs(estimate(signature(a), signature(b)) - exact) < 0.12, `exact ${exact}`);
});

it('shares bands between a copy with a new header and its source, none with an unrelated text', () => {
  const base = text(3, 400);
  const copy = shingleHashes([['breaking', 'news', 'from', 'the', 'wire'], base]);
  const source = shingleHashes([base]);
  const other = shingleHashes([text(4, 400)]);
  const shared = (x: Set<number>, y: Set<number>): number => {
    const kx = new Set(bandKeys(signature(x)));
    return bandKeys(signature(y)).filter((k) => kx.has(k)).length;
  };
  assert.ok(shared(source, copy) >= BANDS / 2);
  assert.equal(shared(source, other), 0);
});

it('gives one shingle for a paragraph shorter than a shingle, and none for an empty one', () => {
  assert.equal(shingleHashes([['a', 'b']]).size, 1);
  assert.equal(shingleHashes([[]]).size, 0);
});
