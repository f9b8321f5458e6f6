// Renders an HTML page to text, one line per block element, with each block's offsets, tag, path and link share.
import type { parseHTML as ParseHTML } from 'linkedom';
import type { Block, PageMeta } from '../../core/article.js';
import { markMainContent } from './main-content.js';
import { BlockWalker, type DomNode } from './walker.js';
import { readPageMeta } from './meta.js';
import { lazyPackage } from '../../core/lazy-package.js';

export interface RenderedPage {
  /** The blocks' texts joined by "\n": the article's immutable text. */
  text: string;
  blocks: Block[];
  page: PageMeta;
}

export interface RenderOptions {
  /** Address the page was fetched from, to resolve a relative canonical link. */
  url?: string | null;
  /** Run Readability.js to mark its pick as `inMain` (default true; it mutates nothing we return). */
  readability?: boolean;
}

/** linkedom is loaded on the first page: runs on plain text never pay its ~0.2 s of start-up. */
const linkedom = lazyPackage<{ parseHTML: typeof ParseHTML }>('linkedom');

/** Parses linkedom-safely: linkedom needs an <html> root, so fragments are wrapped first. */
export function parseDocument(html: string): Document {
  let source = html;
  if (!/<html[\s>]/i.test(html)) {
    source = /<body[\s>]/i.test(html)
      ? `<html>${html}</html>`
      : `<html><head></head><body>${html}</body></html>`;
  }
  return linkedom().parseHTML(source).document as unknown as Document;
}

export function renderHtml(html: string, options: RenderOptions = {}): RenderedPage {
  const document = parseDocument(html);
  const page = readPageMeta(document, options.url ?? null);
  const walker = new BlockWalker();
  const root = document.documentElement as unknown as DomNode | null;
  if (root) walker.walk(root);
  const text = walker.text();
  if (options.readability !== false) markMainContent(document, walker.blocks, text);
  return { text, blocks: walker.blocks, page };
}
