import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { InputItem } from './item.js';
import { countInputs, readInputs } from './read.js';

async function collect(paths: string[], stdin?: NodeJS.ReadableStream): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, stdin)) out.push(item);
  return out;
}

describe('readInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-read-'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', '2.txt'), 'deux');
  writeFileSync(join(dir, 'a.txt'), 'un');
  writeFileSync(join(dir, 'c.html.gz'), gzipSync('<html><body><p>trois</p></body></html>'));
  writeFileSync(join(dir, 'notes.md'), 'not an article');
  writeFileSync(
    join(dir, 'd.jsonl'),
    '{"text":"quatre","url":"https://x.example/4","published":"2024-01-02"}\n\nnot json\n{"html":"<p>cinq</p>"}\n{"nothing":1}\n',
  );

  it('walks folders recursively in sorted order and reads only article files', async () => {
    const items = await collect([dir]);
    const names = items.map((i) => i.input.slice(dir.length + 1));
    assert.deepEqual(names, [
      'a.txt',
      'b/2.txt',
      'c.html.gz',
      'd.jsonl#L1',
      'd.jsonl#L3',
      'd.jsonl#L4',
      'd.jsonl#L5',
    ]);
    assert.equal(items[2].format, 'html');
    assert.equal(Buffer.from(items[2].bytes ?? []).toString(), '<html><body><p>trois</p></body></html>');
  });

  it('parses JSONL lines and turns bad lines into coded errors', async () => {
    const items = (await collect([join(dir, 'd.jsonl')])).map(({ group: _g, ...rest }) => rest);
    assert.equal(items[0].text, 'quatre');
    assert.equal(items[0].url, 'https://x.example/4');
    assert.equal(items[0].published, '2024-01-02');
    assert.equal(items[1].error?.code, 'E_JSONL');
    assert.equal(items[2].html, '<p>cinq</p>');
    assert.equal(items[3].error?.code, 'E_JSONL');
    assert.equal(await countInputs([join(dir, 'd.jsonl'), join(dir, 'a.txt')]), 5);
  });

  it('reports missing paths and oversized files without stopping', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(25 * 1024 * 1024, 0x61));
    const items = await collect(['/nonexistent/x.txt', big, join(dir, 'a.txt')]);
    assert.deepEqual(
      items.map((i) => i.error?.code ?? 'ok'),
      ['E_NOT_FOUND', 'E_TOO_LARGE', 'ok'],
    );
  });

  it('reads standard input as one item', async () => {
    const items = await collect(['-'], Readable.from([Buffer.from('<!DOCTYPE html><p>x</p>')]));
    assert.equal(items.length, 1);
    assert.equal(items[0].input, '-');
    assert.equal(items[0].format, 'html');
  });
});
