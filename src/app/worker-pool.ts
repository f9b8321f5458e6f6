// Runs per-article analysis on worker threads; streams records back in input order with bounded memory.
import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OutputRecord } from '../core/contract.js';
import type { ErrorInfo } from '../core/errors.js';
import type { InputItem } from '../ingest/item.js';
import type { AnalyzeOptions } from './analyze.js';

export interface PoolOptions extends AnalyzeOptions {
  /** Worker threads; 0 analyses in this thread. Default: one per core. */
  workers?: number;
  /**
   * Items read ahead and in flight at most, whatever the number of inputs. They are handed to the workers at
   * once (in even shares), so a consumer that blocks this thread for a while (storing and linking a batch) does
   * not leave the workers idle: they go on with the items already handed to them.
   */
  window?: number;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Below this many inputs, starting threads (each loads all knowledge) costs more than it saves. */
const MIN_INPUTS_FOR_WORKERS = 40;

/** Worker threads for a run: as asked, else one per core when there are enough inputs to repay thread start-up. */
export async function workersFor(paths: readonly string[], asked: number | undefined): Promise<number> {
  if (asked !== undefined) return asked;
  const enough = (await estimateInputs(paths, MIN_INPUTS_FOR_WORKERS)) >= MIN_INPUTS_FOR_WORKERS;
  return enough ? defaultWorkers() : 0;
}

/** Counts inputs up to `limit` without reading them (a JSONL file counts about one input per 2 KB). */
async function estimateInputs(paths: readonly string[], limit: number): Promise<number> {
  let n = 0;
  const visit = async (path: string): Promise<void> => {
    if (n >= limit) return;
    const info = await stat(path).catch(() => null);
    if (!info) n++;
    else if (info.isDirectory()) {
      for (const entry of await readdir(path)) if (!entry.startsWith('.')) await visit(join(path, entry));
    } else n += /\.(jsonl|ndjson)$/i.test(path) ? Math.ceil(info.size / 2048) : 1;
  };
  for (const path of paths) {
    if (path === '-') n++;
    else await visit(path);
  }
  return n;
}

/**
 * A record as `echotrace analyze` writes it: its JSON text, made where the record was (a worker), with the two
 * fields a writer reads without parsing it. Handing a worker's record over as one string costs the main thread a
 * copy; as an object, it cost rebuilding every object of it and then serialising it again.
 */
export interface SerializedRecord {
  input: string;
  error: ErrorInfo | null;
  json: string;
}

/** What a worker is told besides its analysis options: whether to post records serialised. */
export interface WorkerSetup extends AnalyzeOptions {
  serialize: boolean;
}

export function serializeRecord(record: OutputRecord): SerializedRecord {
  return { input: record.input, error: record.error, json: JSON.stringify(record) };
}

/** Analyses a stream of items and yields their records in input order. */
export async function* analyzeStream(
  items: AsyncIterable<InputItem>,
  options: PoolOptions = {},
): AsyncGenerator<OutputRecord> {
  yield* stream<OutputRecord>(items, options, false);
}

/** As `analyzeStream`, each record serialised to its JSON text (in the worker that made it). */
export async function* analyzeJsonStream(
  items: AsyncIterable<InputItem>,
  options: PoolOptions = {},
): AsyncGenerator<SerializedRecord> {
  yield* stream<SerializedRecord>(items, options, true);
}

async function* stream<T>(
  items: AsyncIterable<InputItem>,
  options: PoolOptions,
  serialize: boolean,
): AsyncGenerator<T> {
  const workers = options.workers ?? defaultWorkers();
  if (workers <= 0) {
    // Loaded here only: with workers, this thread never analyses, so it never loads the stages and their knowledge.
    const { analyzeItem } = await import('./analyze.js');
    for await (const item of items) {
      const record = analyzeItem(item, options);
      yield (serialize ? serializeRecord(record) : record) as T;
    }
    return;
  }
  const window = options.window ?? workers * 8;
  yield* new Pool<T>(workers, options, serialize, Math.max(1, Math.ceil(window / workers))).run(
    items,
    window,
  );
}

/**
 * A worker's young generation: 192 MB, semi-spaces of up to 64 MB instead of V8's 16. An article allocates ~2 MB that
 * dies with it; with the default, a scavenge ran every ~8 articles and copied the article in flight each time (119
 * scavenges per 1,000 articles, ~0.3 ms of every article); with this, 50–65.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

/**
 * The compiled worker: worker.bundle.js (worker.js and all it imports in one file, made by `npm run build`), unless it
 * is missing or older than worker.js (a later compile without the bundling step), then worker.js itself.
 */
function compiledWorker(self: string): URL {
  const modules = new URL('./worker.js', self);
  const bundle = new URL('./worker.bundle.js', self);
  try {
    return statSync(bundle).mtimeMs >= statSync(modules).mtimeMs ? bundle : modules;
  } catch {
    return modules;
  }
}

/** From compiled JS the worker is compiledWorker(); from TypeScript sources (tests, development) it loads tsx first. */
function spawnWorker(self: string, workerData: WorkerSetup): Worker {
  if (!self.endsWith('.ts'))
    return new Worker(compiledWorker(self), { workerData, resourceLimits: WORKER_LIMITS });
  const target = JSON.stringify(new URL('./worker.ts', self).href);
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${target}); })`;
  return new Worker(boot, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}

interface Result<T> {
  seq: number;
  record: T;
}

class Pool<T> {
  private readonly workers: Worker[] = [];
  /** Items handed to each worker and not yet returned. */
  private readonly outstanding = new Map<Worker, number>();
  private readonly queue: Array<{ seq: number; item: InputItem }> = [];
  private readonly done = new Map<number, T>();
  private wake: (() => void) | null = null;
  private failure: Error | null = null;

  constructor(
    count: number,
    options: AnalyzeOptions,
    serialize: boolean,
    private readonly depth: number,
  ) {
    const self = import.meta.url;
    for (let i = 0; i < count; i++) {
      const worker = spawnWorker(self, {
        referenceDate: options.referenceDate ?? null,
        templates: options.templates ?? null,
        serialize,
      });
      worker.on('message', (msg: Result<T>) => this.finish(worker, msg));
      worker.on('error', (err) => this.fail(err));
      this.workers.push(worker);
      this.outstanding.set(worker, 0);
    }
  }

  async *run(items: AsyncIterable<InputItem>, window: number): AsyncGenerator<T> {
    let next = 0;
    let sent = 0;
    try {
      const iterator = items[Symbol.asyncIterator]();
      let exhausted = false;
      while (!exhausted || next < sent) {
        while (!exhausted && sent - next < window) {
          const step = await iterator.next();
          if (step.done) exhausted = true;
          else this.submit(sent++, step.value);
        }
        while (this.done.has(next)) {
          const record = this.done.get(next) as T;
          this.done.delete(next++);
          yield record;
        }
        if (next < sent) await this.waitForResult();
      }
    } finally {
      await Promise.all(this.workers.map((w) => w.terminate()));
    }
  }

  private submit(seq: number, item: InputItem): void {
    this.queue.push({ seq, item });
    this.dispatch();
  }

  /** Hands queued items to the least busy worker while one has fewer than `depth` items. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Worker | null = null;
      for (const w of this.workers) {
        const n = this.outstanding.get(w) ?? 0;
        if (n < this.depth && (best === null || n < (this.outstanding.get(best) ?? 0))) best = w;
      }
      if (best === null) return;
      this.outstanding.set(best, (this.outstanding.get(best) ?? 0) + 1);
      best.postMessage(this.queue.shift());
    }
  }

  private finish(worker: Worker, msg: Result<T>): void {
    this.done.set(msg.seq, msg.record);
    this.outstanding.set(worker, (this.outstanding.get(worker) ?? 1) - 1);
    this.dispatch();
    this.notify();
  }

  private fail(err: Error): void {
    this.failure = err;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async waitForResult(): Promise<void> {
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
  }
}
