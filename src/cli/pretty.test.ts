import assert from 'node:assert/strict';
import { it } from 'node:test';
import { safe } from './pretty.js';

it('safe() strips terminal escapes, controls, bidi overrides and invisible characters from article text', () => {
  assert.equal(safe('a\u001b[31mROUGE\u001b[0m b'), 'a ROUGE b');
  assert.equal(safe('x\u001b]0;pwned\u0007y'), 'x y');
  assert.equal(safe('Titre\u001b[2J fin'), 'Titre fin');
  assert.equal(safe('abc\u202edcba\u202c'), 'abcdcba');
  assert.equal(safe('zero\u200bwidth\u00adsoft'), 'zerowidthsoft');
  assert.equal(safe('tab\there\nnew\u0085line\u0007'), 'tab here new line ');
  assert.equal(safe('Moscou dénie « tout »'), 'Moscou dénie « tout »');
});
