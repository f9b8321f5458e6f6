// Marks the blocks Readability.js picks as the page's main content (`inMain`), one signal for the extractor.
import type * as ReadabilityModule from '@mozilla/readability';
import type { Block } from '../../core/article.js';
import { lazyPackage } from '../../core/lazy-package.js';
import { BlockWalker, type DomNode } from './walker.js';

/** How many Readability lines a page block may skip over and still be aligned with one of them. */
const ALIGN_WINDOW = 40;
/** Blocks at least this long also count as picked when their text sits anywhere in Readability's output. */
const SUBSTRING_MIN_CHARS = 40;

/** Runs Readability on the (already walked) document and sets `inMain` on each block. Mutates the document. */
export function markMainContent(document: Document, blocks: Block[], text: string): void {
  const lines = readabilityLines(document);
  if (lines === null) return;
  const joined = lines.join('\n');
  const positions = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const list = positions.get(line);
    if (list) list.push(i);
    else positions.set(line, [i]);
  });
  let cursor = 0;
  for (const block of blocks) {
    const line = text.slice(block.start, block.end);
    const next = (positions.get(line) ?? []).find((i) => i >= cursor && i - cursor <= ALIGN_WINDOW);
    if (next !== undefined) {
      cursor = next + 1;
      block.inMain = true;
    } else {
      block.inMain = line.length >= SUBSTRING_MIN_CHARS && joined.includes(line);
    }
  }
}

// Readability loads with the first HTML page (text-only runs never need it).
const readability = lazyPackage<typeof ReadabilityModule>('@mozilla/readability');

/** Readability's article rendered with our own walker, so its lines compare equal to ours; null when it fails. */
function readabilityLines(document: Document): string[] | null {
  let content: DomNode | null = null;
  const { Readability } = readability();
  try {
    const reader = new Readability(document, {
      serializer: (node: Node) => {
        content = node as unknown as DomNode;
        return '';
      },
    });
    reader.parse();
  } catch {
    return null;
  }
  if (content === null) return null;
  const walker = new BlockWalker();
  walker.walk(content);
  const text = walker.text();
  return walker.blocks.map((b) => text.slice(b.start, b.end));
}
