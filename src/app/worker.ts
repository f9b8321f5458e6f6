// Worker thread entry: analyses the items the pool sends and posts the records back with their sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputItem } from '../ingest/item.js';
import { analyzeItem, type AnalyzeOptions } from './analyze.js';

interface Job {
  seq: number;
  item: InputItem;
}

const options = (workerData ?? {}) as AnalyzeOptions;

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage({ seq: job.seq, record: analyzeItem(job.item, options) });
});
