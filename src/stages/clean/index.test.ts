// Tests of the clean stage's HTML wrapper: a page with one block of real prose keeps it as body.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepLoneProse } from './index.js';

describe('clean (html wrapper)', () => {
  const text = 'The quay reopened on Tuesday.\nMenu';
  const sentence = { start: 0, end: 29, kind: 'other' as const, rule: 'html.outside-content' };
  const menu = { start: 30, end: 34, kind: 'other' as const, rule: 'html.outside-content' };

  it('keeps the sentences of a page whose extraction kept nothing', () => {
    assert.deepEqual(keepLoneProse(text, [], [sentence, menu]), [{ start: 0, end: 29 }]);
  });

  it('leaves a body that was found alone', () => {
    const body = [{ start: 30, end: 34 }];
    assert.equal(keepLoneProse(text, body, [sentence]), body);
  });
});
