// The `techniques` stage: persuasion techniques (SemEval-2023 Task 3 labels) as short spans inside the body.
import type { Stage } from '../../core/stage.js';
import { detectTechniques } from './detect.js';

export const techniquesStage: Stage = {
  name: 'techniques',
  version: '1',
  requires: ['body', 'language'],
  provides: ['techniques'],
  run(article) {
    const body = article.layers.body ?? [];
    const language = article.layers.language?.code ?? null;
    return { techniques: detectTechniques(article.text, body, language) };
  },
};
