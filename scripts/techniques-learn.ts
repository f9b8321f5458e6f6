// Our own multi-label logistic regression (SGD over hashed binary features) and per-label threshold calibration for line micro-F1.
import { FEATURE_BITS } from '../src/stages/techniques/features.js';
import type { LanguageWeights } from '../src/stages/techniques/model.js';
import { TECHNIQUE_LABELS } from '../src/stages/techniques/labels.js';

export const L = TECHNIQUE_LABELS.length;
const D = 1 << FEATURE_BITS;

export interface Example {
  ids: number[];
  gold: Set<number>;
  /** Lines of other languages count less than the language's own. */
  weight: number;
}

export interface LearnOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Weights kept per label (largest magnitude), to keep the shipped file small. */
  keep: number;
}

export const DEFAULT_LEARN: LearnOptions = { epochs: 8, rate: 0.08, l2: 1e-3, keep: 700 };

/** Deterministic shuffle (xorshift), so a training run is reproducible. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const k = (s >>> 0) % (i + 1);
    [order[i], order[k]] = [order[k], order[i]];
  }
  return order;
}

function sgdStep(w: Float32Array, b: Float64Array, ex: Example, rate: number, l2: number): void {
  const z = Float64Array.from(b);
  for (const id of ex.ids) for (let j = 0; j < L; j++) z[j] += w[id * L + j];
  for (let j = 0; j < L; j++) {
    const g = (1 / (1 + Math.exp(-z[j])) - (ex.gold.has(j) ? 1 : 0)) * ex.weight;
    b[j] -= rate * g;
    z[j] = g;
  }
  for (const id of ex.ids) {
    const base = id * L;
    for (let j = 0; j < L; j++) w[base + j] -= rate * (z[j] + l2 * w[base + j]);
  }
}

/** Trains all labels at once and keeps the strongest weights of each. */
export function learn(examples: Example[], opts: LearnOptions = DEFAULT_LEARN): LanguageWeights['labels'] {
  const w = new Float32Array(D * L);
  const b = new Float64Array(L).fill(-2);
  for (let e = 0; e < opts.epochs; e++) {
    const rate = opts.rate / (1 + e * 0.5);
    for (const i of shuffled(examples.length, 17 + e)) sgdStep(w, b, examples[i], rate, opts.l2);
  }
  return TECHNIQUE_LABELS.map((label, j) => {
    const kept: Array<{ id: number; v: number }> = [];
    for (let id = 0; id < D; id++) {
      const v = w[id * L + j];
      if (Math.abs(v) > 0.01) kept.push({ id, v });
    }
    kept.sort((x, y) => Math.abs(y.v) - Math.abs(x.v));
    const top = kept.slice(0, opts.keep).sort((x, y) => x.id - y.id);
    return {
      label,
      bias: Math.round(b[j] * 1000) / 1000,
      threshold: 1,
      ids: top.map((t) => t.id),
      weights: top.map((t) => Math.round(t.v * 1000) / 1000),
    };
  });
}

/** What the detector saw on one held-out line: logits, evidence per label, labels the lexicon gave, gold. */
export interface ScoredLine {
  logits: Float64Array;
  evidence: Float64Array;
  cued: Set<number>;
  gold: Set<number>;
}

interface Candidate {
  z: number;
  hit: boolean;
}

/**
 * Per-label logit cuts maximising micro-F1 over the lines (coordinate ascent), given a minimum evidence.
 * `cutCost` charges each model label that many extra false positives while choosing its cut, so a cut
 * is kept only where the label is clearly better than chance on the inner folds (steadier on new articles).
 */
