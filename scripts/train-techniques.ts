// Trains the technique model on 70% of each SemEval-2023 Task 3 language, with 5-fold CV figures; writes src/knowledge/models/techniques.json.
// Run: node --import tsx scripts/train-techniques.ts [--only fr,en] [--min-evidence 0.5] [--keep 700] [--out file.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { trimSpan } from '../src/core/span.js';
import { knowledgeFile } from '../src/knowledge/paths.js';
import {
  lineFeatures,
  repeatCounts,
  type LineFeatures,
  type LinePosition,
} from '../src/stages/techniques/features.js';
import { TECHNIQUE_LABELS } from '../src/stages/techniques/labels.js';
import { cueLexicon } from '../src/stages/techniques/lexicon.js';
import {
  articleMargin,
  DEFAULT_GATE,
  isContentWord,
  namesCapitalised,
} from '../src/stages/techniques/detect.js';
import { reportingMargin } from '../src/stages/techniques/register.js';
import { functionWords } from '../src/stages/techniques/stopwords.js';
import {
  applyContext,
  scoreIds,
  parseModelFile,
  toModel,
  type LanguageWeights,
  type ModelFile,
  type TechniqueModel,
} from '../src/stages/techniques/model.js';
import {
  foldOf,
  isHeldOut,
  loadSemeval,
  SEMEVAL_LANGUAGES,
  toScores,
  type Counts,
  type SemevalArticle,
} from '../eval/semeval-data.js';
import { sharedDir } from '../eval/types.js';
import {
  calibrate,
  L,
  learn,
  learnStack,
  toProbability,
  type Example,
  type ScoredLine,
} from './techniques-learn.js';
import {
  argv,
  cutCosts,
  cvFolds,
  detectorAligned,
  fixedEvidence,
  flag,
  globalCut,
  only,
  OPTS,
  poolWeight,
  reportingGates,
  usePositions,
  useStack,
} from './train-options.js';

interface LineData {
  features: LineFeatures;
  /** Per token of `features.byToken`: whether the detector may show a label on it (detect.ts isContentWord). */
  content: boolean[];
  cued: Set<number>;
  gold: Set<number>;
}

interface Doc {
  id: string;
  /** The logit the detector's article gate adds to every cut (few lexicon cues: calm news). */
  margin: number;
  lines: LineData[];
}

const EVIDENCE_GRID = [-1000, 0, 0.25, 0.5, 0.75, 1];
/** The word weight the detector asks of a model label, given the model's floor. */
const evidenceFloor = (e: number): number => (detectorAligned ? Math.max(e, DEFAULT_GATE.wordFloor) : e);
const labelIndex = new Map<string, number>(TECHNIQUE_LABELS.map((l, i) => [l, i]));

/** Position of each gold line among the article's non-empty lines, as the detector numbers body lines. */
function positions(a: SemevalArticle): Array<LinePosition | undefined> {
  if (!usePositions) return a.lines.map(() => undefined);
  const filled = a.lines.filter((g) => a.text.slice(g.start, g.end).trim() !== '');
  const spans = filled.map((g) => trimSpan(a.text, g));
  const repeats = repeatCounts(a.text, spans);
  const at = new Map(filled.map((g, index) => [g, { index, count: filled.length, repeats: repeats[index] }]));
  return a.lines.map((g) => at.get(g));
}

function prepareArticle(a: SemevalArticle, language: string): Doc {
  const lexicon = cueLexicon(language);
  const at = positions(a);
  const ctx = { text: a.text, stop: functionWords(language), namesCapitalised: namesCapitalised(language) };
  let hits = 0;
  const lines = a.lines.map((g, i) => {
    const span = trimSpan(a.text, g);
    const found = lexicon.match(a.text, span.start, span.end);
    hits += found.length;
    const cued = new Set(found.map((h) => h.row.label));
    const features = lineFeatures(a.text, span.start, span.end, [...cued], language, at[i]);
    return {
      features,
      content: features.byToken.map(({ token }) => !detectorAligned || isContentWord(ctx, token)),
      cued: new Set([...cued].map((l) => labelIndex.get(l) ?? -1)),
      gold: new Set(g.labels.map((l) => labelIndex.get(l) ?? -1)),
    };
  });
  const filled = lines.filter((l, i) => a.text.slice(a.lines[i].start, a.lines[i].end).trim() !== '');
  const wire = reportingMargin(
    filled.map((l) => l.features.byToken.map((b) => b.token)),
    language,
    reportingGates.get(language) ?? null,
  );
  return { id: a.id, margin: detectorAligned ? articleMargin(hits, DEFAULT_GATE) + wire : 0, lines };
}

