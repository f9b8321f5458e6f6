// Analyses one input item end to end: item → Article → stages → contract record (or an error record).
import { errorRecord, toRecord, type OutputRecord } from '../core/contract.js';
import { InputError, toErrorInfo } from '../core/errors.js';
import type { StageContext } from '../core/stage.js';
import type { InputItem } from '../ingest/item.js';
import { itemToArticle } from '../ingest/to-article.js';
import { defaultPipeline } from './compose.js';

export interface AnalyzeOptions {
  referenceDate?: string | null;
}

export function analyzeItem(item: InputItem, options: AnalyzeOptions = {}): OutputRecord {
  const ctx: StageContext = { referenceDate: options.referenceDate ?? null, templates: null };
  try {
    const article = itemToArticle(item);
    return toRecord(defaultPipeline().run(article, ctx));
  } catch (err) {
    if (!(err instanceof InputError)) {
      // A bug: say so on stderr with its stack, record it on this input, and let the run go on.
      process.stderr.write(
        `echotrace: internal error on ${item.input}: ${(err as Error).stack ?? String(err)}\n`,
      );
    }
    return errorRecord(item.input, toErrorInfo(err, 'E_STAGE'));
  }
}
