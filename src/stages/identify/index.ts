// The `identify` stage: the outlet that published this copy and the origin it credits or reveals.
import type { Article, Layers } from '../../core/article.js';
import type { Stage } from '../../core/stage.js';
import { findOrigin } from './origin.js';
import { findOutlet } from './outlet.js';

export const identifyStage: Stage = {
  name: 'identify',
  version: '1',
  requires: ['body', 'removed', 'title', 'blocks'],
  provides: ['outlet', 'origin'],
  run(article: Article): Partial<Layers> {
    const origin = findOrigin(article);
    return { outlet: findOutlet(article, origin), origin };
  },
};
