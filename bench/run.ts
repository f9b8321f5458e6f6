// `npm run bench`: analyse and ingest throughput (compiled JavaScript, as installed) on examples/ replicated to 10,000
// articles and on real-length news, the ratio to one plain tokenisation pass, per-stage CPU cost and peak memory.
// Figures are printed, never asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleStages } from '../src/app/compose.js';
import { defaultWorkers } from '../src/app/worker-pool.js';
import type { Article } from '../src/core/article.js';
import { emptyContext, stageLabel } from '../src/core/stage.js';
import { itemToArticle } from '../src/ingest/to-article.js';
import { compiledAnalysis, type CompiledAnalysis } from './compiled.js';
import { exampleArticles, root, writeRealLength, writeReplicated, type BenchArticle } from './corpus.js';

const N = Number(process.env.BENCH_ARTICLES ?? 10000);

/**
 * One plain regex tokenisation pass over the texts, in ms: the median of 5 passes, so that the ratio to it is a
 * yardstick for the machine's speed at the moment of the run (one short pass drifts with the VM).
 */
function tokenizePass(texts: string[]): number {
  const times: number[] = [];
  let tokens = 0;
  for (let pass = 0; pass < 5; pass++) {
    const started = performance.now();
    for (const t of texts) tokens += (t.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
    times.push(performance.now() - started);
  }
  if (tokens < 0) console.log(tokens);
  return times.sort((a, b) => a - b)[2];
}

/** Records after which the workers are started and warmed up (code compiled, each language's knowledge loaded). */
const WARM_RECORDS = 400;

/** Cold runs of `analyze` on the real-length news; their median is reported (the VM's speed drifts between runs). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

interface AnalyzeRun {
  ms: number;
  records: number;
  failed: number;
  warmRate: number | null;
  firstMs: number;
  /** Peak resident memory of the run's process (main thread and workers). */
  rssMiB: number;
}

/** The V8 flags the `echotrace` command starts node with (its shebang), so that runs are timed as users run them. */
function productFlags(): string[] {
  const shebang = readFileSync(join(root, 'bin', 'echotrace.js'), 'utf8').split('\n')[0];
  const words = shebang.split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((w) => w.startsWith('--'));
}

/**
 * One cold `analyze` run in a process of its own (bench/analyze-once.mjs: plain node with the product's flags, the
 * compiled package, fresh workers), start-up included.
 */
