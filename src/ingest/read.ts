// Readers: expand paths (files, folders recursively and sorted, `-` for stdin, JSONL) into a lazy stream of items.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import type { ErrorCode } from '../core/errors.js';
import { MAX_INPUT_BYTES, type InputItem } from './item.js';
import { parseJsonlLine } from './jsonl.js';

const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.html.gz', '.htm.gz', '.jsonl', '.ndjson'];

export function isHtmlName(name: string): boolean {
  return /\.(html?|xhtml)(\.gz)?$/i.test(name);
}

function isJsonlName(name: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(name);
}

/** Streams every item under the given paths, in order; errors become items with `error` set. */
export async function* readInputs(
  paths: readonly string[],
  stdin: NodeJS.ReadableStream = process.stdin,
): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(stdin);
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info) {
      yield failed(path, 'E_NOT_FOUND', `no such file or folder: ${path}`);
    } else if (info.isDirectory()) {
      for await (const file of walkFolder(path)) yield* readFileItems(file, path);
    } else {
      yield* readFileItems(path, null);
    }
  }
}

async function* walkFolder(root: string): AsyncGenerator<string> {
  const entries = await readdir(root, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(root, entry.name);
    if (entry.isDirectory()) yield* walkFolder(full);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)))
      yield full;
  }
}

async function* readFileItems(path: string, root: string | null): AsyncGenerator<InputItem> {
  const group = root === null ? dirname(path) : join(root, dirname(relative(root, path)));
  if (isJsonlName(path)) {
    yield* readJsonl(path, group);
    return;
  }
  const info = await stat(path);
  if (info.size > MAX_INPUT_BYTES) {
    yield failed(
      path,
      'E_TOO_LARGE',
      `${path} is ${info.size} bytes, over the ${MAX_INPUT_BYTES}-byte limit`,
    );
    return;
  }
  try {
    let bytes: Uint8Array = await readFile(path);
    if (/\.gz$/i.test(path)) bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
    yield { input: path, bytes, format: isHtmlName(path) ? 'html' : 'text', group };
  } catch (err) {
    const tooLarge = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    yield failed(path, tooLarge ? 'E_TOO_LARGE' : 'E_READ', `${path}: ${(err as Error).message}`);
  }
}

async function* readJsonl(path: string, group: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    yield parseJsonlLine(line, `${path}#L${n}`, group);
  }
}

/** Standard input is one article (text or HTML), or JSONL records when every line is a JSON object. */
async function* readStdin(stdin: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_INPUT_BYTES) {
      yield failed('-', 'E_TOO_LARGE', `standard input is over the ${MAX_INPUT_BYTES}-byte limit`);
      return;
    }
    chunks.push(buf);
  }
  const bytes = Buffer.concat(chunks);
  if (looksLikeJsonl(bytes)) {
    const lines = bytes.toString('utf8').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++)
      if (lines[i].trim() !== '') yield parseJsonlLine(lines[i], `-#L${i + 1}`, null);
    return;
  }
  const looksHtml = /^\s*(<!doctype html|<html)/i.test(bytes.subarray(0, 512).toString('latin1'));
  yield { input: '-', bytes, format: looksHtml ? 'html' : 'text', group: null };
}

function looksLikeJsonl(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString('utf8').trimStart();
  if (!head.startsWith('{')) return false;
  const first = head.split(/\r?\n/)[0];
  try {
    const value = JSON.parse(first) as Record<string, unknown>;
    return (
      typeof value === 'object' &&
      value !== null &&
      (typeof value.text === 'string' || typeof value.html === 'string')
    );
  } catch {
    return false;
  }
}

function failed(input: string, code: ErrorCode, message: string): InputItem {
  return { input, format: 'text', group: null, error: { code, message } };
}

/** How many items the paths hold (files; JSONL files count their non-empty lines), for progress bars. */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const path of paths) {
    const info = path === '-' ? null : await stat(path).catch(() => null);
    if (!info) n++;
    else if (info.isDirectory())
      for await (const file of walkFolder(path)) n += isJsonlName(file) ? await countLines(file) : 1;
    else n += isJsonlName(path) ? await countLines(path) : 1;
  }
  return n;
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  })) {
    if (line.trim() !== '') n++;
  }
  return n;
}
