import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Block, PageMeta } from '../../../core/article.js';
import { extractHtmlBody } from './extract.js';
import { splitName } from './path-names.js';

/** One rendered block as the HTML renderer would give it: its path, text, link characters, Readability's pick. */
interface Row {
  path: string;
  text: string;
  links?: number;
  main?: boolean;
}

const PAGE_META: PageMeta = {
  siteName: 'Valmont Courier',
  title: 'Valmont bridge reopens after six months',
  published: null,
  modified: null,
  lang: 'en',
  canonical: null,
  author: null,
  description: null,
};

function articleOf(rows: readonly Row[], withMain: boolean): Article {
  const blocks: Block[] = [];
  let offset = 0;
  for (const row of rows) {
    const segments = row.path.split('>');
    const tag = /^[a-z0-9]+/.exec(segments[segments.length - 1])?.[0];
    blocks.push({
      start: offset,
      end: offset + row.text.length,
      tag,
      path: row.path,
      linkChars: row.links ?? 0,
    });
    if (withMain) blocks[blocks.length - 1].inMain = row.main ?? false;
    offset += row.text.length + 1;
  }
  const text = rows.map((r) => r.text).join('\n');
  return {
    id: 't',
    input: 'page.html',
    text,
    source: {
      format: 'html',
      encoding: null,
      url: null,
      declared: { published: null, outlet: null },
      page: PAGE_META,
      group: null,
      blocks,
    },
    layers: { blocks },
    trace: [],
  };
}

const PROSE = [
  'The river bridge in Valmont reopened to traffic on Monday after six months of repairs, the council said.',
  'Engineers replaced the worn steel bearings and resurfaced the deck, which carries nine thousand cars a day.',
  'Shopkeepers on both banks had complained that the detour cost them customers, and said they were relieved.',
];
const BODY = 'main>article.story>div.story-body>p';
const ROWS: Row[] = [
  { path: 'header>nav.main-nav>ul>li', text: 'Home', links: 4 },
  { path: 'header>nav.main-nav>ul>li', text: 'Local', links: 5 },
  { path: 'main>article.story>h1.headline', text: 'Valmont bridge reopens after six months', main: true },
  { path: 'main>article.story>div.byline', text: 'By Ana Ruiz', main: true },
  { path: 'main>article.story>div.timestamp', text: 'Updated 9:41 AM, Oct. 17, 2023', main: true },
  { path: 'main>article.story>figure>figcaption', text: 'The bridge on Monday morning.', main: true },
  { path: 'main>article.story>div.share-bar', text: 'Facebook Twitter Email', links: 22, main: true },
  ...PROSE.map((text) => ({ path: BODY, text, main: true })),
  { path: BODY, text: 'Sign up for our newsletter to get the latest local news in your inbox.', main: true },
  { path: BODY, text: 'See the full list of road works planned this winter.', links: 50, main: true },
  {
    path: 'main>article.story>aside.related-stories>ul>li',
    text: 'Council approves budget for repairs',
    links: 35,
  },
  { path: 'footer.site-footer>p', text: '© 2023 Valmont Courier. All rights reserved.' },
];

for (const withMain of [true, false]) {
  test(`body is the prose; each removed block has its kind and rule (main pick: ${withMain})`, () => {
    const article = articleOf(ROWS, withMain);
    const { body, removed } = extractHtmlBody(article);
    assert.deepEqual(
      body.map((s) => article.text.slice(s.start, s.end)),
      PROSE,
    );
    const kinds = Object.fromEntries(removed.map((s) => [article.text.slice(s.start, s.end), s.kind]));
    assert.deepEqual(kinds, {
      Home: 'navigation',
      Local: 'navigation',
      'Valmont bridge reopens after six months': 'header',
      'By Ana Ruiz': 'header',
      'Updated 9:41 AM, Oct. 17, 2023': 'header',
      'The bridge on Monday morning.': 'caption',
      'Facebook Twitter Email': 'share',
      'Sign up for our newsletter to get the latest local news in your inbox.': 'advertising',
      'See the full list of road works planned this winter.': 'related',
      'Council approves budget for repairs': 'related',
      '© 2023 Valmont Courier. All rights reserved.': 'footer',
    });
    for (const r of removed) assert.match(r.rule, /^html\./);
  });
}

test('a title repeated from the page metadata is a header even outside <h1>', () => {
  const rows: Row[] = [
    { path: 'div.top>h2', text: PAGE_META.title ?? '', main: true },
    ...PROSE.map((text) => ({ path: BODY, text, main: true })),
  ];
  const article = articleOf(rows, true);
  const { removed } = extractHtmlBody(article);
  assert.deepEqual(
    removed.map((r) => r.rule),
    ['html.title.meta'],
  );
});

test('a page without prose keeps nothing, and every block is accounted for', () => {
  const article = articleOf(
    [
      { path: 'ul>li', text: 'Home', links: 4 },
      { path: 'p', text: 'Menu' },
    ],
    false,
  );
  const { body, removed } = extractHtmlBody(article);
  assert.equal(body.length, 0);
  assert.equal(removed.length, 2);
});

test('class names split into words at dashes, underscores and camelCase humps', () => {
  assert.deepEqual(splitName('shareBar__top-2'), ['share', 'bar', 'top', 'sharebar', 'bartop']);
  assert.ok(splitName('read-more').includes('readmore'));
});
