// The Stage contract: a pure function from an article to new layers, with declared requires/provides.
import type { Article, LayerName, Layers } from './article.js';

/**
 * Lines seen across a corpus, to learn boilerplate templates ("Partager cet article" on every page of a site).
 * Keys are normalised line texts; a group is an outlet, a folder or a domain.
 */
export interface TemplateIndex {
  /** How many articles of the group contain this normalised line. */
  count(group: string, line: string): number;
  /** How many articles the group holds. */
  size(group: string): number;
}

export interface StageContext {
  /** The date relative expressions resolve against when the article itself gives none (ISO date). */
  referenceDate: string | null;
  templates: TemplateIndex | null;
}

export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(article: Article, ctx: StageContext): Partial<Layers>;
  /** Loads and validates the stage's knowledge; called once when the pipeline is built, so bad data stops start-up. */
  init?(): void;
}

export function stageLabel(stage: Pick<Stage, 'name' | 'version'>): string {
  return `${stage.name}@${stage.version}`;
}

export const emptyContext: StageContext = { referenceDate: null, templates: null };
