// Worker thread entry: analyses the items the pool sends and posts the records back with their sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputItem } from '../ingest/item.js';
import { analyzeItem, checkSetup } from './analyze.js';
import { serializeRecord, type WorkerSetup } from './worker-pool.js';

interface Job {
  seq: number;
  item: InputItem;
}

const options = (workerData ?? { serialize: false }) as WorkerSetup;

// Load and validate all knowledge now: a bad knowledge file fails the worker, and so the run, before any input.
checkSetup();

parentPort?.on('message', (job: Job) => {
  const record = analyzeItem(job.item, options);
  parentPort?.postMessage({ seq: job.seq, record: options.serialize ? serializeRecord(record) : record });
});