const prepare = (shared: string, folder: string, language: string): Doc[] =>
  loadSemeval(shared, folder).map((a) => prepareArticle(a, language));

const examples = (docs: Doc[], weight = 1): Example[] =>
  docs.flatMap((d) => d.lines.map((l) => ({ ids: l.features.ids, gold: l.gold, weight })));

function scoreLine(model: TechniqueModel, line: LineData): ScoredLine {
  const evidence = new Float64Array(L).fill(-Infinity);
  for (const [k, { ids }] of line.features.byToken.entries()) {
    if (!line.content[k]) continue;
    const sum = new Float64Array(L);
    model.table.addAll(sum, ids);
    for (let j = 0; j < L; j++) evidence[j] = Math.max(evidence[j], sum[j]);
  }
  return { logits: scoreIds(model, line.features.ids), evidence, cued: line.cued, gold: line.gold };
}

const wrap = (
  labels: LanguageWeights['labels'],
  minEvidence: number,
  trainedOn: LanguageWeights['trainedOn'] = {},
): LanguageWeights => ({
  labels,
  minEvidence,
  ...(usePositions ? { positions: true } : {}),
  trainedOn,
});

/** Scores one article's lines, then rescales them with the article context as the detector does. */
function scoreDoc(model: TechniqueModel, doc: Doc): ScoredLine[] {
  const lines = doc.lines.map((l) => scoreLine(model, l));
  applyContext(
    model,
    lines.map((l) => l.logits),
  );
  return lines;
}

/** The detector raises the cuts of calm articles; lowering their (stacked) logits as much is the same test. */
function gated(doc: Doc, lines: ScoredLine[]): ScoredLine[] {
  for (const l of lines) for (let j = 0; j < L; j++) l.logits[j] -= doc.margin;
  return lines;
}

/** Learns weights on docs; fits the context stage and calibrates thresholds (and evidence floor) on 4 inner folds. */
function fit(docs: Doc[], extra: Example[], cutCost: number): { weights: LanguageWeights; innerF1: number } {
  const oof: Array<{ doc: Doc; lines: ScoredLine[] }> = [];
  for (let f = 0; f < 4; f++) {
    const model = toModel(
      wrap(learn(examples(docs.filter((d) => foldOf(d.id, 4) !== f)).concat(extra), OPTS), -1000),
    );
    for (const d of docs.filter((x) => foldOf(x.id, 4) === f))
      oof.push({ doc: d, lines: scoreDoc(model, d) });
  }
  const stack = useStack ? learnStack(oof.map((o) => o.lines)) : null;
  const stacked = oof
    .map(({ doc, lines }) => {
      const copy = lines.map((l) => ({ ...l, logits: Float64Array.from(l.logits) }));
      if (stack)
        applyContext(
          { stack },
          copy.map((l) => l.logits),
        );
      return gated(doc, copy);
    })
    .flat();
  const grid = fixedEvidence === null ? EVIDENCE_GRID : [fixedEvidence];
  const best = grid
    .map((e) => ({ e, ...calibrate(stacked, evidenceFloor(e), globalCut, cutCost) }))
    .reduce((a, b) => (b.f1 > a.f1 + 0.002 ? b : a));
  const labels = learn(examples(docs).concat(extra), OPTS).map((lw, j) => ({
    ...lw,
    threshold: toProbability(best.cuts[j]),
    ...(stack ? { stack: stack[j] } : {}),
  }));
  return { weights: wrap(labels, best.e), innerF1: best.f1 };
}

