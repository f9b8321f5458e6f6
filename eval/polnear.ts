// Scores English attribution (quotes, cues, speakers) on PolNeAR dev: precision, recall, F1 and speaker accuracy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../src/core/article.js';
import type { Span } from '../src/core/span.js';
import { lineBlocks } from '../src/stages/blocks/index.js';
import { extractEntities, tokenView } from '../src/stages/entities/index.js';
import { extractQuotes } from '../src/stages/quotes/index.js';
import { segment } from '../src/stages/segment/index.js';
import { fold, ratio } from './seeds.js';
import { sharedDir, type EvalResult, type Scorer } from './types.js';

/** One gold attribution: its content fragments and the source span, if it has one. */
export interface GoldAttribution {
  content: Span[];
  source: Span | null;
  sourceText: string | null;
  cueText: string | null;
}

interface BratSpan {
  type: string;
  spans: Span[];
  text: string;
}

/** Parses a BRAT .ann file into attributions (relations whose first argument is an Attribution). */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, BratSpan>();
  const relations: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || body === undefined) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const ranges = rest
        .join(' ')
        .split(';')
        .map((r) => r.trim().split(' ').map(Number));
      spans.set(id, { type, spans: ranges.map(([start, end]) => ({ start, end })), text: text ?? '' });
    } else if (id.startsWith('E')) relations.push(body);
  }
  return relations.flatMap((rel) => {
    const args = new Map(rel.split(' ').map((a) => a.split(':') as [string, string]));
    const head = spans.get([...args.values()][0] ?? '');
    const content = spans.get(args.get('Content') ?? '');
    if (!head || !content || !head.type.startsWith('Attribution')) return [];
    const source = spans.get(args.get('Source') ?? '');
    const cue = spans.get(args.get('Cue') ?? '');
    return [
      {
        content: content.spans,
        source: source?.spans[0] ?? null,
        sourceText: source?.text ?? null,
        cueText: cue?.text ?? null,
      },
    ];
  });
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function coverage(q: Span, fragments: readonly Span[]): number {
  const total = fragments.reduce((n, f) => n + f.end - f.start, 0);
  return total === 0 ? 0 : fragments.reduce((n, f) => n + overlap(q, f), 0) / total;
}

/** The speaker is right when its span overlaps the gold source or it names the same person. */
function speakerRight(q: Quote, gold: GoldAttribution): boolean {
  if (!gold.source || !q.speaker) return false;
  if (overlap(q.speaker, gold.source) > 0) return true;
  const name = fold(q.speaker.name);
  const src = fold(gold.sourceText ?? '');
  const last = src
    .split(' ')
    .filter((w) => /^\p{L}{3,}$/u.test(w))
    .pop();
  return /^\p{Lu}/u.test(gold.sourceText ?? '') && last !== undefined && name.split(' ').includes(last);
}

export interface PolnearCounts {
  gold: number;
  found: number;
  withSource: number;
  speakersRight: number;
  predicted: number;
  predictedRight: number;
}

/** Our quotes on one English text: the body is every non-empty line. */
export function analyseEnglish(text: string): Quote[] {
  const body = lineBlocks(text).map((b) => ({ start: b.start, end: b.end }));
  const seg = segment(text, body, 'en');
  const view = tokenView(text, seg.tokens, seg.sentences);
  return extractQuotes(view, 'en', extractEntities('polnear', view, 'en'), body);
}

export function scoreText(quotes: readonly Quote[], gold: readonly GoldAttribution[]): PolnearCounts {
  const c: PolnearCounts = {
    gold: gold.length,
    found: 0,
    withSource: 0,
    speakersRight: 0,
    predicted: quotes.length,
    predictedRight: 0,
  };
  for (const g of gold) {
    const best = quotes
      .filter((q) => coverage(q, g.content) >= 0.5)
      .sort((a, b) => coverage(b, g.content) - coverage(a, g.content))[0];
    if (!best) continue;
    c.found++;
    if (g.source) {
      c.withSource++;
      if (speakerRight(best, g)) c.speakersRight++;
    }
  }
  c.predictedRight = quotes.filter((q) => gold.some((g) => coverage(q, g.content) >= 0.5)).length;
  return c;
}

/** Dev texts with one annotator's file each (the first by name when several annotated a text). */
export function loadPolnear(dir: string): Array<{ name: string; text: string; gold: GoldAttribution[] }> {
  const anns = readdirSync(join(dir, 'attributions')).sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const stem = f.replace(/\.txt$/, '');
      const ann = anns.find((a) => a.startsWith(stem + '_') || a === `${stem}.ann`);
      if (!ann) return [];
      const text = readFileSync(join(dir, 'text', f), 'utf8');
      return [{ name: stem, text, gold: parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8')) }];
    });
}

async function scorePolnear(): Promise<EvalResult[]> {
  const name = 'polnear.dev';
  const shared = sharedDir();
  if (!shared) return [{ name, metrics: {}, skipped: '../shared is absent' }];
  const started = performance.now();
  const counts = loadPolnear(join(shared, 'datasets', 'polnear', 'dev')).map((t) =>
    scoreText(analyseEnglish(t.text), t.gold),
  );
  const sum = (k: keyof PolnearCounts): number => counts.reduce((a, c) => a + c[k], 0);
  const precision = ratio(sum('predictedRight'), sum('predicted'));
  const recall = ratio(sum('found'), sum('gold'));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [
    {
      name,
      metrics: { precision, recall, f1, speaker_accuracy: ratio(sum('speakersRight'), sum('withSource')) },
      info: {
        texts: counts.length,
        gold: sum('gold'),
        predicted: sum('predicted'),
        seconds: (performance.now() - started) / 1000,
      },
    },
  ];
}

export const scorers: Scorer[] = [scorePolnear];
