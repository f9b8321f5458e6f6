// Tests of the knowledge YAML reader: validated data comes back the same from the cache, failures are never cached.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { codeIdentity } from '../core/cache.js';
import { parseValidated } from './yaml.js';

function withCache(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-yaml-'));
  const saved = process.env.ECHOTRACE_CACHE;
  process.env.ECHOTRACE_CACHE = dir;
  try {
    run(dir);
  } finally {
    if (saved === undefined) delete process.env.ECHOTRACE_CACHE;
    else process.env.ECHOTRACE_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

const Schema = z.object({
  words: z.array(z.string().min(1)),
  weight: z.number().default(1),
  note: z.string().optional(),
});

test('validated data reads back from the cache as zod gave it (defaults applied, unknown keys dropped)', () => {
  withCache((dir) => {
    const source = 'words: [a, b]\nextra: 3\n';
    const first = parseValidated(source, Schema, 'test');
    assert.ok(first.success);
    assert.deepEqual(first.data, { words: ['a', 'b'], weight: 1 });
    assert.equal(readdirSync(dir).filter((f) => f.startsWith('validated-')).length, 1);
    const again = parseValidated(source, Schema, 'test');
    assert.ok(again.success);
    assert.deepEqual(again.data, first.data);
    // Another schema name is another entry: the same text is validated again.
    assert.ok(parseValidated(source, Schema, 'other').success);
    assert.equal(readdirSync(dir).filter((f) => f.startsWith('validated-')).length, 2);
  });
});

test('invalid data is zod’s failure and is not cached; malformed YAML throws', () => {
  withCache((dir) => {
    const bad = parseValidated('words: [""]\n', Schema, 'test');
    assert.equal(bad.success, false);
    assert.equal(parseValidated('words: [""]\n', Schema, 'test').success, false);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.startsWith('validated-')),
      [],
    );
    assert.throws(() => parseValidated('words: [a\n', Schema, 'test'));
  });
});

test('the code identity is stable within a run and names this build', () => {
  assert.match(codeIdentity(), /^[0-9a-f]{16}$/);
  assert.equal(codeIdentity(), codeIdentity());
});
