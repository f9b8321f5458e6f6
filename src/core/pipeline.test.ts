import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from './article.js';
import { InputError, SetupError } from './errors.js';
import { buildPipeline } from './pipeline.js';
import { emptyContext, type Stage } from './stage.js';

const article: Article = Object.freeze<Article>({
  id: 'x',
  input: 'x.txt',
  text: 'Hello world',
  source: {
    format: 'text',
    encoding: 'utf-8',
    url: null,
    declared: { published: null, outlet: null },
    page: null,
    group: null,
    blocks: null,
  },
  layers: Object.freeze({}),
  trace: [],
});

const bodyStage: Stage = {
  name: 'body',
  version: '1',
  requires: [],
  provides: ['body'],
  run: () => ({ body: [{ start: 0, end: 5 }] }),
};
const titleStage: Stage = {
  name: 'title',
  version: '2',
  requires: ['body'],
  provides: ['title'],
  run: () => ({ title: null }),
};

describe('buildPipeline', () => {
  it('refuses a stage whose required layer no earlier stage provides', () => {
    assert.throws(
      () => buildPipeline([titleStage, bodyStage]),
      (err: unknown) => err instanceof SetupError && err.code === 'E_PIPELINE',
    );
  });

  it('refuses two stages providing the same layer', () => {
    assert.throws(
      () => buildPipeline([bodyStage, { ...bodyStage, name: 'other' }]),
      /already provided by body@1/,
    );
  });

  it('adds layers without mutating the input article, and records the trace', () => {
    const out = buildPipeline([bodyStage, titleStage]).run(article, emptyContext);
    assert.deepEqual(article.layers, {});
    assert.deepEqual(out.layers.body, [{ start: 0, end: 5 }]);
    assert.equal(out.layers.title, null);
    assert.deepEqual(out.trace, ['body@1', 'title@2']);
    assert.ok(Object.isFrozen(out.layers));
  });

  it('turns a stage failure into a coded input error, and a missing layer too', () => {
    const boom: Stage = {
      ...bodyStage,
      run: () => {
        throw new Error('boom');
      },
    };
    assert.throws(
      () => buildPipeline([boom]).run(article, emptyContext),
      (e: unknown) => e instanceof InputError && e.code === 'E_STAGE' && /boom/.test(e.message),
    );
    const lazy: Stage = { ...bodyStage, run: () => ({}) };
    assert.throws(() => buildPipeline([lazy]).run(article, emptyContext), /did not return its layer "body"/);
  });
});
