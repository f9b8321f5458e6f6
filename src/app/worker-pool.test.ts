import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InputItem } from '../ingest/item.js';
import { analyzeJsonStream, analyzeStream } from './worker-pool.js';

async function* items(n: number): AsyncGenerator<InputItem> {
  for (let i = 0; i < n; i++) {
    if (i % 7 === 3) yield { input: `bad-${i}`, format: 'text', group: null, bytes: new Uint8Array() };
    else
      yield {
        input: `item-${i}`,
        format: 'text',
        group: null,
        text: `Article ${i}\n${'Une phrase de corps. '.repeat(1 + (i % 13) * 20)}`,
      };
  }
}

describe('analyzeStream', () => {
  for (const workers of [0, 2]) {
    it(`yields one record per input, in input order (workers=${workers}), errors included`, async () => {
      const inputs: string[] = [];
      for await (const record of analyzeStream(items(60), { workers, window: 5 }))
        inputs.push(`${record.input}:${record.error?.code ?? 'ok'}`);
      const expected = Array.from({ length: 60 }, (_, i) =>
        i % 7 === 3 ? `bad-${i}:E_EMPTY` : `item-${i}:ok`,
      );
      assert.deepEqual(inputs, expected);
    });
  }
});

describe('analyzeJsonStream', () => {
  it('yields each record as the JSON text of the record analyzeStream yields, made in the workers', async () => {
    const expected: string[] = [];
    for await (const record of analyzeStream(items(30), { workers: 0 }))
      expected.push(JSON.stringify(record));
    for (const workers of [0, 2]) {
      const got: string[] = [];
      const errors: string[] = [];
      for await (const record of analyzeJsonStream(items(30), { workers, window: 4 })) {
        got.push(record.json);
        if (record.error) errors.push(`${record.input}:${record.error.code}`);
      }
      assert.deepEqual(got, expected, `workers=${workers}`);
      assert.deepEqual(errors, ['bad-3:E_EMPTY', 'bad-10:E_EMPTY', 'bad-17:E_EMPTY', 'bad-24:E_EMPTY']);
    }
  });
});
