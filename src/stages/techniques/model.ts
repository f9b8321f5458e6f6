// The learned technique model (src/knowledge/models/techniques.json): per-language, per-label logistic weights over hashed features.
import { existsSync, readFileSync } from 'node:fs';
import { CheckMarker } from '../../core/cache.js';
import { z } from 'zod';
import { SetupError } from '../../core/errors.js';
import { knowledgeFile } from '../../knowledge/paths.js';
import { FEATURE_BITS } from './features.js';
import { TECHNIQUE_LABELS } from './labels.js';
import type { ReportingGate } from './register.js';

const LabelWeightsSchema = z
  .object({
    label: z.enum(TECHNIQUE_LABELS),
    bias: z.number(),
    /** Probability above which a line gets the label (calibrated on training folds for line micro-F1). */
    threshold: z.number().min(0),
    ids: z.array(
      z
        .number()
        .int()
        .min(0)
        .max((1 << FEATURE_BITS) - 1),
    ),
    weights: z.array(z.number()),
    /** Article-context stage: [line logit, label's mean probability over the article ×4, all labels' ×4, 1]. */
    stack: z.array(z.number()).length(4).optional(),
  })
  .strict()
  .refine((w) => w.ids.length === w.weights.length, { message: 'ids and weights differ in length' });

export const LanguageWeightsSchema = z
  .object({
    labels: z.array(LabelWeightsSchema),
    /** A label needs one word whose weight reaches this, so the prior alone never fires it. */
    minEvidence: z.number(),
    /** The model was trained with line-position features (features.ts positionKeys). */
    positions: z.boolean().optional(),
    /** Wire reporting (register.ts) raises this language's cuts; absent: no gate. */
    reporting: z
      .object({ share: z.number().min(0), margin: z.number() })
      .strict()
      .optional(),
    trainedOn: z.record(z.string(), z.union([z.number(), z.string()])),
  })
  .strict();

export type LanguageWeights = z.infer<typeof LanguageWeightsSchema>;

const ModelFileSchema = z
  .object({
    about: z.string(),
    command: z.string(),
    featureBits: z.literal(FEATURE_BITS),
    languages: z.record(z.string(), LanguageWeightsSchema),
  })
  .strict();

export type ModelFile = z.infer<typeof ModelFileSchema>;

/**
 * Feature id → one weight per label, looked up by array index (a hashed id is below 2^FEATURE_BITS). The weights of
 * all ids lie in one flat array, a row of `labels` numbers each, so scoring reads them without a call per id.
 */
export class WeightTable {
  /** Row number + 1 of each id (0: the id has no weights). */
  private readonly index = new Int32Array(1 << FEATURE_BITS);
  private weights: Float32Array;
  private rowCount = 0;

  constructor(private readonly labels: number) {
    this.weights = new Float32Array(labels * 64);
  }

  /** Sets one weight, making the id's row (all zero) when absent. */
  set(id: number, label: number, weight: number): void {
    let k = this.index[id];
    if (!k) {
      if ((this.rowCount + 1) * this.labels > this.weights.length) {
        const grown = new Float32Array(this.weights.length * 2);
        grown.set(this.weights);
        this.weights = grown;
      }
      k = this.index[id] = ++this.rowCount;
    }
    this.weights[(k - 1) * this.labels + label] = weight;
  }

  /** Adds the weights of every id to `out` (one slot per label), in the order given. */
  addAll(out: Float64Array, ids: readonly number[]): void {
    const { index, weights, labels } = this;
    for (let i = 0; i < ids.length; i++) {
      const k = index[ids[i]];
      if (k === 0) continue;
      const base = (k - 1) * labels;
      for (let j = 0; j < labels; j++) out[j] += weights[base + j];
    }
  }

  /** The sum of one label's weights over the ids, in the order given. */
  sum(ids: readonly number[], label: number): number {
    const { index, weights, labels } = this;
    let total = 0;
    for (let i = 0; i < ids.length; i++) {
      const k = index[ids[i]];
      if (k !== 0) total += weights[(k - 1) * labels + label];
    }
    return total;
  }
}

