import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { renderHtml } from './render.js';
import { sniffCharset } from './charset.js';

const NEWS_PAGE = `<!doctype html>
<html lang="fr"><head>
<meta charset="utf-8"><title>Le pont rouvre | Gazette du Val</title>
<meta property="og:site_name" content="Gazette du Val">
<meta property="og:title" content="Le pont rouvre après six mois">
<meta property="article:published_time" content="2023-10-17T08:30:00+02:00">
<meta name="author" content="Jeanne Martin">
<meta name="description" content="Travaux terminés.">
<link rel="canonical" href="/2023/10/pont">
<script>var x = "<p>not text</p>";</script><style>p{color:red}</style>
</head><body>
<nav class="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article class="post"><h1>Le pont rouvre après six mois</h1>
<p>Le pont de la Vière a rouvert &agrave; la circulation, lundi&nbsp;16 octobre &amp; les riverains
   sont soulagés&#8239;: <a href="/x">lire aussi</a>.</p>
<figure><img src="a.jpg" alt="le pont"><figcaption>Le pont, lundi. Photo&nbsp;X</figcaption></figure>
<div>Première ligne<br>deuxième ligne</div>
<noscript>Activez JavaScript</noscript><template><p>gabarit</p></template>
<p hidden>caché</p><p style="display: none">caché aussi</p>
<form><label>Votre e-mail</label><input value="x"><button>OK</button></form>
</article>
<footer><p>© 2023 Gazette du Val</p></footer>
</body></html>`;

test('renders one line per block with exact offsets and decoded entities', () => {
  const r = renderHtml(NEWS_PAGE, { url: 'https://gazette.example/a?b=1' });
  for (const b of r.blocks) assert.ok(!r.text.slice(b.start, b.end).includes('\n'));
  const lines = r.blocks.map((b) => r.text.slice(b.start, b.end));
  assert.deepEqual(lines, [
    'Accueil',
    'Sport',
    'Le pont rouvre après six mois',
    'Le pont de la Vière a rouvert à la circulation, lundi\u00a016 octobre & les riverains sont soulagés\u202f: lire aussi.',
    'Le pont, lundi. Photo\u00a0X',
    'Première ligne',
    'deuxième ligne',
    'Votre e-mail',
    '© 2023 Gazette du Val',
  ]);
  assert.equal(r.text, lines.join('\n'));
  const para = r.blocks[3];
  assert.equal(para.tag, 'p');
  assert.equal(para.path, 'article.post>p');
  assert.equal(para.linkChars, 'lire aussi'.length);
  assert.equal(r.blocks[0].path, 'nav.menu>ul>li');
  assert.equal(r.blocks[4].tag, 'figcaption');
  assert.equal(r.blocks[5].tag, 'div');
});

test('reads page metadata', () => {
  const { page } = renderHtml(NEWS_PAGE, { url: 'https://gazette.example/a?b=1' });
  assert.deepEqual(page, {
    siteName: 'Gazette du Val',
    title: 'Le pont rouvre après six mois',
    published: '2023-10-17T08:30:00+02:00',
    modified: null,
    lang: 'fr',
    canonical: 'https://gazette.example/2023/10/pont',
    author: 'Jeanne Martin',
    description: 'Travaux terminés.',
  });
});

test('falls back to <title>, JSON-LD dates and authors, og:locale', () => {
  const html = `<html><head><title> Un titre </title><meta property="og:locale" content="de_DE">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},
{"@type":"NewsArticle","datePublished":"2021-02-03","dateModified":"2021-02-04","author":[{"@type":"Person","name":"A B"}],
"publisher":{"@type":"Organization","name":"Pub"}}]}</script></head><body><p>x</p><time datetime="1999-01-01">x</time></body></html>`;
  const { page } = renderHtml(html);
  assert.equal(page.title, 'Un titre');
  assert.equal(page.published, '2021-02-03');
  assert.equal(page.modified, '2021-02-04');
  assert.equal(page.author, 'A B');
  assert.equal(page.siteName, 'Pub');
  assert.equal(page.lang, 'de-DE');
  assert.equal(page.canonical, null);
});

test('a <time datetime> is the last resort for the date; fragments render', () => {
  const r = renderHtml('<p>Hello <b>big</b>\n world</p><time datetime="2020-05-06">6 May</time>');
  assert.equal(r.page.published, '2020-05-06');
  assert.equal(r.text, 'Hello big world\n6 May');
});

test('hidden elements (attribute, inline style, screen-reader classes) are not rendered', () => {
  const r = renderHtml(
    '<p>Shown<span class="sr-only"> to screen readers</span> text</p><div style="display:none">x</div>',
  );
  assert.equal(r.text, 'Shown text');
});

test('table cells and <pre> lines are separate blocks', () => {
  const r = renderHtml('<table><tr><td>a</td><td> b </td></tr></table><pre>x  y\nz</pre>');
  assert.deepEqual(
    r.blocks.map((b) => r.text.slice(b.start, b.end)),
    ['a', 'b', 'x y', 'z'],
  );
});

test('sniffs declared charsets', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  assert.equal(sniffCharset(bytes('<html><head><meta charset="ISO-8859-1">')), 'iso-8859-1');
  assert.equal(
    sniffCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')),
    'windows-1251',
  );
  assert.equal(sniffCharset(bytes('<html><head><title>x</title>')), null);
  assert.equal(sniffCharset(bytes(' '.repeat(3000) + '<meta charset="koi8-r">')), null);
});

const TAGS = ['p', 'div', 'span', 'a', 'b', 'li', 'td', 'h2', 'section', 'em', 'pre', 'blockquote', 'script'];
const textArb = fc
  .stringMatching(/^[a-zé &<>;\u00a0\n\t#0-9]{0,12}$/)
  .map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
const { tree } = fc.letrec<{ tree: string }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.constant('<br>'),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(tie('tree'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag} class="c">${kids.join('')}</${tag}>`),
  ),
}));

test('property: every block slices exactly and holds no newline', () => {
  fc.assert(
    fc.property(fc.array(tree, { maxLength: 5 }), (parts) => {
      const r = renderHtml(`<html><body>${parts.join('')}</body></html>`);
      let expected = 0;
      for (const b of r.blocks) {
        const slice = r.text.slice(b.start, b.end);
        assert.equal(b.start, expected);
        assert.ok(slice.length > 0 && !slice.includes('\n'));
        assert.equal(slice, slice.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, ''));
        expected = b.end + 1;
      }
      assert.equal(r.text.length, Math.max(0, expected - 1));
    }),
    { numRuns: 300 },
  );
});
