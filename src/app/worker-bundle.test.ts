import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { bundleWorker } from '../../scripts/bundle-worker.js';
import type * as PoolModule from './worker-pool.js';
import type * as ReadModule from '../ingest/read.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The records of the examples as a build's pool writes them (JSON lines made in its worker threads). */
async function records(out: string): Promise<string[]> {
  // A cache-busting query: each call loads the build's modules afresh, so each pool decides anew which worker to run.
  const bust = `?run=${Math.random()}`;
  const pool = (await import(
    pathToFileURL(join(out, 'app', 'worker-pool.js')).href + bust
  )) as typeof PoolModule;
  const read = (await import(pathToFileURL(join(out, 'ingest', 'read.js')).href + bust)) as typeof ReadModule;
  const got: string[] = [];
  const inputs = read.readInputs([join(root, 'examples')]);
  for await (const r of pool.analyzeJsonStream(inputs, { workers: 2, referenceDate: '2024-06-01' }))
    got.push(r.json);
  return got;
}

describe('the bundled worker (npm run build)', () => {
  let out = '';
  before(async () => {
    // Inside the checkout, so the build resolves its packages from node_modules as dist/ does.
    out = mkdtempSync(join(root, '.tmp-build-'));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out]);
    await bundleWorker(out);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('is one file holding the worker and the modules it imports, and writes the same records as worker.js', async () => {
    const bundle = join(out, 'app', 'worker.bundle.js');
    assert.ok(statSync(bundle).size > 500_000, 'the bundle holds the stages and their dependencies');
    const bundled = await records(out);
    // A bundle older than worker.js is stale (a compile without the bundling step): the pool runs worker.js.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(out, 'app', 'worker.js'), later, later);
    const modules = await records(out);
    assert.ok(bundled.length >= 8, 'every example analysed');
    assert.deepEqual(bundled, modules);
  });

  it('is the worker the pool runs when it is not older than worker.js', async () => {
    const bundle = join(out, 'app', 'worker.bundle.js');
    appendFileSync(bundle, "\nthrow new Error('the bundle ran');\n");
    const later = new Date(Date.now() + 120_000);
    utimesSync(bundle, later, later);
    await assert.rejects(records(out), /the bundle ran/);
  });
});
