// Per-block features the HTML extractor reads: words, link density, path elements.
import type { Block } from '../../../core/article.js';
import { parsePath, type PathElement } from './path-names.js';
import { THRESHOLDS } from './vocabulary.js';

export interface BlockFeatures {
  block: Block;
  text: string;
  words: number;
  linkDensity: number;
  elements: PathElement[];
  /** Long enough and with little link text to be article prose. */
  contentLike: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function blockFeatures(text: string, block: Block): BlockFeatures {
  const slice = text.slice(block.start, block.end);
  const words = slice.match(WORD)?.length ?? 0;
  const linkDensity = slice.length === 0 ? 0 : (block.linkChars ?? 0) / slice.length;
  return {
    block,
    text: slice,
    words,
    linkDensity,
    elements: parsePath(block.path),
    contentLike: words >= THRESHOLDS.contentWords && linkDensity < THRESHOLDS.contentLinkDensity,
  };
}
