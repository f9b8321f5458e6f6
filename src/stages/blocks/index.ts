// The `blocks` stage: the units every later stage classifies — non-empty lines of text, or the rendered HTML blocks.
import type { Article, Block } from '../../core/article.js';
import type { Stage } from '../../core/stage.js';
import { trimSpan } from '../../core/span.js';

/** Every non-empty line of the text, trimmed of surrounding white space (NBSP included). */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  const push = (end: number): void => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) blocks.push(span);
  };
  for (let m = lineBreak.exec(text); m !== null; m = lineBreak.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return blocks;
}

export const blocksStage: Stage = {
  name: 'blocks',
  version: '1',
  requires: [],
  provides: ['blocks'],
  run(article: Article) {
    return { blocks: article.source.blocks ?? lineBlocks(article.text) };
  },
};
