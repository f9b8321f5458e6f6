// Runs per-article analysis on worker threads; streams records back in input order with bounded memory.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OutputRecord } from '../core/contract.js';
import type { InputItem } from '../ingest/item.js';
import { analyzeItem, type AnalyzeOptions } from './analyze.js';

export interface PoolOptions extends AnalyzeOptions {
  /** Worker threads; 0 analyses in this thread. Default: one per core. */
  workers?: number;
  /** Items read ahead and in flight at most, whatever the number of inputs. */
  window?: number;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Worker threads for a run: as asked, else none for one or two plain inputs (thread start-up would dominate). */
export async function workersFor(paths: readonly string[], asked: number | undefined): Promise<number> {
  if (asked !== undefined) return asked;
  let known = 0;
  for (const path of paths) {
    if (path === '-') known++;
    else if (/\.(jsonl|ndjson)$/i.test(path)) return defaultWorkers();
    else {
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) return defaultWorkers();
      known++;
    }
    if (known > 2) return defaultWorkers();
  }
  return 0;
}

/** Analyses a stream of items and yields their records in input order. */
export async function* analyzeStream(
  items: AsyncIterable<InputItem>,
  options: PoolOptions = {},
): AsyncGenerator<OutputRecord> {
  const workers = options.workers ?? defaultWorkers();
  if (workers <= 0) {
    for await (const item of items) yield analyzeItem(item, options);
    return;
  }
  yield* new Pool(workers, options).run(items, options.window ?? workers * 8);
}

/** From compiled JS the worker is worker.js; from TypeScript sources (tests, development) it loads tsx first. */
function spawnWorker(self: string, workerData: AnalyzeOptions): Worker {
  if (!self.endsWith('.ts')) return new Worker(new URL('./worker.js', self), { workerData });
  const target = JSON.stringify(new URL('./worker.ts', self).href);
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${target}); })`;
  return new Worker(boot, { eval: true, workerData });
}

interface Result {
  seq: number;
  record: OutputRecord;
}

class Pool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ seq: number; item: InputItem }> = [];
  private readonly done = new Map<number, OutputRecord>();
  private wake: (() => void) | null = null;
  private failure: Error | null = null;

  constructor(count: number, options: AnalyzeOptions) {
    const self = import.meta.url;
    for (let i = 0; i < count; i++) {
      const worker = spawnWorker(self, { referenceDate: options.referenceDate ?? null, templates: options.templates ?? null });
      worker.on('message', (msg: Result) => this.finish(worker, msg));
      worker.on('error', (err) => this.fail(err));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  async *run(items: AsyncIterable<InputItem>, window: number): AsyncGenerator<OutputRecord> {
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
          const record = this.done.get(next) as OutputRecord;
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

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      worker.postMessage(this.queue.shift());
    }
  }

  private finish(worker: Worker, msg: Result): void {
    this.done.set(msg.seq, msg.record);
    this.idle.push(worker);
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
