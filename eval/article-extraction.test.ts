import assert from 'node:assert/strict';
import { test } from 'node:test';
// End to end on a page we wrote: the renderer's blocks through the extractor (stages may not import ingest).
import type { Article, RemovedKind } from '../src/core/article.js';
import { renderHtml } from '../src/ingest/html/render.js';
import { extractHtmlBody } from '../src/stages/clean/html/extract.js';

const PARAGRAPHS = [
  'The river bridge in Valmont reopened to traffic on Monday after six months of repairs, the town council said.',
  'Engineers replaced the worn steel bearings and resurfaced the deck, which carries about nine thousand cars a day.',
  'Shopkeepers on both banks had complained that the detour cost them customers, and several said they were relieved.',
  'The council said the final bill came in slightly under the budget approved last spring, at 4.2 million euros.',
  'A second phase, to widen the footpaths and add a cycle lane, is planned for next summer, officials added.',
];

const PAGE = `<!doctype html><html lang="en"><head><title>Bridge reopens | Valmont Courier</title>
<meta property="og:title" content="Valmont bridge reopens after six months"></head><body>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav></header>
<main><article class="story">
  <h1 class="headline">Valmont bridge reopens after six months</h1>
  <div class="byline">By Ana Ruiz</div>
  <div class="timestamp">Updated 9:41 AM, Oct. 17, 2023</div>
  <figure><img src="bridge.jpg" alt=""><figcaption>The bridge on Monday morning. Photo: Valmont Courier</figcaption></figure>
  <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
  <div class="story-body">
    ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n    ')}
    <p>Sign up for our newsletter to get the latest local news in your inbox.</p>
  </div>
  <aside class="related-stories"><h3>Related</h3><ul>
    <li><a href="/a">Council approves budget for road repairs across the district</a></li>
    <li><a href="/b">Detour signs confuse drivers on the first day of works</a></li></ul></aside>
</article></main>
<footer class="site-footer"><p>© 2023 Valmont Courier. All rights reserved.</p></footer>
</body></html>`;

function articleFrom(html: string, readability = true): Article {
  const r = renderHtml(html, { readability });
  return {
    id: 'test',
    input: 'page.html',
    text: r.text,
    source: {
      format: 'html',
      encoding: null,
      url: null,
      declared: { published: null, outlet: null },
      page: r.page,
      group: null,
      blocks: r.blocks,
    },
    layers: { blocks: r.blocks },
    trace: [],
  };
}

function kindOf(
  article: Article,
  removed: ReturnType<typeof extractHtmlBody>['removed'],
  text: string,
): RemovedKind {
  const span = removed.find((s) => article.text.slice(s.start, s.end).startsWith(text));
  assert.ok(span, `"${text}" should be removed`);
  assert.ok(span.rule.startsWith('html.'));
  return span.kind;
}

for (const readability of [true, false]) {
  test(`news page: body is the prose, boilerplate removed with its kind (readability: ${readability})`, () => {
    const article = articleFrom(PAGE, readability);
    const { body, removed } = extractHtmlBody(article);
    assert.deepEqual(
      body.map((s) => article.text.slice(s.start, s.end)),
      PARAGRAPHS,
    );
    assert.equal(body.length + removed.length, article.layers.blocks?.length);
    assert.equal(kindOf(article, removed, 'Home'), 'navigation');
    assert.equal(kindOf(article, removed, 'Valmont bridge reopens'), 'header');
    assert.equal(kindOf(article, removed, 'By Ana Ruiz'), 'header');
    assert.equal(kindOf(article, removed, 'Updated 9:41'), 'header');
    assert.equal(kindOf(article, removed, 'The bridge on Monday'), 'caption');
    assert.equal(kindOf(article, removed, 'Facebook'), 'share');
    assert.equal(kindOf(article, removed, 'Sign up for our newsletter'), 'advertising');
    assert.equal(kindOf(article, removed, 'Council approves'), 'related');
    assert.equal(kindOf(article, removed, '© 2023'), 'footer');
  });
}

test('every block lands in exactly one of body and removed, in order', () => {
  const article = articleFrom(PAGE);
  const { body, removed } = extractHtmlBody(article);
  const all = [...body, ...removed].sort((a, b) => a.start - b.start);
  assert.deepEqual(
    all.map((s) => [s.start, s.end]),
    (article.layers.blocks ?? []).map((b) => [b.start, b.end]),
  );
});

test('a page with no prose keeps nothing', () => {
  const article = articleFrom('<html><body><ul><li><a href="/">Home</a></li></ul><p>Menu</p></body></html>');
  const { body, removed } = extractHtmlBody(article);
  assert.equal(body.length, 0);
  assert.equal(removed.length, 2);
});
