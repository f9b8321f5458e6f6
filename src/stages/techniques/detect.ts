// Finds persuasion techniques in body paragraphs: cue-lexicon hits, then the learned model's labels placed on their cue words.
import type { Technique } from '../../core/article.js';
import { trimSpan, type Span } from '../../core/span.js';
import { lineFeatures, type LineFeatures, type LineToken } from './features.js';
import { cueLexicon, type CueHit, type CueLexicon } from './lexicon.js';
import { applyContext, scoreIds, shippedModel, type TechniqueModel } from './model.js';

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

interface ScoredLine {
  features: LineFeatures;
  cued: Set<string>;
  logits: Float64Array;
}

function scoreLine(model: TechniqueModel, text: string, line: Span, hits: CueHit[], language: string): ScoredLine {
  const cued = new Set(hits.map((h) => h.row.label));
  const features = lineFeatures(text, line.start, line.end, [...cued], language);
  return { features, cued, logits: scoreIds(model, features.ids) };
}

/** The labels the model gives a line, each shown on the word that carries it. */
function fromModel(model: TechniqueModel, scored: ScoredLine): Technique[] {
  const out: Technique[] = [];
  for (let j = 0; j < scored.logits.length; j++) {
    const label = model.labels[j];
    if (scored.logits[j] < model.cut[j] || scored.cued.has(label)) continue;
    const evidence = strongestWord(model, scored.features, j);
    if (!evidence || evidence.weight < model.minEvidence) continue;
    out.push({ start: evidence.token.start, end: evidence.token.end, label, rule: `model:${label}` });
  }
  return out;
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
  const lines = bodyLines(text, body);
  const hits = lines.map((line) => lexicon.match(text, line.start, line.end));
  const out: Technique[] = hits.flatMap(fromHits);
  if (model) {
    const scored = lines.map((line, i) => scoreLine(model, text, line, hits[i], language));
    applyContext(model, scored.map((s) => s.logits));
    for (const s of scored) out.push(...fromModel(model, s));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}
