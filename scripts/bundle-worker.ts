// Bundles the compiled worker thread (dist/app/worker.js and every module it imports) into one file beside it,
// dist/app/worker.bundle.js, with esbuild. A worker then loads one module instead of ~200: Node's ES module loader
// spends ~0.15 s of each worker's start-up resolving, reading and linking them one by one.
// Run: node --import tsx scripts/bundle-worker.ts [dist]   (part of `npm run build`)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Dependencies bundled in: those a worker imports at start-up. Every other one stays a package import, loaded on
 * first need as the code does now (chrono's locales, eld's database, js-yaml, linkedom, …), and resolved from
 * node_modules as before, since the bundle sits in the same directory as the module it replaces.
 */
const BUNDLED = new Set(['zod']);

/** Writes `<dist>/app/worker.bundle.js` from the compiled modules under `dist`. */
export async function bundleWorker(dist: string): Promise<void> {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const external = Object.keys(manifest.dependencies ?? {})
    .filter((name) => !BUNDLED.has(name))
    .flatMap((name) => [name, `${name}/*`]);
  await build({
    entryPoints: [join(dist, 'app', 'worker.js')],
    outfile: join(dist, 'app', 'worker.bundle.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleWorker(resolve(process.argv[2] ?? 'dist'));
}
