// The contract on real inputs: every article of examples/ and ../shared/seeds analyses, and every span is exact.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { articleRecordSchema } from '../core/contract-schema.js';
import { SKIP_NO_SHARED, sharedDirectory } from '../core/shared.js';
import { checkRecordSpans } from '../core/validate.js';
import { readInputs } from '../ingest/read.js';
import { analyzeItem } from './analyze.js';

async function checkFolder(dir: string): Promise<number> {
  let n = 0;
  for await (const item of readInputs([dir])) {
    const record = analyzeItem(item);
    assert.equal(record.error, null, `${item.input}: ${JSON.stringify(record.error)}`);
    if (record.error !== null) continue;
    assert.deepEqual(checkRecordSpans(record), [], item.input);
    const shape = articleRecordSchema.safeParse(record);
    assert.ok(shape.success, `${item.input}: ${shape.error?.message}`);
    assert.match(record.id, /^[0-9a-f]{64}$/);
    for (const key of [
      'language',
      'title',
      'outlet',
      'origin',
      'published',
      'body',
      'removed',
      'dates',
      'entities',
      'quotes',
      'claims',
      'techniques',
    ]) {
      assert.ok(key in record, `${item.input} lacks ${key}`);
    }
    n++;
  }
  return n;
}

describe('contract', () => {
  it('examples/: every article analyses with exact spans', async () => {
    const n = await checkFolder(fileURLToPath(new URL('../../examples', import.meta.url)));
    assert.ok(n >= 12, `examples/ holds ${n} articles`);
  });

  const shared = sharedDirectory();
  it(
    '../shared/seeds: every article analyses with exact spans',
    { skip: shared ? false : SKIP_NO_SHARED },
    async () => {
      const seeds = join(shared ?? '', 'seeds');
      assert.equal(await checkFolder(seeds), readdirSync(seeds).filter((f) => f.endsWith('.txt')).length);
    },
  );
});