export function calibrate(
  lines: ScoredLine[],
  minEvidence: number,
  globalCut = false,
  cutCost = 0,
): { cuts: number[]; f1: number } {
  let tp = 0;
  let fp = 0;
  let gold = 0;
  const cands: Candidate[][] = Array.from({ length: L }, () => []);
  for (const line of lines) {
    gold += line.gold.size;
    for (const j of line.cued) {
      if (line.gold.has(j)) tp++;
      else fp++;
    }
    for (let j = 0; j < L; j++) {
      if (line.cued.has(j) || line.evidence[j] < minEvidence) continue;
      cands[j].push({ z: line.logits[j], hit: line.gold.has(j) });
    }
  }
  for (const c of cands) c.sort((a, b) => b.z - a.z);
  if (globalCut) return calibrateGlobal(cands, tp, fp, gold);
  const cuts = new Array<number>(L).fill(Infinity);
  const chosen = Array.from({ length: L }, () => ({ tp: 0, fp: 0 }));
  const f1 = (t: number, f: number): number => (2 * t) / (2 * t + f + (gold - t) || 1);
  for (let round = 0; round < 3; round++) {
    for (let j = 0; j < L; j++) {
      const baseTp = tp + chosen.reduce((s, c, k) => s + (k === j ? 0 : c.tp), 0);
      const baseFp = fp + chosen.reduce((s, c, k) => s + (k === j ? 0 : c.fp), 0);
      let best = { score: f1(baseTp, baseFp), cut: Infinity, tp: 0, fp: 0 };
      let t = 0;
      let f = 0;
      for (const c of cands[j]) {
        if (c.hit) t++;
        else f++;
        const score = f1(baseTp + t, baseFp + f + cutCost * (t + f));
        if (score > best.score + 1e-9) best = { score, cut: c.z, tp: t, fp: f };
      }
      cuts[j] = best.cut;
      chosen[j] = { tp: best.tp, fp: best.fp };
    }
  }
  const total = chosen.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp }), { tp, fp });
  return { cuts, f1: f1(total.tp, total.fp) };
}

export const toProbability = (z: number): number =>
  z === Infinity ? 1 : Math.round((1 / (1 + Math.exp(-z))) * 1e6) / 1e6;

/** Article context of each line: per label, the mean probability over the article's lines; and their overall mean. */
export function articleContext(lines: ScoredLine[]): { perLabel: Float64Array; all: number } {
  const perLabel = new Float64Array(L);
  for (const line of lines) for (let j = 0; j < L; j++) perLabel[j] += 1 / (1 + Math.exp(-line.logits[j]));
  for (let j = 0; j < L; j++) perLabel[j] /= Math.max(1, lines.length);
  return { perLabel, all: perLabel.reduce((s, v) => s + v, 0) / L };
}

/** Stage-2 weights per label over [line logit, label context, overall context, 1], fitted by batch gradient descent. */
export function learnStack(docs: ScoredLine[][]): number[][] {
  const rows: Array<{ x: number[][]; y: boolean[] }> = Array.from({ length: L }, () => ({ x: [], y: [] }));
  for (const lines of docs) {
    const ctx = articleContext(lines);
    for (const line of lines)
      for (let j = 0; j < L; j++) {
        rows[j].x.push([line.logits[j], ctx.perLabel[j] * 4, ctx.all * 4, 1]);
        rows[j].y.push(line.gold.has(j));
      }
  }
  return rows.map(({ x, y }) => {
    const w = [1, 0, 0, 0];
    for (let it = 0; it < 300; it++) {
      const g = [0, 0, 0, 0];
      x.forEach((xi, i) => {
        const z = xi.reduce((s, v, k) => s + v * w[k], 0);
        const e = 1 / (1 + Math.exp(-z)) - (y[i] ? 1 : 0);
        for (let k = 0; k < 4; k++) g[k] += e * xi[k];
      });
      for (let k = 0; k < 4; k++) w[k] -= (0.5 * g[k]) / Math.max(1, x.length);
    }
    return w.map((v) => Math.round(v * 1000) / 1000);
  });
}

/** One probability cut for every label: steadier than per-label cuts when a language has few lines. */
function calibrateGlobal(
  cands: Candidate[][],
  tp0: number,
  fp0: number,
  gold: number,
): { cuts: number[]; f1: number } {
  let best = { f1: -1, z: Infinity };
  for (let p = 0.04; p < 0.8; p += 0.01) {
    const z = Math.log(p / (1 - p));
    let tp = tp0;
    let fp = fp0;
    for (const c of cands)
      for (const x of c)
        if (x.z >= z) {
          if (x.hit) tp++;
          else fp++;
        }
    const f1 = (2 * tp) / (2 * tp + fp + (gold - tp) || 1);
    if (f1 > best.f1) best = { f1, z };
  }
  return { cuts: new Array<number>(L).fill(best.z), f1: best.f1 };
}
