// Analyses one input item end to end: item → Article → stages → contract record (or an error record).
import { errorRecord, toRecord, type OutputRecord } from '../core/contract.js';
import { InputError, SetupError, toErrorInfo } from '../core/errors.js';
import type { StageContext } from '../core/stage.js';
import type { InputItem } from '../ingest/item.js';
import { itemToArticle } from '../ingest/to-article.js';
import { LineTemplates, type LineTemplatesJson } from '../stages/clean/templates.js';
import { defaultPipeline } from './compose.js';

export interface AnalyzeOptions {
  referenceDate?: string | null;
  /** Boilerplate templates learned in a first pass over the inputs (plain JSON so it crosses to workers). */
  templates?: LineTemplatesJson | null;
}

const templateCache = new WeakMap<LineTemplatesJson, LineTemplates>();

function templatesOf(options: AnalyzeOptions): LineTemplates | null {
  const json = options.templates;
  if (!json) return null;
  let index = templateCache.get(json);
  if (!index) templateCache.set(json, (index = LineTemplates.fromJSON(json)));
  return index;
}

export function analyzeItem(item: InputItem, options: AnalyzeOptions = {}): OutputRecord {
  const ctx: StageContext = { referenceDate: options.referenceDate ?? null, templates: templatesOf(options) };
  try {
    const article = itemToArticle(item);
    return toRecord(defaultPipeline().run(article, ctx));
  } catch (err) {
    if (err instanceof SetupError) throw err;
    if (!(err instanceof InputError)) {
      // A bug: say so on stderr with its stack, record it on this input, and let the run go on.
      process.stderr.write(
        `echotrace: internal error on ${item.input}: ${(err as Error).stack ?? String(err)}\n`,
      );
    }
    return errorRecord(item.input, toErrorInfo(err, 'E_STAGE'));
  }
}

/** Builds the pipeline in this thread (loading and validating all knowledge), so bad data stops start-up. */
export function checkSetup(): void {
  defaultPipeline();
}
