import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { renderHtml } from './src/ingest/html/render.js';
import { scoreShingles, averageShingles } from './eval/shingles.js';
const base = '/work/shared/datasets/article-extraction/';
const gt = JSON.parse(readFileSync(base + 'ground-truth.json', 'utf8'));
const tok = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []);
const scores = []; let titleIn = 0, titleTot = 0;
const worst: [number, string][] = [];
for (const key of Object.keys(gt)) {
  const html = gunzipSync(readFileSync(`${base}html/${key}.html.gz`)).toString('utf8');
  const r = renderHtml(html);
  const gold = gt[key].articleBody as string;
  const goldNorm = ' ' + tok(gold).join(' ') + ' ';
  const keep = r.blocks.filter(b => { const t = tok(r.text.slice(b.start, b.end)); return t.length > 0 && goldNorm.includes(' ' + t.join(' ') + ' '); });
  const s = scoreShingles(keep.map(b => r.text.slice(b.start, b.end)).join('\n'), gold);
  scores.push(s);
  worst.push([s.tp, key]);
  const h1 = r.blocks.find(b => b.tag === 'h1');
  if (h1) { titleTot++; const t = tok(r.text.slice(h1.start, h1.end)).join(' '); if (tok(gold).slice(0, 40).join(' ').includes(t)) titleIn++; }
}
console.log(averageShingles(scores), 'title in gold start', titleIn, '/', titleTot);
worst.sort((a, b) => a[0] - b[0]); console.log(worst.slice(0, 10));
