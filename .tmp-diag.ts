import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { renderHtml } from './src/ingest/html/render.js';
import { extractWithEchotrace } from './eval/article-extraction.js';
import { scoreShingles, pagePrecision, pageRecall } from './eval/shingles.js';
const base = '/work/shared/datasets/article-extraction/';
const gt = JSON.parse(readFileSync(base + 'ground-truth.json', 'utf8'));
const tok = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []);
const only = process.argv[2];
const rows: any[] = [];
for (const key of Object.keys(gt)) {
  if (only && !key.startsWith(only)) continue;
  const html = gunzipSync(readFileSync(`${base}html/${key}.html.gz`)).toString('utf8');
  const gold = gt[key].articleBody as string;
  const out = extractWithEchotrace(html, gt[key].url);
  const s = scoreShingles(out, gold);
  rows.push({ key, p: pagePrecision(s), r: pageRecall(s) });
  if (only) {
    const r = renderHtml(html);
    const goldNorm = ' ' + tok(gold).join(' ') + ' ';
    const outSet = new Set(out.split('\n'));
    for (const b of r.blocks) {
      const t = r.text.slice(b.start, b.end);
      const g = tok(t).length > 0 && goldNorm.includes(' ' + tok(t).join(' ') + ' ');
      const o = outSet.has(t);
      const mark = g && o ? 'ok ' : g ? 'FN ' : o ? 'FP ' : '   ';
      if (process.argv[3] || mark.trim()) console.log(mark, b.inMain ? 'M' : ' ', b.tag, b.linkChars, (b.path ?? '').slice(-90), '|', t.slice(0, 100));
    }
  }
}
rows.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r));
if (!only) for (const r of rows.slice(0, 30)) console.log(r.key.slice(0, 10), r.p.toFixed(3), r.r.toFixed(3));