function timeAnalyze(path: string, run: CompiledAnalysis): AnalyzeRun {
  const out = execFileSync(
    process.execPath,
    [...productFlags(), join(root, 'bench', 'analyze-once.mjs'), run.dir, path, String(WARM_RECORDS)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '') as AnalyzeRun;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rateOf = (r: AnalyzeRun): number => r.records / (r.ms / 1000);

function printAnalyze(runs: readonly AnalyzeRun[]): void {
  const rates = runs.map(rateOf);
  const failed = Math.max(...runs.map((r) => r.failed));
  const seconds = runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ');
  if (runs.length === 1) {
    console.log(
      `analyze   ${rates[0].toFixed(0)} articles/s  (${seconds} s, ${failed} rejected, start-up included)`,
    );
  } else {
    console.log(
      `analyze   ${median(rates).toFixed(0)} articles/s  (median of ${runs.length} cold runs, start-up included: ` +
        `${rates.map((r) => r.toFixed(0)).join(', ')} articles/s in ${seconds} s; ${failed} rejected)`,
    );
  }
  const firsts = runs.map((r) => (r.firstMs / 1000).toFixed(2)).join(', ');
  console.log(`          first record after ${firsts} s (worker start-up: modules and knowledge)`);
  const warm = runs.map((r) => r.warmRate).filter((r): r is number => r !== null);
  if (warm.length)
    console.log(
      `          ${median(warm).toFixed(0)} articles/s once started (after the first ${WARM_RECORDS} articles` +
        `${warm.length > 1 ? `; ${warm.map((r) => r.toFixed(0)).join(', ')}` : ''})`,
    );
}

async function timeIngest(path: string, run: CompiledAnalysis): Promise<{ ms: number; inserted: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-bench-'));
  const store = await run.openStore(join(dir, 'bench.db'));
  const started = performance.now();
  // As `echotrace ingest` does it: analysis, storage, and corpus linking (copies, stories) per batch.
  const result = await run.ingestPaths(store, [path], { corpus: await run.openCorpusStore(store) });
  const ms = performance.now() - started;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { ms, inserted: result.inserted };
}

/** CPU time of a call in ms (this process: the thread running it, plus the engine's helper threads). */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

/**
 * Cost of each stage alone, in this thread: CPU time per article, after `warmup` articles (compiling the code and
 * loading each language's knowledge are start-up costs, not per-article ones).
 */
function stageProfile(
  texts: readonly BenchArticle[],
  warmup: number,
): Array<{ stage: string; msPerArticle: number }> {
  const stages = articleStages();
  const totals = new Map<string, number>(stages.map((s) => [stageLabel(s), 0]));
  texts.forEach((a, i) => {
    let article: Article = itemToArticle({
      input: a.name,
      text: a.text,
      html: a.html,
      format: a.html ? 'html' : 'text',
      group: 'bench',
      bytes: undefined,
      url: null,
    });
    for (const stage of stages) {
      let layers: Partial<Article['layers']> = {};
      const ms = cpuMs(() => {
        layers = stage.run(article, emptyContext);
      });
      if (i >= warmup) totals.set(stageLabel(stage), (totals.get(stageLabel(stage)) ?? 0) + ms);
      article = { ...article, layers: { ...article.layers, ...layers } };
    }
  });
  const count = Math.max(1, texts.length - warmup);
  return [...totals].map(([stage, ms]) => ({ stage, msPerArticle: ms / count }));
}

function printProfile(profile: Array<{ stage: string; msPerArticle: number }>): void {
  for (const s of profile) console.log(`  ${s.stage.padEnd(20)} ${s.msPerArticle.toFixed(2)}`);
  const total = profile.reduce((sum, s) => sum + s.msPerArticle, 0);
  console.log(
    `  ${'all stages'.padEnd(20)} ${total.toFixed(2)}  (one thread: ${(1000 / total).toFixed(0)} articles/s)`,
  );
}

/** Real-length news (~700 words): SemEval-2023 fr/en articles from ../shared, read at bench time, never committed. */
async function realLength(run: CompiledAnalysis): Promise<void> {
  const corpus = writeRealLength(Number(process.env.BENCH_REAL ?? 2000));
  if (!corpus) {
    console.log('real-length articles: ../shared is absent, skipped');
    return;
  }
  const tokenMs = tokenizePass(corpus.texts);
  const runs = Array.from({ length: RUNS }, () => timeAnalyze(corpus.path, run));
  const n = corpus.texts.length;
  console.log(
    `\nreal-length news: ${n} SemEval fr/en articles, ${Math.round(corpus.words / n)} words on average`,
  );
  printAnalyze(runs);
  console.log(
    `tokenise  ${(n / (tokenMs / 1000)).toFixed(0)} articles/s  (one plain regex pass, one thread, median of 5)`,
  );
  const ms = median(runs.map((r) => r.ms));
  console.log(
    `ratio     analyze takes ${(ms / tokenMs).toFixed(1)}x one plain tokenisation pass (median run)`,
  );
  const sample = corpus.texts.slice(0, 1200).map((text, i) => ({ text, name: `real-${i}` }));
  console.log('stage cost (one thread, CPU ms per article, after 200 articles of warm-up):');
  printProfile(stageProfile(sample, 200));
}

async function main(): Promise<void> {
  console.log(
    'building the package as installed (tsc → .bench/dist): throughput is timed on compiled JavaScript',
  );
  const run = await compiledAnalysis();
  if (process.argv.includes('--real-only')) return realLength(run);
  const corpus = writeReplicated(N);
  const avgWords = Math.round(corpus.words / N);
  console.log(
    `bench corpus: ${N} articles (examples/ replicated), ${avgWords} words per article on average, ${defaultWorkers()} workers`,
  );
  const tokenMs = tokenizePass(corpus.texts);
  const analyze = timeAnalyze(corpus.path, run);
  const ingest = await timeIngest(corpus.path, run);
  const rate = (n: number, ms: number): string => (n / (ms / 1000)).toFixed(0);
  printAnalyze([analyze]);
  console.log(
    `ingest    ${rate(ingest.inserted, ingest.ms)} articles/s  (${(ingest.ms / 1000).toFixed(1)} s, ${ingest.inserted} stored)`,
  );
  console.log(`tokenise  ${rate(N, tokenMs)} articles/s  (one plain regex pass, one thread, median of 5)`);
  console.log(`ratio     analyze takes ${(analyze.ms / tokenMs).toFixed(1)}x one plain tokenisation pass`);
  console.log(
    `memory    peak RSS ${analyze.rssMiB.toFixed(0)} MiB analysing, ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB ingesting (main thread + workers)`,
  );
  console.log('stage cost (one thread, CPU ms per article, examples/ 20 times after one warm-up round):');
  const examples = exampleArticles();
  const rounds = Array.from({ length: 21 }, () => examples).flat();
  printProfile(stageProfile(rounds, examples.length));
  await realLength(run);
}

await main();
