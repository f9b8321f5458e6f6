// Corpus scorers: (a) a republication corpus generated from ../shared/datasets at eval time (copy pairs, kinds,
// direction, order independence), (b) examples/ copies, stories and narratives, (c) the two seeds: two stories, one family.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeItem } from '../src/app/analyze.js';
import { openCorpusStore, openStore } from '../src/app/compose.js';
import { bareRecord, type ArticleRecord } from '../src/core/contract.js';
import type { CorpusStore } from '../src/core/corpus-store.js';
import { linkRecords } from '../src/corpus/link.js';
import { generateCorpus, loadSourceTexts, prng, truePairs, type GenArticle } from '../bench/republish.js';
import type { EvalResult, Scorer } from './types.js';
import { sharedDir } from './types.js';

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

/** Analyses generated articles with the real pipeline; declared outlet and date stand in where identify found none. */
function analyseGenerated(articles: readonly GenArticle[]): {
  records: ArticleRecord[];
  filled: number;
  rejected: number;
} {
  const records: ArticleRecord[] = [];
  let filled = 0;
  let rejected = 0;
  for (const a of articles) {
    let r = analyzeItem({
      input: a.input,
      text: a.text,
      format: 'text',
      published: a.published,
      outlet: a.outlet,
      group: null,
    });
    if (r.error !== null) {
      // A per-article stage failed: the corpus stages are still measured on the bare text.
      rejected++;
      r = bareRecord(a.input, a.text);
    }
    if (r.outlet === null || r.published !== a.published) filled++;
    records.push({ ...r, outlet: r.outlet ?? { name: a.outlet, domain: null }, published: a.published });
  }
  return { records, filled, rejected };
}

