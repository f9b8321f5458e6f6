// Scores title, language, outlet, origin, published, body edges, removed lines and dates against seeds/gold.json.
import type { ArticleRecord } from '../src/core/contract.js';
import { findSnippet, loadSeeds, nameMatches, oneOf, overlapsSpan, ratio, type Seed } from './seeds.js';
import type { EvalResult, Scorer } from './types.js';

interface GoldOrigin {
  name: string | string[];
  country: string | null;
  affiliation: string | string[];
  evidence: string | null;
}

interface GoldItem {
  snippet: string;
  nth?: number;
  kind?: string[];
  value?: string | null;
  optional?: boolean;
}

/** Hits and totals per metric, summed over the seeds. */
class Tally {
  private readonly counts = new Map<string, { hit: number; total: number }>();
  add(metric: string, ok: boolean): void {
    const c = this.counts.get(metric) ?? { hit: 0, total: 0 };
    this.counts.set(metric, { hit: c.hit + (ok ? 1 : 0), total: c.total + 1 });
  }
  metrics(): Record<string, number> {
    return Object.fromEntries([...this.counts].map(([k, c]) => [k, ratio(c.hit, c.total)]));
  }
}

function scoreOrigin(t: Tally, seed: Seed, gold: GoldOrigin | null | undefined): void {
  const o = seed.record.origin;
  if (gold === undefined) return;
  if (gold === null) {
    for (const m of ['origin_name', 'origin_country', 'origin_affiliation', 'origin_evidence'])
      t.add(m, o === null);
    return;
  }
  t.add('origin_name', nameMatches(o?.name, gold.name));
  t.add('origin_country', o !== null && o.country === gold.country);
  t.add('origin_affiliation', o !== null && oneOf(o.affiliation, gold.affiliation));
  const want = gold.evidence ? findSnippet(seed.text, gold.evidence) : null;
  t.add('origin_evidence', want !== null && o?.evidence != null && overlapsSpan(o.evidence, want));
}

function spanText(r: ArticleRecord, i: number): string {
  const s = r.body[i];
  return s ? r.text.slice(s.start, s.end) : '';
}

function scoreItems(t: Tally, seed: Seed): void {
  const r = seed.record;
  for (const item of (seed.gold.removed ?? []) as GoldItem[]) {
    const want = findSnippet(seed.text, item.snippet, item.nth ?? 0);
    t.add(
      'removed_recall',
      want !== null && r.removed.some((x) => overlapsSpan(x, want) && oneOf(x.kind, item.kind)),
    );
  }
  for (const item of (seed.gold.dates ?? []) as GoldItem[]) {
    if (item.optional) continue;
    const want = findSnippet(seed.text, item.snippet, item.nth ?? 0);
    t.add(
      'dates_recall',
      want !== null && r.dates.some((d) => overlapsSpan(d, want) && d.value === (item.value ?? null)),
    );
  }
}

function scoreSeed(t: Tally, seed: Seed): void {
  const r = seed.record;
  const g = seed.gold as Record<string, unknown>;
  if (g.title !== undefined) t.add('title', (r.title?.text.trim() ?? null) === g.title);
  if (g.language !== undefined) t.add('language', oneOf(r.language, g.language as string | string[]));
  if (g.outlet !== undefined)
    t.add(
      'outlet',
      g.outlet === null ? r.outlet === null : nameMatches(r.outlet?.name, g.outlet as string[]),
    );
  scoreOrigin(t, seed, g.origin as GoldOrigin | null | undefined);
  if (g.published !== undefined)
    t.add('published', oneOf(r.published, g.published as string | string[] | null));
  if (typeof g.body_first === 'string') t.add('body_first', spanText(r, 0).startsWith(g.body_first));
  if (typeof g.body_last === 'string')
    t.add('body_last', spanText(r, r.body.length - 1).endsWith(g.body_last));
  scoreItems(t, seed);
}

async function score(): Promise<EvalResult[]> {
  const seeds = loadSeeds();
  if (seeds.length === 0) return [{ name: 'seeds.identify', metrics: {}, skipped: '../shared is absent' }];
  const t = new Tally();
  for (const seed of seeds) scoreSeed(t, seed);
  return [{ name: 'seeds.identify', metrics: t.metrics(), info: { seeds: seeds.length } }];
}

export const scorers: Scorer[] = [score];

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await score()) console.log(JSON.stringify(r, null, 1));
}
