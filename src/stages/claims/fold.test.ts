import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldTextReference } from '../../knowledge/actors.js';
import { foldFast } from './fold.js';

test('the memoised, run-copying folding gives exactly what the reference folding gives', () => {
  const chars = fc.constantFrom(..."aÉé ç-–—’'«»\u00a0\nßœŒıĲǅ😀x́ZÑ".split(''), 'e\u0301', '\u{1F600}');
  fc.assert(
    fc.property(
      fc.array(fc.oneof(chars, fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 3 })), {
        maxLength: 30,
      }),
      (parts) => {
        const text = parts.join('');
        const got = foldFast(text);
        assert.deepEqual(
          { text: got.text, starts: [...got.starts], ends: [...got.ends] },
          foldTextReference(text),
        );
      },
    ),
    { numRuns: 500 },
  );
  const expanding = 'ßŒ'.repeat(40) + 'abc '.repeat(10);
  const got = foldFast(expanding);
  assert.deepEqual(
    { text: got.text, starts: [...got.starts], ends: [...got.ends] },
    foldTextReference(expanding),
  );
});
