import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordFilter } from './word-filter.js';

function randomWord(next: () => number): string {
  const letters = 'abcdeéfghijklmnopqrstuvwxyzœß’-';
  const n = 1 + Math.floor(next() * 12);
  let w = '';
  for (let i = 0; i < n; i++) w += letters[Math.floor(next() * letters.length)];
  return w;
}

test('a word filter never turns away a word it holds, read alone or inside a text', () => {
  let seed = 0x2545f491;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const words = Array.from({ length: 3000 }, () => randomWord(next));
  const filter = new WordFilter(words);
  for (const w of words) {
    assert.ok(filter.mayHave(w), w);
    const text = `«${w}» `;
    assert.ok(filter.mayHave(text, 1, 1 + w.length), w);
  }
  assert.equal(filter.mayHave(''), false);
  // With a few thousand words it still turns most other words away.
  const held = new Set(words);
  const others = Array.from({ length: 5000 }, () => randomWord(next)).filter((w) => !held.has(w));
  const passed = others.filter((w) => filter.mayHave(w)).length;
  assert.ok(passed / others.length < 0.1, `${passed} of ${others.length} passed`);
});
