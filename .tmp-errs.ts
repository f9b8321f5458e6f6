import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { renderHtml } from './src/ingest/html/render.js';
import { extractHtmlBody } from './src/stages/clean/html/extract.js';
const base = '/work/shared/datasets/article-extraction/';
const gt = JSON.parse(readFileSync(base + 'ground-truth.json', 'utf8'));
const tok = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []);
let fpw = 0, fnw = 0;
const only = process.argv[2];
for (const key of Object.keys(gt)) {
  if (only && !key.startsWith(only)) continue;
  const html = gunzipSync(readFileSync(`${base}html/${key}.html.gz`)).toString('utf8');
  const gold = gt[key].articleBody as string;
  const goldNorm = ' ' + tok(gold).join(' ') + ' ';
  const total = tok(gold).length;
  const r = renderHtml(html);
  const art: any = { id: '', input: '', text: r.text, source: { format: 'html', encoding: null, url: null, declared: { published: null, outlet: null }, page: r.page, group: null, blocks: r.blocks }, layers: { blocks: r.blocks }, trace: [] };
  const ex = extractHtmlBody(art);
  const rules = new Map(ex.removed.map(x => [x.start, x.rule]));
  for (const b of r.blocks) {
    const t = r.text.slice(b.start, b.end);
    const tk = tok(t);
    if (tk.length === 0) continue;
    const g = goldNorm.includes(' ' + tk.join(' ') + ' ');
    const o = !rules.has(b.start);
    if (g === o && !only && !process.env.ALL) continue;
    if (!g && o) fpw += tk.length / total; else if (g && !o && tk.length >= 4) fnw += tk.length / total;
    if (only || !g || tk.length >= 4) console.log(key.slice(0, 6), g === o ? (g ? 'ok' : '  ') : g ? 'FN' : 'FP', (tk.length / total).toFixed(3), b.inMain ? 'M' : ' ', (rules.get(b.start) ?? '').replace('html.', '').padEnd(14), b.tag, b.linkChars, (b.path ?? '').slice(-70), '|', t.slice(0, 90));
  }
}
console.error('fp weight', fpw, 'fn weight', fnw);
