// Finds persuasion techniques in body paragraphs: cue-lexicon hits, then the learned model's labels, gated by the article's cue evidence and wire-reporting register and shown on content words.
import type { Technique } from '../../core/article.js';
import { trimSpan, type Span } from '../../core/span.js';
import {
  lineFeatures,
  repeatCounts,
  tokenize,
  type LineFeatures,
  type LinePosition,
  type LineToken,
} from './features.js';
import { cueLexicon, type CueHit, type CueLexicon } from './lexicon.js';
import { applyContext, scoreIds, shippedModel, type TechniqueModel } from './model.js';
import { reportingMargin } from './register.js';
import { functionWords } from './stopwords.js';

/** How article-level evidence gates the model: calm news (few lexicon cues) needs a clearer model score. */
export interface ArticleGate {
  /** Lexicon cues in the body at or above which the model's calibrated cuts apply as they are. */
  cues: number;
  /** Logit added to every cut of an article with no cue (scaled down linearly up to `cues`). */
  margin: number;
  /** A model label needs a content word pushing it by at least this much (logit units). */
  wordFloor: number;
}

export const DEFAULT_GATE: ArticleGate = { cues: 2, margin: 1, wordFloor: 0 };

export interface DetectOptions {
  /** Overrides the shipped model (null: lexicon only); used by training and tests. */
  model?: TechniqueModel | null;
  lexicon?: CueLexicon;
  gate?: ArticleGate;
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

const NUMBER_CHAR = /\p{N}/u;

/** Short words carry length, not meaning: a model label is shown on a longer word. */
const MIN_CUE_LENGTH = 4;

/** Languages that capitalise every noun, where a capital letter does not mark a name. */
const NOUNS_CAPITALISED = new Set(['de']);

/** A word that can carry a technique: not a function word, not a number, not a capitalised name. */
export function isContentWord(
  ctx: Pick<LineContext, 'text' | 'stop' | 'namesCapitalised'>,
  token: LineToken,
): boolean {
  if (token.end - token.start < MIN_CUE_LENGTH || ctx.stop.has(token.norm)) return false;
  const first = ctx.text[token.start];
  if (NUMBER_CHAR.test(first)) return false;
  return ctx.namesCapitalised ? first === first.toLowerCase() : true;
}

/** Whether capital letters mark names in a language (not where every noun is capitalised); training uses it too. */
export const namesCapitalised = (language: string): boolean => !NOUNS_CAPITALISED.has(language);

interface LineContext {
  text: string;
  stop: ReadonlySet<string>;
  /** Whether a capital letter marks a name (false where every noun is capitalised). */
  namesCapitalised: boolean;
  hits: CueHit[];
}

/** For each wanted label, the content word that pushes it the most; words on another label's cue come last. */
function strongestWords(
  model: TechniqueModel,
  features: LineFeatures,
  wanted: number[],
  ctx: LineContext,
): Map<number, Evidence> {
  const best = new Map<number, Evidence & { taken: boolean }>();
  const cuedAs: string[] = [];
  for (const { token, ids } of features.byToken) {
    if (!isContentWord(ctx, token)) continue;
    cuedAs.length = 0;
    for (const h of ctx.hits) if (h.start < token.end && token.start < h.end) cuedAs.push(h.row.label);
    for (const j of wanted) {
      const weight = model.table.sum(ids, j);
      const taken = cuedAs.some((l) => l !== model.labels[j]);
      const seen = best.get(j);
      if (!seen || (seen.taken && !taken) || (seen.taken === taken && weight > seen.weight))
        best.set(j, { token, weight, taken });
    }
  }
  return best;
}

function fromHit(h: CueHit): Technique {
  return { start: h.start, end: h.end, label: h.row.label, rule: `lexicon:${h.row.id}` };
}

interface ScoredLine {
  features: LineFeatures;
  cued: Set<string>;
  logits: Float64Array;
}

function scoreLine(
  model: TechniqueModel,
  text: string,
  line: Span,
  hits: CueHit[],
  language: string,
  at: LinePosition,
  tokens: readonly LineToken[],
): ScoredLine {
  const cued = new Set(hits.map((h) => h.row.label));
  const features = lineFeatures(
    text,
    line.start,
    line.end,
    [...cued],
    language,
    model.positions ? at : undefined,
    tokens,
  );
  return { features, cued, logits: scoreIds(model, features.ids) };
}

/** The labels the model gives a line above its cuts (raised by `margin`), each shown on its strongest content word. */
function fromModel(
  model: TechniqueModel,
  scored: ScoredLine,
  ctx: LineContext,
  gate: ArticleGate,
  margin: number,
): Technique[] {
  const wanted: number[] = [];
  for (let j = 0; j < scored.logits.length; j++) {
    if (scored.logits[j] >= model.cut[j] + margin && !scored.cued.has(model.labels[j])) wanted.push(j);
  }
  if (!wanted.length) return [];
  const evidence = strongestWords(model, scored.features, wanted, ctx);
  const out: Technique[] = [];
  for (const j of wanted) {
    const e = evidence.get(j);
    if (!e || e.weight < Math.max(model.minEvidence, gate.wordFloor)) continue;
    out.push({
      start: e.token.start,
      end: e.token.end,
      label: model.labels[j],
      rule: `model:${model.labels[j]}`,
    });
  }
  return out;
}

/** The logit margin an article's model labels must clear: large for calm news without lexicon cues, 0 with enough cues. */
export function articleMargin(cueCount: number, gate: ArticleGate): number {
  if (gate.cues <= 0) return 0;
  return (gate.margin * Math.max(0, gate.cues - cueCount)) / gate.cues;
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
  const gate = options.gate ?? DEFAULT_GATE;
  const lines = bodyLines(text, body);
  // Arrays pushed, not mapped: a `.map()` result has another elements kind when the map runs inlined in optimised
  // code, and the functions reading these arrays were deoptimised by it once per worker ("wrong map").
  const tokens: LineToken[][] = [];
  const hits: CueHit[][] = [];
  const out: Technique[] = [];
  for (const line of lines) {
    const lineTokens = tokenize(text, line.start, line.end);
    const lineHits = lexicon.match(text, line.start, line.end, lineTokens);
    tokens.push(lineTokens);
    hits.push(lineHits);
    for (const h of lineHits) out.push(fromHit(h));
  }
  if (model) {
    const stop = functionWords(language);
    const margin = articleMargin(out.length, gate) + reportingMargin(tokens, language, model.reporting);
    const repeats = model.positions ? repeatCounts(text, lines, tokens) : [];
    const scored: ScoredLine[] = [];
    const logits: Float64Array[] = [];
    for (let i = 0; i < lines.length; i++) {
      const position = { index: i, count: lines.length, repeats: repeats[i] };
      const s = scoreLine(model, text, lines[i], hits[i], language, position, tokens[i]);
      scored.push(s);
      logits.push(s.logits);
    }
    applyContext(model, logits);
    scored.forEach((s, i) =>
      out.push(
        ...fromModel(
          model,
          s,
          { text, stop, namesCapitalised: namesCapitalised(language), hits: hits[i] },
          gate,
          margin,
        ),
      ),
    );
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}
