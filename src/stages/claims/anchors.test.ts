// Tests of the word-anchor pre-test: never false where the pattern matches, and false where a required word is absent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AnchorIndex } from './anchors.js';
import { compileCore, compilePattern, type FoldedRegExp } from './pattern.js';

const PATTERNS = [
  'nie|nient',
  'accus*',
  '*ant que',
  'a? rejete les? rumeurs',
  "qu' il ... armes",
  'denied reports?',
  "*n't confirm",
  "aujourd'hui|hier",
  '@verb que',
  'x? y? said ... that',
  'denied a_lie|propaganda_stunt|hoax*',
];
const MACROS = { verb: 'affirme|declare_publiquement|dit' };
const VOCAB = [
  'il',
  'nie',
  'nient',
  'renie',
  'accusait',
  'raccuse',
  'ajoutant',
  'que',
  'a',
  'rejete',
  'les',
  'rumeurs',
  "qu'il",
  'armes',
  'denied',
  'reports',
  "didn't",
  'confirm',
  "aujourd'hui",
  'hier',
  'affirme',
  'declare',
  'publiquement',
  'dit',
  'said',
  'on',
  'monday',
  'that',
  ',',
  '.',
  'x',
  'y',
  'lie',
  'hoaxes',
  'propaganda',
  'stunt',
];

function compiled(index: AnchorIndex): Array<{ re: FoldedRegExp; core: { test(s: string): boolean } }> {
  return PATTERNS.map((p) => ({
    re: compilePattern(p, MACROS),
    core: compileCore(p, MACROS, (a) => a, index),
  }));
}

test('the pre-test holds wherever the pattern matches (random texts over a shared vocabulary)', () => {
  const index = new AnchorIndex();
  const all = compiled(index);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 14 }), (words) => {
      const text = words.join(' ');
      for (const { re, core } of all) {
        re.lastIndex = 0;
        if (re.test(text)) assert.ok(core.test(text), `${re.source} on "${text}"`);
      }
    }),
    { numRuns: 400 },
  );
});

test('the pre-test is false when a required word is absent', () => {
  const index = new AnchorIndex();
  const [nie, accus, ant, rumeurs, , , , , , , lie] = compiled(index).map((c) => c.core);
  assert.equal(nie.test('il renie tout'), false);
  assert.equal(accus.test('il raccuse'), false);
  assert.equal(accus.test('il accusait'), true);
  assert.equal(ant.test('avant que'), true);
  assert.equal(ant.test('avantage'), false);
  assert.equal(rumeurs.test('il a rejete'), false, 'required: "rejete" and "rumeurs"');
  assert.equal(rumeurs.test('les rumeurs'), false);
  assert.equal(
    rumeurs.test('rejete des rumeurs'),
    true,
    'the pre-test does not check order or optional words',
  );
  assert.equal(lie.test('he denied a report'), false, '"a lie" anchors on "lie", not on "a"');
  assert.equal(lie.test('he denied a lie'), true);
});
