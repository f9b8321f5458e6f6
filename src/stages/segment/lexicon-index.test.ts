// Tests of the phrase tables: longest match first, and the quick filter never hides a phrase the map holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PhraseTable, phraseKey } from './lexicon-index.js';

test('a phrase table matches the longest phrase at a token and nothing elsewhere', () => {
  const table = new PhraseTable<string>();
  table.add('porte-parole', 'spokesperson');
  table.add('porte', 'door');
  table.add('ministre des Affaires étrangères', 'foreign-minister');
  table.add('ministre', 'minister');
  const folded = phraseKey('le ministre des affaires etrangeres et la porte-parole');
  assert.deepEqual(table.match(folded, 1), { length: 4, value: 'foreign-minister' });
  assert.deepEqual(table.match(folded, 7), { length: 1, value: 'spokesperson' }, 'one hyphenated token');
  assert.equal(table.match(folded, 0), null);
  assert.equal(table.match(folded, 4), null, 'a later word of a phrase starts nothing');
  assert.equal(table.match(folded, folded.length), null, 'past the end');
});

/** The table's answer computed without any filter: every phrase compared at the position, longest first. */
function bruteForce(
  phrases: ReadonlyArray<readonly string[]>,
  folded: readonly string[],
  i: number,
): number | null {
  let best: number | null = null;
  for (const seq of phrases) {
    if (seq.length === 0 || i + seq.length > folded.length) continue;
    if (seq.every((w, k) => folded[i + k] === w) && (best === null || seq.length > best)) best = seq.length;
  }
  return best;
}

test('the quick filter never hides a phrase (words of any length and script, colliding buckets)', () => {
  const word = fc.oneof(
    fc.constantFrom('a', 'de', 'la', 'é', 'ét', 'russie', 'москва', '北京', 'x'.repeat(40), 'x'.repeat(41)),
    fc.string({ minLength: 1, maxLength: 35, unit: fc.constantFrom('a', 'b', 'é', 'я', '1') }),
  );
  fc.assert(
    fc.property(
      fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
      fc.array(word, { maxLength: 12 }),
      (phrases, extra) => {
        const table = new PhraseTable<number>();
        const keys = phrases.map((p) => phraseKey(p.join(' ')));
        phrases.forEach((p, k) => table.add(p.join(' '), k));
        // A text made of the phrases' own words (so matches happen) and other words.
        const folded = [...keys.flat(), ...extra.flatMap((w) => phraseKey(w))];
        for (let i = 0; i <= folded.length; i++)
          assert.equal(table.match(folded, i)?.length ?? null, bruteForce(keys, folded, i));
      },
    ),
    { seed: 5, numRuns: 300 },
  );
});
