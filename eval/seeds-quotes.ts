// Scores entities and quotes (who said what) on ../shared/seeds/gold.json: recall, precision, speakers, captions.
import type { Entity, Quote, RemovedSpan } from '../src/core/article.js';
import type { Span } from '../src/core/span.js';
import { findSnippet, nameMatches, ratio, type SeedGold } from './seeds.js';
import { sharedDir, type EvalResult, type Scorer } from './types.js';

interface GoldQuote {
  snippet: string;
  speaker: string[] | null;
  optional?: boolean;
  nth?: number;
}

interface GoldEntity {
  name: string[];
  type: string;
  optional?: boolean;
}

/** What one seed's analysis says about entities and quotes. */
export interface SeedOutput {
  entities: readonly Entity[];
  quotes: readonly Quote[];
  removed: readonly Pick<RemovedSpan, 'start' | 'end' | 'kind'>[];
}

export interface SeedCounts {
  quotesGold: number;
  quotesFound: number;
  speakersRight: number;
  predicted: number;
  predictedRight: number;
  entitiesGold: number;
  entitiesFound: number;
  entitiesPredicted: number;
  entitiesPredictedRight: number;
  captionEntities: number;
  captionNames: string[];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A predicted quote finds a gold one when it covers at least half of the gold snippet. */
function covers(pred: Span, gold: Span): boolean {
  return overlap(pred, gold) >= 0.5 * (gold.end - gold.start);
}

function speakerRight(q: Quote, gold: GoldQuote): boolean {
  if (gold.speaker === null) return q.speaker === null;
  return nameMatches(q.speaker?.name, gold.speaker);
}

/** Entities that name something (descriptions of unnamed people, "représentant nord-coréen", are not named entities). */
function named(entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => e.rule !== 'entities.role.descriptor');
}

function emptyCounts(predicted: number): SeedCounts {
  return {
    quotesGold: 0,
    quotesFound: 0,
    speakersRight: 0,
    predicted,
    predictedRight: 0,
    entitiesGold: 0,
    entitiesFound: 0,
    entitiesPredicted: 0,
    entitiesPredictedRight: 0,
    captionEntities: 0,
    captionNames: [],
  };
}

function scoreQuotes(text: string, gold: SeedGold, out: SeedOutput, c: SeedCounts): void {
  const quotes = (gold.quotes ?? []) as GoldQuote[];
  const spans = quotes.map((g) => findSnippet(text, g.snippet, g.nth ?? 0));
  quotes.forEach((g, i) => {
    const span = spans[i];
    if (g.optional || !span) return;
    c.quotesGold++;
    const hits = out.quotes
      .filter((q) => covers(q, span))
      .sort((a, b) => overlap(b, span) - overlap(a, span));
    if (hits.length === 0) return;
    c.quotesFound++;
    if (speakerRight(hits[0], g)) c.speakersRight++;
  });
  for (const q of out.quotes) {
    if (spans.some((s) => s && (covers(q, s) || overlap(q, s) >= 0.5 * (q.end - q.start))))
      c.predictedRight++;
  }
}

function scoreEntities(gold: SeedGold, out: SeedOutput, c: SeedCounts): void {
  const ents = (gold.entities ?? []) as GoldEntity[];
  const mine = named(out.entities);
  for (const g of ents) {
    if (g.optional) continue;
    c.entitiesGold++;
    if (mine.some((e) => e.type === g.type && nameMatches(e.name, g.name))) c.entitiesFound++;
  }
  c.entitiesPredicted = mine.length;
  c.entitiesPredictedRight = mine.filter((e) => ents.some((g) => nameMatches(e.name, g.name))).length;
  const captions = out.removed.filter((r) => r.kind === 'caption');
  const notEntities = (gold.not_entities ?? []) as string[];
  for (const e of out.entities) {
    const inCaption = e.mentions.some((m) => captions.some((r) => overlap(m, r) > 0));
    if (inCaption || notEntities.some((n) => nameMatches(e.name, n))) {
      c.captionEntities++;
      c.captionNames.push(e.name);
    }
  }
}

/** Counts for one seed: quotes found and their speakers, entities found and predicted, caption leaks. */
export function scoreSeed(text: string, gold: SeedGold, out: SeedOutput): SeedCounts {
  const c = emptyCounts(out.quotes.length);
  scoreQuotes(text, gold, out, c);
  scoreEntities(gold, out, c);
  return c;
}

export function summarise(counts: readonly SeedCounts[]): EvalResult['metrics'] {
  const sum = (k: keyof Omit<SeedCounts, 'captionNames'>): number => counts.reduce((a, c) => a + c[k], 0);
  return {
    quote_recall: ratio(sum('quotesFound'), sum('quotesGold')),
    quote_precision: ratio(sum('predictedRight'), sum('predicted')),
    speaker_accuracy: ratio(sum('speakersRight'), sum('quotesFound')),
    entity_recall: ratio(sum('entitiesFound'), sum('entitiesGold')),
    entity_precision: ratio(sum('entitiesPredictedRight'), sum('entitiesPredicted')),
    caption_clean: sum('captionEntities') === 0 ? 1 : 0,
  };
}

async function scoreSeeds(): Promise<EvalResult[]> {
  const name = 'seeds.quotes';
  if (!sharedDir()) return [{ name, metrics: {}, skipped: '../shared is absent' }];
  const { loadSeeds } = await import('./seeds.js');
  const seeds = loadSeeds();
  const counts = seeds.map((s) => scoreSeed(s.text, s.gold, s.record));
  const notes = counts.flatMap((c) =>
    c.captionNames.map((n) => `entity from removed text or not_entities: ${n}`),
  );
  return [
    {
      name,
      metrics: summarise(counts),
      info: { quotes: counts.reduce((a, c) => a + c.predicted, 0) },
      notes,
    },
  ];
}

export const scorers: Scorer[] = [scoreSeeds];
