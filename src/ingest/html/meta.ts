// Reads a page's metadata: Open Graph, article:*, JSON-LD, common meta names, <time>, <html lang>, canonical.
import type { PageMeta } from '../../core/article.js';
import { nameOf, pickArticle, readJsonLd, stringOf } from './jsonld.js';

/** Meta names/properties in order of trust, per field. */
const META_KEYS = {
  siteName: ['og:site_name', 'application-name', 'twitter:site'],
  title: ['og:title', 'twitter:title', 'dc.title'],
  published: [
    'article:published_time',
    'og:article:published_time',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish_date',
    'publication_date',
    'date',
    'dc.date',
    'dc.date.issued',
    'dcterms.created',
    'dcterms.date',
    'sailthru.date',
    'parsely-pub-date',
    'article.published',
    'cxenseparse:recs:publishtime',
    'og:pubdate',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'],
  author: ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description'],
} as const;

export function readPageMeta(document: Document, url: string | null): PageMeta {
  const metas = metaIndex(document);
  const ld = pickArticle(readJsonLd(document));
  const first = (keys: readonly string[]): string | null => {
    for (const k of keys) if (metas.has(k)) return metas.get(k) ?? null;
    return null;
  };
  const titleEl = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const timeEl = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null;
  const author = first(META_KEYS.author);
  return {
    siteName: first(META_KEYS.siteName) ?? (ld ? nameOf(ld.publisher) : null),
    title: first(META_KEYS.title) ?? titleEl ?? (ld ? stringOf(ld.headline) : null),
    published:
      first(META_KEYS.published.slice(0, 2)) ??
      stringOf(ld?.datePublished) ??
      first(META_KEYS.published) ??
      timeEl,
    modified: first(META_KEYS.modified) ?? stringOf(ld?.dateModified),
    lang: readLang(document, metas),
    canonical: readCanonical(document, metas, url),
    // article:author is often a profile URL, which names nobody.
    author: author && !/^https?:/i.test(author) ? author : ld ? nameOf(ld.author) : null,
    description: first(META_KEYS.description) ?? (ld ? stringOf(ld.description) : null),
  };
}

/** Lower-cased name/property/itemprop → first non-empty content. */
function metaIndex(document: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (key && content && !index.has(key)) index.set(key, content);
  }
  return index;
}

function readLang(document: Document, metas: Map<string, string>): string | null {
  const lang =
    document.documentElement?.getAttribute('lang')?.trim() ||
    document.documentElement?.getAttribute('xml:lang')?.trim();
  if (lang) return lang;
  const locale = metas.get('og:locale') ?? metas.get('content-language') ?? metas.get('language');
  return locale ? locale.replace('_', '-') : null;
}

function readCanonical(document: Document, metas: Map<string, string>, url: string | null): string | null {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    metas.get('og:url') ||
    null;
  if (!href) return null;
  try {
    return new URL(href, url ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}
