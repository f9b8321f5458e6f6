// Scores the claim ledger (claims × holders × stances) on ../shared/seeds/gold.json `claims`.
//
// Matching rule. A gold stance is FOUND when some predicted claim has a stance
//   - whose holder name matches (seeds.ts `nameMatches`: contains one of the accepted names),
//   - whose stance is one of the accepted ones, and
//   - whose stance span or claim span overlaps the gold `evidence` snippet, or lies in the same sentence as it
//     (the sentence of the segment stage that holds the span's start; the title counts as one sentence).
// Recall counts required gold stances only (neither the stance nor its claim is `optional`).
// Precision: a predicted stance is RIGHT when it matches some gold stance (optional ones included) by the same
// rule; stances that match nothing are false positives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../src/app/compose.js';
import type { Article, Claim, ClaimStance } from '../src/core/article.js';
import type { Span } from '../src/core/span.js';
import { emptyContext } from '../src/core/stage.js';
import { itemToArticle } from '../src/ingest/to-article.js';
import { readClaims } from '../src/stages/claims/index.js';
import { findSnippet, nameMatches, oneOf, overlapsSpan, ratio } from './seeds.js';
import { sharedDir, type EvalResult, type Scorer } from './types.js';

interface GoldStance {
  holder: string[];
  stance: string | string[];
  evidence: string;
  optional?: boolean;
  nth?: number;
}

interface GoldClaim {
  key: string;
  summary: string;
  stances: GoldStance[];
  optional?: boolean;
}

interface Located extends GoldStance {
  claim: string;
  required: boolean;
  span: Span | null;
}

export interface ClaimCounts {
  required: number;
  found: number;
  predicted: number;
  right: number;
  perClaim: Record<string, { required: number; found: number }>;
  misses: string[];
  falsePositives: string[];
}

/** The sentence (or title) holding an offset, as a span; the offset alone when none holds it. */
function sentenceOf(article: Article, at: number): Span {
  const title = article.layers.title;
  if (title && title.start <= at && at < title.end) return title;
  const s = (article.layers.sentences ?? []).find((x) => x.start <= at && at < x.end);
  return s ?? { start: at, end: at + 1 };
}

function near(article: Article, span: Span, evidence: Span): boolean {
  if (overlapsSpan(span, evidence)) return true;
  const a = sentenceOf(article, span.start);
  const b = sentenceOf(article, evidence.start);
  return a.start === b.start && a.end === b.end;
}

export function stanceMatches(article: Article, claim: Claim, s: ClaimStance, g: Located): boolean {
  if (!g.span || !nameMatches(s.holder.name, g.holder) || !oneOf(s.stance as string, g.stance)) return false;
  return near(article, s.span, g.span) || near(article, claim.span, g.span);
}

function locate(text: string, claims: GoldClaim[]): Located[] {
  return claims.flatMap((c) =>
    c.stances.map((s) => ({
      ...s,
      claim: c.key,
      required: !c.optional && !s.optional,
      span: findSnippet(text, s.evidence, s.nth ?? 0),
    })),
  );
}

function describe(article: Article, s: ClaimStance): string {
  return `${s.holder.name} ${s.stance} «${article.text.slice(s.span.start, s.span.end)}»`;
}

export function scoreArticle(article: Article, goldClaims: GoldClaim[]): ClaimCounts {
  const gold = locate(article.text, goldClaims);
  const predicted = (article.layers.claims ?? []).flatMap((claim) =>
    claim.stances.map((s) => ({ claim, s })),
  );
  const c: ClaimCounts = {
    required: 0,
    found: 0,
    predicted: predicted.length,
    right: 0,
    perClaim: {},
    misses: [],
    falsePositives: [],
  };
  for (const g of gold) {
    if (!g.span) c.misses.push(`evidence not in text: ${g.evidence}`);
    if (!g.required) continue;
    const row = (c.perClaim[g.claim] ??= { required: 0, found: 0 });
    c.required++;
    row.required++;
    if (predicted.some((p) => stanceMatches(article, p.claim, p.s, g))) {
      c.found++;
      row.found++;
    } else c.misses.push(`${g.claim}: ${g.holder[0]} ${String(g.stance)} «${g.evidence}»`);
  }
  for (const p of predicted) {
    if (gold.some((g) => stanceMatches(article, p.claim, p.s, g))) c.right++;
    else c.falsePositives.push(describe(article, p.s));
  }
  return c;
}

interface SeedRun {
  file: string;
  article: Article;
  counts: ClaimCounts;
  claimsMs: number;
}

function runSeeds(shared: string): SeedRun[] {
  const dir = join(shared, 'seeds');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    articles: Record<string, { claims?: GoldClaim[] }>;
  };
  const pipeline = defaultPipeline();
  return Object.entries(gold.articles).map(([file, g]) => {
    const path = join(dir, file);
    const item = { input: path, bytes: readFileSync(path), format: 'text' as const, group: dir };
    const article = pipeline.run(itemToArticle(item), emptyContext);
    readClaims(article); // warm (lexicons load once per process)
    const started = performance.now();
    for (let i = 0; i < 50; i++) readClaims(article);
    const claimsMs = (performance.now() - started) / 50;
    return { file, article, counts: scoreArticle(article, g.claims ?? []), claimsMs };
  });
}

async function scoreSeeds(): Promise<EvalResult[]> {
  const name = 'seeds.claims';
  const shared = sharedDir();
  if (!shared) return [{ name, metrics: {}, skipped: '../shared is absent' }];
  if (!defaultPipeline().provides.includes('claims'))
    return [{ name, metrics: {}, skipped: 'no stage provides claims' }];
  const runs = runSeeds(shared);
  const sum = (k: 'required' | 'found' | 'predicted' | 'right'): number =>
    runs.reduce((a, r) => a + r.counts[k], 0);
  const notes = runs.flatMap((r) => [
    ...Object.entries(r.counts.perClaim).map(
      ([k, v]) => `${r.file.slice(0, 3)} ${k}: ${v.found}/${v.required}`,
    ),
    ...(r.article.layers.claims ?? []).map(
      (c) =>
        `${r.file.slice(0, 3)} claim ${c.signature ?? '(none)'} — ${c.summary} [${c.stances.length} stances]`,
    ),
    ...r.counts.misses.map((m) => `${r.file.slice(0, 3)} miss ${m}`),
    ...r.counts.falsePositives.map((m) => `${r.file.slice(0, 3)} false positive ${m}`),
  ]);
  const info = {
    claims: runs.reduce((a, r) => a + (r.article.layers.claims?.length ?? 0), 0),
    stances: sum('predicted'),
    claims_stage_ms_per_article: runs.reduce((a, r) => a + r.claimsMs, 0) / Math.max(1, runs.length),
  };
  const metrics = {
    stance_recall: ratio(sum('found'), sum('required')),
    stance_precision: ratio(sum('right'), sum('predicted')),
  };
  return [{ name, metrics, info, notes }];
}

export const scorers: Scorer[] = [scoreSeeds];
