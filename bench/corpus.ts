// Builds the benchmark corpus: the examples/ articles replicated to N distinct articles (a numbered line added to
// each copy so ids differ), written as JSONL under .bench/ (never committed).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export const root = fileURLToPath(new URL('..', import.meta.url));

export interface BenchArticle {
  name: string;
  text?: string;
  html?: string;
}

export function exampleArticles(): BenchArticle[] {
  const dir = join(root, 'examples');
  return readdirSync(dir)
    .filter((f) => /\.(txt|html?)(\.gz)?$/.test(f))
    .sort()
    .map((f) => {
      let bytes = readFileSync(join(dir, f));
      if (f.endsWith('.gz')) bytes = gunzipSync(bytes);
      const content = f.includes('latin1') ? iconv.decode(bytes, 'windows-1252') : bytes.toString('utf8');
      return /\.html?/.test(f) ? { name: f, html: content } : { name: f, text: content };
    });
}

/** Writes N replicated articles as JSONL and returns the path and the word count. */
export function writeReplicated(n: number): { path: string; words: number; texts: string[] } {
  const base = exampleArticles();
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `examples-x${n}.jsonl`);
  const lines: string[] = [];
  const texts: string[] = [];
  let words = 0;
  for (let i = 0; i < n; i++) {
    const a = base[i % base.length];
    const marker = `\nRéf. ${String(i).padStart(7, '0')}`;
    const record =
      a.text !== undefined
        ? { text: a.text + marker }
        : { html: (a.html ?? '').replace('</body>', `<p>${marker}</p></body>`) };
    const content = record.text ?? record.html ?? '';
    texts.push(content);
    words += (content.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    lines.push(JSON.stringify(record));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, words, texts };
}

/** SemEval-2023 fr and en articles of 400 to 1,100 words from ../shared, replicated to n, as JSONL under .bench/. */
export function writeRealLength(n: number): { path: string; words: number; texts: string[] } | null {
  const base = join(root, '..', 'shared', 'datasets', 'semeval2023-task3');
  if (!existsSync(base)) return null;
  const pool: string[] = [];
  for (const lang of ['fr', 'en']) {
    const dir = join(base, lang, 'articles');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      if (words >= 400 && words <= 1100) pool.push(text);
    }
  }
  if (pool.length === 0) return null;
  const texts = Array.from({ length: n }, (_, i) => `${pool[i % pool.length]}\nRef. ${i}`);
  const words = texts.reduce((sum, t) => sum + (t.match(/[\p{L}\p{N}]+/gu) ?? []).length, 0);
  const path = join(root, '.bench', `real-x${n}.jsonl`);
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(path, `${texts.map((text) => JSON.stringify({ text })).join('\n')}\n`);
  return { path, words, texts };
}
