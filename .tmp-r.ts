import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { renderHtml } from './src/ingest/html/render.js';
const dir = '/work/shared/datasets/article-extraction/html/';
const files = readdirSync(dir);
let t = Date.now(); let nb = 0; let bad = 0;
for (const f of files) {
  const html = gunzipSync(readFileSync(dir + f)).toString('utf8');
  const r = renderHtml(html);
  nb += r.blocks.length;
  for (const b of r.blocks) if (r.text.slice(b.start, b.end).includes('\n')) bad++;
}
console.log(files.length, nb, bad, (Date.now() - t) / files.length, 'ms/page');
const r = renderHtml(gunzipSync(readFileSync(dir + files[3])).toString('utf8'));
console.log(r.page); console.log(r.blocks.slice(0, 60).map(b => `${b.tag} ${b.linkChars} ${b.path?.slice(-80)} | ${r.text.slice(b.start, b.end).slice(0, 80)}`).join('\n'));
