import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { renderHtml } from './src/ingest/html/render.js';
import { extractHtmlBody } from './src/stages/clean/html/extract.js';
import { scoreShingles, averageShingles } from './eval/shingles.js';
const base = '/work/shared/datasets/article-extraction/';
const gt = JSON.parse(readFileSync(base + 'ground-truth.json', 'utf8'));
const scores = []; let ms = 0;
for (const key of Object.keys(gt)) {
  const html = gunzipSync(readFileSync(`${base}html/${key}.html.gz`)).toString('utf8');
  const t = performance.now();
  const r = renderHtml(html, { readability: process.env.READ === '1' });
  const art: any = { text: r.text, source: { page: r.page }, layers: { blocks: r.blocks } };
  const ex = extractHtmlBody(art);
  ms += performance.now() - t;
  scores.push(scoreShingles(ex.body.map(s => r.text.slice(s.start, s.end)).join('\n'), gt[key].articleBody));
}
console.log(averageShingles(scores), ms / 118);
