// `npm run bench:scale`: stores and links 100,000 generated articles (bench/scale-corpus.ts) into a SQLite file and
// prints time, articles/s, peak memory and the corpus link time per article at 10k, 50k and 100k. Only the corpus
// stage is timed: records are built directly (no per-article analysis), so the curve shows the linking cost alone.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCorpusStore, openStore } from '../src/app/compose.js';
import { sharedDirectory } from '../src/core/shared.js';
import { emptyStats, linkRecords } from '../src/corpus/link.js';
import { loadSourceTexts } from './republish.js';
import { scaleCorpus, type ScaleItem } from './scale-corpus.js';

const TOTAL = Number(process.env.SCALE_ARTICLES ?? 100_000);
const BATCH = 1000;
const CHECKPOINTS = new Set([10_000, 50_000, 100_000, TOTAL]);

async function main(): Promise<void> {
  const shared = sharedDirectory();
  if (!shared) {
    console.log('bench scale: ../shared is absent, skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-scale-'));
  const store = await openStore(join(dir, 'scale.db'));
  const corpus = await openCorpusStore(store);
  const stats = emptyStats();
  const truth = new Map<string, string>();
  let batch: ScaleItem[] = [];
  let done = 0;
  let storeMs = 0;
  let linkMs = 0;
  const started = performance.now();
  console.log(`bench scale: ${TOTAL} articles in batches of ${BATCH} → ${join(dir, 'scale.db')}`);
  console.log(
    'articles  total s  articles/s  store ms/art  link ms/art (this batch)  link CPU ms/art (this batch)  link ms/art (mean)  candidates/art  peak RSS MiB',
  );
  for (const item of scaleCorpus(loadSourceTexts(shared), TOTAL)) {
    batch.push(item);
    if (item.copyOf) truth.set(item.record.input, item.copyOf.source);
    if (batch.length < BATCH) continue;
    const records = batch.map((b) => b.record);
    const t0 = performance.now();
    await store.putMany(records);
    const t1 = performance.now();
    const before = stats.candidates;
    const cpu0 = process.cpuUsage();
    await linkRecords(corpus, records, stats);
    const cpu = process.cpuUsage(cpu0);
    const t2 = performance.now();
    storeMs += t1 - t0;
    linkMs += t2 - t1;
    done += batch.length;
    batch = [];
    if (CHECKPOINTS.has(done) || done % 10_000 === 0) {
      const total = (performance.now() - started) / 1000;
      const rss = process.resourceUsage().maxRSS / 1024;
      console.log(
        `${String(done).padStart(8)}  ${total.toFixed(1).padStart(7)}  ${(done / total).toFixed(0).padStart(10)}  ${(storeMs / done).toFixed(2).padStart(12)}  ${((t2 - t1) / BATCH).toFixed(2).padStart(24)}  ${((cpu.user + cpu.system) / 1000 / BATCH).toFixed(2).padStart(28)}  ${(linkMs / done).toFixed(2).padStart(18)}  ${((stats.candidates - before) / BATCH).toFixed(1).padStart(14)}  ${rss.toFixed(0).padStart(12)}`,
      );
    }
  }
  const copies = await corpus.copies();
  const byCopy = new Set(
    copies.flatMap((c) => [`${c.sourceInput}|${c.copyInput}`, `${c.copyInput}|${c.sourceInput}`]),
  );
  const recall =
    [...truth].filter(([copy, source]) => byCopy.has(`${source}|${copy}`)).length / Math.max(1, truth.size);
  const stories = await corpus.stories();
  console.log(
    `copies: ${copies.length} pairs found; original→copy recall ${recall.toFixed(4)} over ${truth.size} copies made`,
  );
  console.log(`stories: ${stories.length}; ${storySizes(stories.map((s) => s.members.length))}`);
  console.log(
    `database: ${(statSync(join(dir, 'scale.db')).size / 2 ** 20).toFixed(0)} MiB; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Largest stories and how many stories fall in each size range. */
function storySizes(sizes: number[]): string {
  const sorted = [...sizes].sort((a, b) => b - a);
  const ranges = [
    [1, 1],
    [2, 5],
    [6, 20],
    [21, 100],
    [101, 500],
    [501, Infinity],
  ] as const;
  const counts = ranges.map(
    ([lo, hi]) =>
      `${hi === Infinity ? `>${lo - 1}` : lo === hi ? lo : `${lo}-${hi}`}: ${sizes.filter((n) => n >= lo && n <= hi).length}`,
  );
  return `largest ${sorted.slice(0, 5).join(', ')} articles; by size ${counts.join(', ')}`;
}

await main();