function count(model: TechniqueModel, docs: Doc[], into: Counts): void {
  for (const d of docs) {
    const scored = gated(d, scoreDoc(model, d));
    d.lines.forEach((line, i) => {
      const s = scored[i];
      const got = new Set(line.cued);
      for (let j = 0; j < L; j++)
        if (s.logits[j] >= model.cut[j] && s.evidence[j] >= evidenceFloor(model.minEvidence)) got.add(j);
      for (const j of got) {
        if (line.gold.has(j)) into.tp++;
        else into.fp++;
      }
      for (const j of line.gold) if (!got.has(j)) into.fn++;
    });
  }
}

function crossValidate(docs: Doc[], extra: Example[], k: number, cutCost: number): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (let f = 0; f < k; f++) {
    const { weights } = fit(
      docs.filter((d) => foldOf(d.id, k) !== f),
      extra,
      cutCost,
    );
    count(
      toModel(weights),
      docs.filter((d) => foldOf(d.id, k) === f),
      counts,
    );
  }
  return counts;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function trainLanguage(all: Map<string, Doc[]>, folder: string, language: string): LanguageWeights {
  const docs = all.get(language) ?? [];
  const extra = [...all.entries()]
    .filter(([l]) => l !== language)
    .flatMap(([, d]) =>
      examples(
        d.filter((x) => !isHeldOut(x.id)),
        poolWeight,
      ),
    );
  const train = docs.filter((d) => !isHeldOut(d.id));
  const held = docs.filter((d) => isHeldOut(d.id));
  const cutCost = cutCosts.get(language) ?? 0;
  const cv = toScores(cvFolds > 1 ? crossValidate(train, extra, cvFolds, cutCost) : { tp: 0, fp: 0, fn: 0 });
  const { weights, innerF1 } = fit(train, extra, cutCost);
  const heldCounts = { tp: 0, fp: 0, fn: 0 };
  count(toModel(weights), held, heldCounts);
  const h = toScores(heldCounts);
  console.error(
    `${language}: train ${train.length} art, held-out ${held.length} | cv${cvFolds} F1 ${r3(cv.f1)} P ${r3(cv.precision)} R ${r3(cv.recall)}` +
      ` | held-out F1 ${r3(h.f1)} P ${r3(h.precision)} R ${r3(h.recall)} | minEvidence ${weights.minEvidence}`,
  );
  const gate = reportingGates.get(language);
  if (gate) weights.reporting = gate;
  weights.trainedOn = {
    dataset: `semeval2023-task3/${folder}`,
    articles: train.length,
    lines: train.reduce((s, d) => s + d.lines.length, 0),
    heldOutArticles: held.length,
    cvFolds,
    cvF1: r3(cv.f1),
    cvPrecision: r3(cv.precision),
    cvRecall: r3(cv.recall),
    innerF1: r3(innerF1),
    ...(cutCost ? { cutCost } : {}),
    command: `train-techniques.ts ${argv.join(' ')}`.trim(),
  };
  return weights;
}

function main(): void {
  const shared = sharedDir();
  if (!shared) throw new Error('../shared is absent: nothing to train on');
  // With --only, the other languages keep their shipped weights.
  const path = knowledgeFile('models/techniques.json');
  const shipped = only && existsSync(path) ? parseModelFile(readFileSync(path, 'utf8'), path) : null;
  const languages: ModelFile['languages'] = shipped?.languages ?? {};
  for (const w of Object.values(languages)) w.trainedOn.command ??= shipped?.command ?? '';
  const all = new Map<string, Doc[]>();
  for (const [folder, language] of Object.entries(SEMEVAL_LANGUAGES)) {
    if (poolWeight > 0 || !only || only.includes(language))
      all.set(language, prepare(shared, folder, language));
  }
  for (const [folder, language] of Object.entries(SEMEVAL_LANGUAGES)) {
    if (only && !only.includes(language)) continue;
    languages[language] = trainLanguage(all, folder, language);
  }
  const file: ModelFile = {
    about:
      'Per-label logistic weights over hashed features (no n-gram strings, no dataset text), trained on 70% of each ' +
      'SemEval-2023 Task 3 language; the other 30% (eval/semeval-data.ts isHeldOut) is never seen.',
    command: `node --import tsx scripts/train-techniques.ts${argv.length ? ' ' + argv.join(' ') : ''}`,
    featureBits: 18,
    languages,
  };
  if (argv.includes('--dry')) return;
  writeFileSync(flag('out') ?? path, JSON.stringify(file) + '\n');
}

main();
