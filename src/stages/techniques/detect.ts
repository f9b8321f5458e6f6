// Finds persuasion techniques in body paragraphs: cue-lexicon hits, then the learned model's labels placed on their cue words.
import type { Technique } from '../../core/article.js';
import { trimSpan, type Span } from '../../core/span.js';
import { lineFeatures, type LineFeatures, type LineToken } from './features.js';
import { cueLexicon, type CueHit, type CueLexicon } from './lexicon.js';
import { scoreIds, shippedModel, type TechniqueModel } from './model.js';

export interface DetectOptions {
  /** Overrides the shipped model (null: lexicon only); used by training and tests. */
  model?: TechniqueModel | null;
  lexicon?: CueLexicon;
}

/** The non-empty lines of the body paragraphs, trimmed: the unit the model labels. */
export function bodyLines(text: string, body: readonly Span[]): Span[] {
  const lines: Span[] = [];
  for (const para of body) {
    let start = para.start;
    for (let i = para.start; i <= para.end; i++) {
      if (i === para.end || text[i] === '\n') {
        const line = trimSpan(text, { start, end: i });
        if (line.end > line.start) lines.push(line);
        start = i + 1;
      }
    }
  }
  return lines;
}

interface Evidence {
  token: LineToken;
  weight: number;
}

/** The word that pushes label j the most, so a model label is shown on its cue rather than on the whole line. */
function strongestWord(model: TechniqueModel, features: LineFeatures, j: number): Evidence | null {
  let best: Evidence | null = null;
  for (const { token, ids } of features.byToken) {
    let weight = 0;
    for (const id of ids) weight += model.table.get(id)?.[j] ?? 0;
    if (!best || weight > best.weight) best = { token, weight };
  }
  return best;
}

function fromHits(hits: CueHit[]): Technique[] {
  return hits.map((h) => ({ start: h.start, end: h.end, label: h.row.label, rule: `lexicon:${h.row.id}` }));
}

function fromModel(model: TechniqueModel, text: string, line: Span, hits: CueHit[]): Technique[] {
  const cued = new Set(hits.map((h) => h.row.label));
  const features = lineFeatures(text, line.start, line.end, [...cued]);
  const logits = scoreIds(model, features.ids);
  const out: Technique[] = [];
  for (let j = 0; j < logits.length; j++) {
    const label = model.labels[j];
    if (logits[j] < model.cut[j] || cued.has(label)) continue;
    const evidence = strongestWord(model, features, j);
    if (!evidence || evidence.weight < model.minEvidence) continue;
    out.push({ start: evidence.token.start, end: evidence.token.end, label, rule: `model:${label}` });
  }
  return out;
}

export function detectLine(text: string, line: Span, lexicon: CueLexicon, model: TechniqueModel | null): Technique[] {
  const hits = lexicon.match(text, line.start, line.end);
  const found = fromHits(hits);
  return model ? found.concat(fromModel(model, text, line, hits)) : found;
}

/** Techniques inside the body, in text order; a language without lexicon or model yields none. */
export function detectTechniques(
  text: string,
  body: readonly Span[],
  language: string | null,
  options: DetectOptions = {},
): Technique[] {
  if (!language) return [];
  const lexicon = options.lexicon ?? cueLexicon(language);
  const model = options.model !== undefined ? options.model : shippedModel(language);
  const out: Technique[] = [];
  for (const line of bodyLines(text, body)) out.push(...detectLine(text, line, lexicon, model));
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}