export interface TechniqueModel {
  labels: string[];
  bias: Float64Array;
  /** Thresholds as logits, so scoring never calls exp(). */
  cut: Float64Array;
  /** Feature id → one weight per label. */
  table: WeightTable;
  minEvidence: number;
  /** Whether line-position features are fed to this model. */
  positions: boolean;
  /** Per label, the article-context weights (identity when the model has none). */
  stack: number[][];
  /** The language's wire-reporting gate, or null. */
  reporting: ReportingGate | null;
}

const logit = (p: number): number => (p >= 1 ? Infinity : p <= 0 ? -Infinity : Math.log(p / (1 - p)));

export function toModel(w: LanguageWeights): TechniqueModel {
  const n = w.labels.length;
  const table = new WeightTable(n);
  w.labels.forEach((lw, j) => {
    lw.ids.forEach((id, k) => table.set(id, j, lw.weights[k]));
  });
  return {
    labels: w.labels.map((l) => l.label),
    bias: Float64Array.from(w.labels.map((l) => l.bias)),
    cut: Float64Array.from(w.labels.map((l) => logit(l.threshold))),
    table,
    minEvidence: w.minEvidence,
    positions: w.positions ?? false,
    stack: w.labels.map((l) => l.stack ?? [1, 0, 0, 0]),
    reporting: w.reporting ?? null,
  };
}

/** Logit of every label for a line's feature ids. */
export function scoreIds(model: TechniqueModel, ids: readonly number[]): Float64Array {
  const out = Float64Array.from(model.bias);
  model.table.addAll(out, ids);
  return out;
}

/** Rescores an article's line logits (in place) with its context: labels cluster in articles. */
export function applyContext(model: Pick<TechniqueModel, 'stack'>, lines: Float64Array[]): void {
  const n = model.stack.length;
  const mean = new Float64Array(n);
  for (const z of lines) for (let j = 0; j < n; j++) mean[j] += 1 / (1 + Math.exp(-z[j]));
  for (let j = 0; j < n; j++) mean[j] /= Math.max(1, lines.length);
  const all = mean.reduce((s, v) => s + v, 0) / Math.max(1, n);
  for (const z of lines) {
    for (let j = 0; j < n; j++) {
      const w = model.stack[j];
      z[j] = w[0] * z[j] + w[1] * mean[j] * 4 + w[2] * all * 4 + w[3];
    }
  }
}

let file: ModelFile | null | undefined;
const models = new Map<string, TechniqueModel | null>();

export function parseModelFile(source: string, path: string): ModelFile {
  const parsed = ModelFileSchema.safeParse(JSON.parse(source));
  if (!parsed.success) throw new SetupError('E_KNOWLEDGE', `${path}: ${parsed.error.message}`);
  return parsed.data;
}

/** Bumped whenever ModelFileSchema changes: a model file checked under an older schema is checked again. */
const MODEL_SCHEMA = 'techniques-model/3';

/**
 * Reads the model file, checked against its schema. The schema only checks (it transforms nothing), so a file whose
 * exact text passed before (remembered in the on-disk cache) is taken as parsed: ~60 ms less per thread.
 */
function readModelFile(path: string): ModelFile {
  const source = readFileSync(path, 'utf8');
  const checked = new CheckMarker(MODEL_SCHEMA, source);
  if (checked.known) return JSON.parse(source) as ModelFile;
  const parsed = parseModelFile(source, path);
  checked.remember();
  return parsed;
}

/** The shipped model of a language, or null when none was trained for it (the lexicon still runs). */
export function shippedModel(language: string): TechniqueModel | null {
  if (models.has(language)) return models.get(language) ?? null;
  if (file === undefined) {
    const path = knowledgeFile('models/techniques.json');
    file = existsSync(path) ? readModelFile(path) : null;
  }
  const weights = file?.languages[language];
  const model = weights ? toModel(weights) : null;
  models.set(language, model);
  return model;
}
