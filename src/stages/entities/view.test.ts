// Tests of the token view: folded forms equal foldWord's for every token (ASCII fast path included), made once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldWord } from '../segment/lexicon-index.js';
import { tokenize } from '../segment/tokenize.js';
import { tokenView } from './index.js';

test('folded tokens equal foldWord on mixed text, with a length-changing capital before them', () => {
  for (const text of [
    'Le Kremlin a DÉMENTI l’information, `quoted` and PESKOV’s words; Ölçü İstanbul ABC def.',
    'Plain ASCII only: The White House said THAT it had Evidence.',
  ]) {
    const tokens = tokenize(text, 0, text.length);
    const view = tokenView(text, tokens, [{ start: 0, end: text.length, paragraph: 0 }]);
    assert.deepEqual(
      view.folded,
      tokens.map((t) => foldWord(text.slice(t.start, t.end))),
    );
    assert.equal(tokenView(text, tokens, view.sentences), view, 'the view is made once per token list');
  }
});
