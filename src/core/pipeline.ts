// Builds a stage list (checking requires/provides up front) and runs it on one article without mutating layers.
import type { Article, LayerName, Layers } from './article.js';
import { InputError, SetupError } from './errors.js';
import { stageLabel, type Stage, type StageContext } from './stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  readonly provides: readonly LayerName[];
  run(article: Article, ctx: StageContext): Article;
}

/** Refuses a pipeline where a stage requires a layer no earlier stage provides, or two stages provide one layer. */
export function buildPipeline(stages: readonly Stage[], given: readonly LayerName[] = []): Pipeline {
  const provided = new Map<LayerName, string>();
  for (const layer of given) provided.set(layer, 'input');
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        throw new SetupError(
          'E_PIPELINE',
          `stage ${stageLabel(stage)} requires "${need}", which no earlier stage provides`,
        );
      }
    }
    for (const layer of stage.provides) {
      const owner = provided.get(layer);
      if (owner) {
        throw new SetupError(
          'E_PIPELINE',
          `stage ${stageLabel(stage)} provides "${layer}", already provided by ${owner}`,
        );
      }
      provided.set(layer, stageLabel(stage));
    }
  }
  for (const stage of stages) stage.init?.();
  return {
    stages,
    provides: [...provided.keys()],
    run: (article, ctx) => runStages(stages, article, ctx),
  };
}

function runStages(stages: readonly Stage[], article: Article, ctx: StageContext): Article {
  let current = article;
  for (const stage of stages) {
    current = applyStage(stage, current, ctx);
  }
  return current;
}

function applyStage(stage: Stage, article: Article, ctx: StageContext): Article {
  let produced: Partial<Layers>;
  try {
    produced = stage.run(article, ctx);
  } catch (err) {
    // Bad input is this article's error; bad knowledge or configuration is everyone's and stops the run.
    if (err instanceof InputError || err instanceof SetupError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new InputError('E_STAGE', `${stageLabel(stage)} failed: ${message}`);
  }
  const layers: Partial<Layers> = { ...article.layers };
  for (const name of stage.provides) {
    if (!(name in produced)) {
      throw new InputError('E_STAGE', `${stageLabel(stage)} did not return its layer "${name}"`);
    }
    (layers as Record<string, unknown>)[name] = produced[name];
  }
  return Object.freeze({
    ...article,
    layers: Object.freeze(layers),
    trace: [...article.trace, stageLabel(stage)],
  });
}
