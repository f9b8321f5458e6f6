import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAYBE_OTHER_SCRIPT, OTHER_SCRIPT } from './features.js';

test('the other-script prefilter holds every letter outside Latin and Cyrillic (it may only skip lines without one)', () => {
  const missed: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCodePoint(code);
    if (OTHER_SCRIPT.test(ch) && !MAYBE_OTHER_SCRIPT.test(ch)) missed.push(code.toString(16));
  }
  assert.deepEqual(missed, []);
  // And it does skip the common case: Latin text with typographic punctuation.
  assert.equal(MAYBE_OTHER_SCRIPT.test('L’État a « démenti » — selon l’AFP… Москва'), false);
  assert.equal(MAYBE_OTHER_SCRIPT.test('Le président a dit 北京'), true);
});
