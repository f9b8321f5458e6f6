// Turns an input item into an Article: decode bytes, render HTML, fix the immutable text and its id.
import type { Article, ArticleSource } from '../core/article.js';
import { InputError } from '../core/errors.js';
import { articleId } from '../core/ids.js';
import { twoByte } from '../core/plain-chars.js';
import { decodeBytes } from './decode.js';
import { sniffCharset } from './html/charset.js';
import { renderHtml } from './html/render.js';
import type { InputItem } from './item.js';

export function itemToArticle(item: InputItem): Article {
  if (item.error) throw new InputError(item.error.code, item.error.message);
  return item.format === 'html' ? htmlArticle(item) : textArticle(item);
}

function textArticle(item: InputItem): Article {
  const decoded =
    item.text !== undefined
      ? { text: item.text, encoding: null }
      : decodeBytes(item.bytes ?? new Uint8Array());
  if (decoded.text.trim() === '') throw new InputError('E_EMPTY', 'the input holds no text');
  return makeArticle(item, decoded.text, sourceOf(item, 'text', decoded.encoding));
}

function htmlArticle(item: InputItem): Article {
  let html: string;
  let encoding: string | null = null;
  if (item.html !== undefined) {
    html = item.html;
  } else {
    const bytes = item.bytes ?? new Uint8Array();
    const decoded = decodeBytes(bytes, sniffCharset(bytes));
    html = decoded.text;
    encoding = decoded.encoding;
  }
  let rendered: ReturnType<typeof renderHtml>;
  try {
    rendered = renderHtml(html, { url: item.url ?? null });
  } catch (err) {
    throw new InputError('E_HTML', `the page could not be rendered: ${(err as Error).message}`);
  }
  if (rendered.text.trim() === '') throw new InputError('E_EMPTY', 'the page renders to no text');
  const source = { ...sourceOf(item, 'html', encoding), page: rendered.page, blocks: rendered.blocks };
  source.url = item.url ?? rendered.page.canonical ?? null;
  return makeArticle(item, rendered.text, source);
}

function sourceOf(item: InputItem, format: 'text' | 'html', encoding: string | null): ArticleSource {
  return {
    format,
    encoding,
    url: item.url ?? null,
    declared: { published: item.published ?? null, outlet: item.outlet ?? null },
    page: null,
    group: item.group,
    blocks: null,
  };
}

function makeArticle(item: InputItem, given: string, source: ArticleSource): Article {
  // One string representation for every article, so each regex is compiled for one (see twoByte).
  const text = twoByte(given);
  return Object.freeze({
    id: articleId(text),
    input: item.input,
    text,
    source,
    layers: Object.freeze({}),
    trace: [],
  });
}
