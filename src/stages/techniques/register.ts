// Wire-reporting register of an article (share of lines with a reporting verb), which raises a model's cuts where its language asks.
import { lexicon, verbForms } from '../../knowledge/lexicon.js';
import type { LineToken } from './features.js';

/**
 * How a language's model treats wire reporting: SemEval articles are persuasive by selection, plain news is not,
 * and an article whose lines mostly report speech ("X a déclaré …") is plain news far more often than not.
 */
export interface ReportingGate {
  /** Share of the body lines holding a reporting verb at or above which the article counts as wire reporting. */
  share: number;
  /** Logit added to every model cut of such an article (lexicon cues are unchanged). */
  margin: number;
}

const formsCache = new Map<string, ReadonlySet<string>>();

/** Lower-cased surface forms of a language's reporting verbs (src/knowledge/<lang>/speech-verbs.yaml). */
export function reportingForms(language: string): ReadonlySet<string> {
  const hit = formsCache.get(language);
  if (hit) return hit;
  const speech = lexicon(language).speech;
  const forms = new Set(speech.verbs.flatMap((v) => verbForms(v, speech)).map((f) => f.toLowerCase()));
  formsCache.set(language, forms);
  return forms;
}

/** Share of lines (given as their tokens) with at least one reporting-verb form; 0 for no line. */
export function reportingShare(
  lines: ReadonlyArray<readonly LineToken[]>,
  forms: ReadonlySet<string>,
): number {
  if (!lines.length || !forms.size) return 0;
  let reporting = 0;
  for (const tokens of lines) if (tokens.some((t) => forms.has(t.norm))) reporting++;
  return reporting / lines.length;
}

/** The logit a gate adds to an article's model cuts (0 without a gate or below its share). */
export function reportingMargin(
  lines: ReadonlyArray<readonly LineToken[]>,
  language: string,
  gate: ReportingGate | null,
): number {
  if (!gate) return 0;
  return reportingShare(lines, reportingForms(language)) >= gate.share ? gate.margin : 0;
}
