// Tests of the on-disk cache: round trip, keys that differ, a disabled cache, and an unwritable directory.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cacheDirectory, CheckMarker, readCached, writeCached } from './cache.js';

function withCache(dir: string, run: () => void): void {
  const saved = process.env.ECHOTRACE_CACHE;
  process.env.ECHOTRACE_CACHE = dir;
  try {
    run();
  } finally {
    if (saved === undefined) delete process.env.ECHOTRACE_CACHE;
    else process.env.ECHOTRACE_CACHE = saved;
  }
}

test('a written value reads back under its key only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-cache-'));
  withCache(dir, () => {
    assert.equal(readCached('t', 'k1'), undefined);
    writeCached('t', 'k1', { a: [1, 'x'] });
    assert.deepEqual(readCached('t', 'k1'), { a: [1, 'x'] });
    assert.equal(readCached('t', 'k2'), undefined);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file left',
    );
  });
  rmSync(dir, { recursive: true, force: true });
});

test('a corrupt entry is a miss, and `off` disables the cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-cache-'));
  withCache(dir, () => {
    writeCached('t', 'k', 1);
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{not json');
    assert.equal(readCached('t', 'k'), undefined);
  });
  withCache('off', () => {
    assert.equal(cacheDirectory(), null);
    writeCached('t', 'k', 1);
    assert.equal(readCached('t', 'k'), undefined);
  });
  rmSync(dir, { recursive: true, force: true });
});

test('a cache that cannot be written costs nothing but speed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-cache-'));
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');
  withCache(join(file, 'sub'), () => {
    assert.doesNotThrow(() => writeCached('t', 'k', 1));
    assert.equal(readCached('t', 'k'), undefined);
  });
  rmSync(dir, { recursive: true, force: true });
});

test('a check marker is known only for the same content and kind, once remembered', () => {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-cache-'));
  withCache(dir, () => {
    const first = new CheckMarker('schema/1', 'rows: [a]');
    assert.equal(first.known, false);
    first.remember();
    assert.equal(new CheckMarker('schema/1', 'rows: [a]').known, true);
    assert.equal(new CheckMarker('schema/1', 'rows: [b]').known, false);
    assert.equal(new CheckMarker('schema/2', 'rows: [a]').known, false);
  });
  rmSync(dir, { recursive: true, force: true });
});
