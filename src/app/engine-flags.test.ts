import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANALYSIS_V8_FLAGS, engineFlags, V8_FLAGS_ENV } from './engine-flags.js';

test('the analysis V8 flags apply by default', () => {
  assert.equal(engineFlags({}, []), ANALYSIS_V8_FLAGS);
  assert.match(ANALYSIS_V8_FLAGS, /^--max-inlined-bytecode-size-cumulative=\d+$/);
});

test('the environment replaces them, and an empty value applies none', () => {
  assert.equal(engineFlags({ [V8_FLAGS_ENV]: ' --foo=1  --bar ' }, []), '--foo=1 --bar');
  assert.equal(engineFlags({ [V8_FLAGS_ENV]: '' }, []), '');
  assert.equal(engineFlags({ [V8_FLAGS_ENV]: 'not-a-flag --ok' }, []), '--ok');
});

test('a flag node was started with wins over ours', () => {
  assert.equal(engineFlags({}, ['--max-inlined-bytecode-size-cumulative=920']), '');
  assert.equal(engineFlags({ [V8_FLAGS_ENV]: '--a=1 --b' }, ['--a=2']), '--b');
});
