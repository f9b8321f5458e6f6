// One cold `analyze` run for `npm run bench`, in a process of its own started as the `echotrace` command starts node
// (plain node, the shebang's V8 flags, compiled JavaScript, fresh workers): argv = [dist dir, input JSONL, warm
// records]. Prints one JSON line: { ms, records, failed, warmRate, firstMs, rssMiB }. Plain JavaScript, so that neither this
// process nor its workers load the TypeScript loader.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, input, warmArg] = process.argv.slice(2);
const warmRecords = Number(warmArg);
const load = (rel) => import(pathToFileURL(join(dist, rel)).href);
const pool = await load('app/worker-pool.js');
const read = await load('ingest/read.js');

const started = performance.now();
let records = 0;
let failed = 0;
let warmAt = 0;
let firstMs = 0;
// As `echotrace analyze` reads them: records serialised to JSON lines in the workers.
for await (const r of pool.analyzeJsonStream(read.readInputs([input]))) {
  records++;
  if (records === 1) firstMs = performance.now() - started;
  if (records === warmRecords) warmAt = performance.now();
  if (r.error !== null) failed++;
}
const ms = performance.now() - started;
const after = records - warmRecords;
const warmRate = warmAt > 0 && after >= warmRecords ? after / ((started + ms - warmAt) / 1000) : null;
const rssMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, records, failed, warmRate, firstMs, rssMiB }));