async function linkAll(
  records: readonly ArticleRecord[],
  batch = 200,
): Promise<{ corpus: CorpusStore; close: () => Promise<void>; ms: number }> {
  const store = await openStore(':memory:');
  const corpus = await openCorpusStore(store);
  const started = performance.now();
  for (let i = 0; i < records.length; i += batch) {
    const part = records.slice(i, i + batch);
    await store.putMany(part);
    await linkRecords(corpus, part);
  }
  return { corpus, close: () => store.close(), ms: performance.now() - started };
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = prng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function snapshot(corpus: CorpusStore): Promise<{ copies: Set<string>; stories: Set<string> }> {
  const copies = new Set(
    (await corpus.copies()).map((c) => `${c.sourceInput}|${c.copyInput}|${c.kind}|${c.direction}`),
  );
  const stories = new Set(
    (await corpus.stories()).map((s) =>
      s.members
        .map((m) => m.input)
        .sort()
        .join('|'),
    ),
  );
  return { copies, stories };
}

const symDiff = (a: Set<string>, b: Set<string>): number =>
  [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;

async function generated(): Promise<EvalResult[]> {
  const shared = sharedDir();
  if (!shared) return [{ name: 'corpus.generated', metrics: {}, skipped: '../shared is absent' }];
  const gen = generateCorpus(loadSourceTexts(shared), { seed: 20231017, originals: 250, unrelated: 350 });
  const analysed = analyseGenerated(gen.articles);
  const records = shuffled(analysed.records, 7);
  const run = await linkAll(records);
  const found = await run.corpus.copies();
  const truth = truePairs(gen);
  const foundKeys = new Set(found.map((c) => pairKey(c.sourceInput, c.copyInput)));
  const tp = [...foundKeys].filter((k) => truth.has(k)).length;
  const byPair = new Map(found.map((c) => [pairKey(c.sourceInput, c.copyInput), c]));
  let kindRight = 0;
  let kindSeen = 0;
  let dirRight = 0;
  let dirSeen = 0;
  for (const t of gen.copies) {
    const f = byPair.get(pairKey(t.source, t.copy));
    if (!f) continue;
    kindSeen++;
    if (f.kind === t.kind) kindRight++;
    if (!t.knowable) continue;
    dirSeen++;
    if (f.sourceInput === t.source && f.direction !== 'unknown') dirRight++;
  }
  const first = await snapshot(run.corpus);
  await run.close();
  const again = await linkAll(shuffled(analysed.records, 99), 37);
  const second = await snapshot(again.corpus);
  await again.close();
  return [
    {
      name: 'corpus.generated',
      metrics: {
        copy_precision: ratio(tp, foundKeys.size),
        copy_recall: ratio(tp, truth.size),
        kind_accuracy: ratio(kindRight, kindSeen),
        direction_accuracy: ratio(dirRight, dirSeen),
      },
      info: {
        articles: records.length,
        true_pairs: truth.size,
        found_pairs: foundKeys.size,
        original_copy_pairs_scored_for_kind: kindSeen,
        knowable_directions: dirSeen,
        declared_outlet_or_date_filled: analysed.filled,
        rejected_by_a_stage_linked_bare: analysed.rejected,
        link_ms_per_article: Number((run.ms / records.length).toFixed(2)),
        order_copy_differences: symDiff(first.copies, second.copies),
        order_story_differences: symDiff(first.stories, second.stories),
        stories: first.stories.size,
      },
      notes: [
        'two arrival orders and batch sizes (200, 37) compared: order_*_differences counts edges/stories in one run only',
      ],
    },
  ];
}

interface Expected {
  copies: Array<{ source: string; copy: string; kind: string; direction: string }>;
  stories: Array<{ id: string; members: string[] }>;
  narratives: Array<{ id: string; stories: string[] }>;
}

function analyseFiles(dir: string, files: readonly string[]): ArticleRecord[] {
  return files.flatMap((f) => {
    const r = analyzeItem({
      input: f,
      bytes: readFileSync(join(dir, f)),
      format: /\.html?$/.test(f) ? 'html' : 'text',
      group: dir,
    });
    return r.error === null ? [r] : [];
  });
}

/** Pairwise precision/recall of "same group" over article pairs. */
function pairwise(found: string[][], truth: string[][]): { precision: number; recall: number } {
  const pairs = (groups: string[][]): Set<string> =>
    new Set(groups.flatMap((g) => g.flatMap((x) => g.filter((y) => x < y).map((y) => pairKey(x, y)))));
  const f = pairs(found);
  const t = pairs(truth);
  const tp = [...f].filter((k) => t.has(k)).length;
  return { precision: f.size === 0 ? 1 : tp / f.size, recall: ratio(tp, t.size) };
}

async function examples(): Promise<EvalResult[]> {
  const dir = fileURLToPath(new URL('../examples/', import.meta.url));
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort();
  const run = await linkAll(analyseFiles(dir, files));
  const copies = await run.corpus.copies();
  const got = new Map(copies.map((c) => [pairKey(c.sourceInput, c.copyInput), c]));
  const truth = new Map(expected.copies.map((c) => [pairKey(c.source, c.copy), c]));
  const tp = [...got.keys()].filter((k) => truth.has(k)).length;
  const matched = expected.copies.filter((c) => got.has(pairKey(c.source, c.copy)));
  const kindRight = matched.filter((c) => got.get(pairKey(c.source, c.copy))?.kind === c.kind).length;
  const knowable = matched.filter((c) => c.direction !== 'unknown');
  const dirRight = knowable.filter((c) => {
    const g = got.get(pairKey(c.source, c.copy));
    return g?.sourceInput === c.source && g.direction !== 'unknown';
  }).length;
  const stories = await run.corpus.stories();
  const storyScore = pairwise(
    stories.map((s) => s.members.map((m) => m.input)),
    expected.stories.map((s) => s.members),
  );
  const narratives = await narrativeRecall(run.corpus, expected);
  await run.close();
  return [
    {
      name: 'corpus.examples',
      metrics: {
        copy_precision: ratio(tp, got.size),
        copy_recall: ratio(tp, truth.size),
        kind_accuracy: ratio(kindRight, matched.length),
        direction_accuracy: ratio(dirRight, knowable.length),
        story_pair_precision: storyScore.precision,
        story_pair_recall: storyScore.recall,
        narrative_recall: narratives.recall,
      },
      info: {
        stories: stories.length,
        expected_stories: expected.stories.length,
        claim_families: narratives.families,
      },
      notes:
        narratives.families === 0
          ? ['no claim signatures in the records yet (claims stage): narratives cannot be found']
          : [],
    },
  ];
}

/** An expected narrative is found when one claim family holds articles of each of its stories. */
async function narrativeRecall(
  corpus: CorpusStore,
  expected: Expected,
): Promise<{ recall: number; families: number }> {
  const stories = await corpus.stories();
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const m of s.members) storyOf.set(m.id, s.id);
  const expectedStoryOfInput = new Map(
    expected.stories.flatMap((s) => s.members.map((m) => [m, s.id] as const)),
  );
  const ourToExpected = new Map<string, Set<string>>();
  for (const s of stories)
    for (const m of s.members)
      ourToExpected.set(
        s.id,
        (ourToExpected.get(s.id) ?? new Set()).add(expectedStoryOfInput.get(m.input) ?? '?'),
      );
  const families = (await corpus.claimLedger({ by: 'family' })).filter((f) => f.stories.length > 1);
  const found = expected.narratives.filter((n) =>
    families.some((f) =>
      n.stories.every((want) => f.stories.some((ours) => ourToExpected.get(ours)?.has(want))),
    ),
  ).length;
  return { recall: ratio(found, expected.narratives.length), families: families.length };
}

async function seeds(): Promise<EvalResult[]> {
  const shared = sharedDir();
  if (!shared) return [{ name: 'corpus.seeds', metrics: {}, skipped: '../shared is absent' }];
  const dir = join(shared, 'seeds');
  const records = analyseFiles(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort(),
  );
  const run = await linkAll(records);
  const stories = await run.corpus.stories();
  const families = await run.corpus.claimLedger({ by: 'family' });
  const shared2 = families.filter((f) => f.stories.length > 1);
  const signatures = records.flatMap((r) =>
    r.claims.map((c) => c.signature).filter((s): s is string => s !== null),
  );
  await run.close();
  return [
    {
      name: 'corpus.seeds',
      metrics: {
        different_stories: stories.length === 2 ? 1 : 0,
        one_claim_family: shared2.length > 0 ? 1 : 0,
      },
      info: {
        stories: stories.length,
        claim_signatures: signatures.length,
        families_across_stories: shared2.map((f) => f.signature).join(' ; ') || 'none',
      },
      notes:
        signatures.length === 0
          ? ['the records carry no claim signatures yet (claims stage): no family can be found']
          : [],
    },
  ];
}

export const scorers: Scorer[] = [generated, examples, seeds];
