// `npm run eval`: runs every scorer in eval/ (modules exporting `scorers`), prints the figures and gates them
// against the floors pinned in eval/baseline.json. `--update` raises floors to the current figures (never lowers).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvalResult, Scorer } from './types.js';

const here = new URL('./', import.meta.url);
const baselinePath = fileURLToPath(new URL('baseline.json', here));
const NOT_SCORERS = new Set(['run.ts', 'types.ts', 'seeds.ts', 'shingles.ts']);

async function loadScorers(only: string | null): Promise<Array<{ module: string; scorer: Scorer }>> {
  const files = readdirSync(fileURLToPath(here))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_SCORERS.has(f))
    .filter((f) => only === null || f.includes(only))
    .sort();
  const found: Array<{ module: string; scorer: Scorer }> = [];
  for (const file of files) {
    const mod = (await import(new URL(file, here).href)) as { scorers?: Scorer[] };
    for (const scorer of mod.scorers ?? []) found.push({ module: file, scorer });
  }
  return found;
}

function fmt(v: number | string): string {
  return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(4)) : v;
}

function printResult(r: EvalResult, floors: Record<string, number>, failures: string[]): void {
  if (r.skipped) {
    console.log(`\n${r.name}: skipped (${r.skipped})`);
    return;
  }
  console.log(`\n${r.name}`);
  for (const [k, v] of Object.entries(r.metrics)) {
    const key = `${r.name}.${k}`;
    const floor = floors[key];
    const below = floor !== undefined && v < floor - 1e-9;
    if (below) failures.push(`${key} = ${fmt(v)} < floor ${fmt(floor)}`);
    console.log(
      `  ${k.padEnd(28)} ${fmt(v).padStart(10)}${floor !== undefined ? `   floor ${fmt(floor)}${below ? '  ✗ BELOW FLOOR' : ''}` : ''}`,
    );
  }
  for (const [k, v] of Object.entries(r.info ?? {}))
    console.log(`  ${k.padEnd(28)} ${fmt(v).padStart(10)}   (info)`);
  for (const note of r.notes ?? []) console.log(`  note: ${note}`);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const update = args.includes('--update');
  const only = args.find((a) => !a.startsWith('--')) ?? null;
  const floors = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, number>;
  const failures: string[] = [];
  const results: EvalResult[] = [];
  for (const { module, scorer } of await loadScorers(only)) {
    const started = performance.now();
    for (const r of await scorer()) {
      results.push(r);
      printResult(r, floors, failures);
    }
    console.log(`  (${module}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (update) ratchet(floors, results);
  const missing = Object.keys(floors).filter(
    (k) =>
      !results.some(
        (r) => !r.skipped && k.startsWith(`${r.name}.`) && k.slice(r.name.length + 1) in r.metrics,
      ),
  );
  if (only === null && missing.length > 0 && results.some((r) => !r.skipped))
    console.log(`\nfloors with no figure this run: ${missing.join(', ')}`);
  console.log(
    failures.length
      ? `\nEVAL FAILED: ${failures.length} figures below their floors\n  ${failures.join('\n  ')}`
      : '\neval: all figures at or above their floors',
  );
  return failures.length ? 1 : 0;
}

/** Floors only move up: a figure becomes the new floor when it beats the old one. */
function ratchet(floors: Record<string, number>, results: EvalResult[]): void {
  for (const r of results) {
    if (r.skipped) continue;
    for (const [k, v] of Object.entries(r.metrics)) {
      const key = `${r.name}.${k}`;
      const value = Math.floor(v * 1000) / 1000;
      if (floors[key] === undefined || value > floors[key]) floors[key] = value;
    }
  }
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(baselinePath, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`\nfloors updated in ${baselinePath}`);
}

process.exitCode = await main();
