// Worker thread entry: analyses the items the pool sends and posts the records back with their sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputItem } from '../ingest/item.js';
import { analyzeItem, checkSetup, type AnalyzeOptions } from './analyze.js';

interface Job {
  seq: number;
  item: InputItem;
}

const options = (workerData ?? {}) as AnalyzeOptions;

// Load and validate all knowledge now: a bad knowledge file fails the worker, and so the run, before any input.
checkSetup();

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage({ seq: job.seq, record: analyzeItem(job.item, options) });
});
