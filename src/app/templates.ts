// A first pass over the inputs that learns boilerplate templates: lines repeated across many articles of one group
// (folder, JSONL file or declared outlet), handed to the clean stage through the stage context.
import { Readable } from 'node:stream';
import { decodeBytes } from '../ingest/decode.js';
import type { InputItem } from '../ingest/item.js';
import { readInputs } from '../ingest/read.js';
import { LineTemplates, type LineTemplatesJson } from '../stages/clean/templates.js';

/** Every this many articles, lines seen only once so far are dropped, to bound memory on large corpora (a real
 * template recurs far more often than that, so it survives). */
const PRUNE_EVERY = 5000;

function itemText(item: InputItem): string | null {
  if (item.error || item.format !== 'text') return null;
  if (item.text !== undefined) return item.text;
  try {
    return item.bytes ? decodeBytes(item.bytes).text : null;
  } catch {
    return null; // the main pass reports the error for this input
  }
}

export async function learnTemplates(paths: readonly string[]): Promise<LineTemplatesJson | null> {
  const index = new LineTemplates();
  let articles = 0;
  for await (const item of readInputs(paths, Readable.from([]))) {
    const text = item.group === null ? null : itemText(item);
    if (text === null || item.group === null) continue;
    index.add(item.group, text);
    if (++articles % PRUNE_EVERY === 0) index.prune();
  }
  if (articles < 2) return null;
  return index.prune().toJSON();
}
