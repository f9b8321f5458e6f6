// Builds the package as it is installed (tsc to JavaScript, the worker thread bundled) into .bench/dist, so throughput
// is measured on the code users run (`npx echotrace`), not through the TypeScript loader that development and tests
// use.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ComposeModule from '../src/app/compose.js';
import type * as IngestModule from '../src/app/ingest.js';
import { bundleWorker } from '../scripts/bundle-worker.js';
import { root } from './corpus.js';

export interface CompiledAnalysis {
  /** The compiled package's directory (.bench/dist). */
  dir: string;
  ingestPaths: typeof IngestModule.ingestPaths;
  openStore: typeof ComposeModule.openStore;
  openCorpusStore: typeof ComposeModule.openCorpusStore;
}

/** Compiles src/ with the build's tsconfig and loads its ingest and stores (analyze runs in a process of its own). */
export async function compiledAnalysis(): Promise<CompiledAnalysis> {
  const out = join(root, '.bench', 'dist');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out], {
    stdio: 'inherit',
  });
  // As `npm run build` does: the worker thread's modules in one file.
  await bundleWorker(out);
  const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(join(out, rel)).href)) as T;
  const ingest = await load<typeof IngestModule>('app/ingest.js');
  const compose = await load<typeof ComposeModule>('app/compose.js');
  return {
    dir: out,
    ingestPaths: ingest.ingestPaths,
    openStore: compose.openStore,
    openCorpusStore: compose.openCorpusStore,
  };
}
