// Scores persuasion techniques on the seeds' gold (gold.json `techniques`): recall of items and precision of spans.
import type { Technique } from '../src/core/article.js';
import type { Span } from '../src/core/span.js';
import { findSnippet, loadSeeds, overlapsSpan, ratio } from './seeds.js';
import type { EvalResult, Scorer } from './types.js';

const NAME = 'seeds.techniques';

interface GoldTechnique {
  snippet: string;
  label: string[];
  optional?: boolean;
  nth?: number;
}

interface Tally {
  required: number;
  found: number;
  predicted: number;
  overlapping: number;
  labelled: number;
  ignored: number;
}

function tallySeed(
  text: string,
  gold: GoldTechnique[],
  predicted: readonly Technique[],
  into: Tally,
): string[] {
  const missed: string[] = [];
  const items = gold.map((g) => ({ g, span: findSnippet(text, g.snippet, g.nth ?? 0) }));
  for (const { g, span } of items) {
    if (g.optional) continue;
    into.required++;
    if (span && predicted.some((p) => overlapsSpan(p, span) && g.label.includes(p.label))) into.found++;
    else missed.push(`${g.snippet} [${g.label.join('|')}]`);
  }
  const hit = (p: Technique, optional: boolean): Array<{ g: GoldTechnique; span: Span }> =>
    items.filter(
      (i): i is { g: GoldTechnique; span: Span } =>
        !!i.span && !!i.g.optional === optional && overlapsSpan(p, i.span),
    );
  for (const p of predicted) {
    const required = hit(p, false);
    if (required.length) {
      into.predicted++;
      into.overlapping++;
      if (required.some((r) => r.g.label.includes(p.label))) into.labelled++;
    } else if (hit(p, true).length) into.ignored++;
    else into.predicted++;
  }
  return missed;
}

async function score(): Promise<EvalResult[]> {
  const seeds = loadSeeds();
  if (!seeds.length) return [{ name: NAME, metrics: {}, skipped: '../shared is absent' }];
  const tally: Tally = { required: 0, found: 0, predicted: 0, overlapping: 0, labelled: 0, ignored: 0 };
  const notes: string[] = [];
  for (const seed of seeds) {
    const gold = (seed.gold.techniques ?? []) as GoldTechnique[];
    const missed = tallySeed(seed.text, gold, seed.record.techniques, tally);
    for (const m of missed) notes.push(`${seed.file}: missed ${m}`);
  }
  return [
    {
      name: NAME,
      metrics: {
        recall: ratio(tally.found, tally.required),
        precision: ratio(tally.overlapping, tally.predicted),
        precision_label_strict: ratio(tally.labelled, tally.predicted),
      },
      info: {
        required: tally.required,
        predicted_counted: tally.predicted,
        predicted_on_optional: tally.ignored,
      },
      notes,
    },
  ];
}

export const scorers: Scorer[] = [score];
