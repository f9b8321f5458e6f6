// The corpus stage end to end on SQLite: copies and stories found on a small written corpus, and the same results
// whatever order (and batch sizes) the articles arrive in (fast-check shuffles them).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bareRecord, type ArticleRecord } from '../core/contract.js';
import { linkRecords } from '../corpus/link.js';
import { openCorpusStore, openStore } from './compose.js';
import { ingestPaths } from './ingest.js';

const FILLER =
  'officials said that the situation remained tense while residents waited for more news about what happened next in the area'.split(
    ' ',
  );

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** A paragraph about an event: its names and figures among filler words, different for every seed. */
function paragraph(names: string[], seed: number): string {
  const r = rng(seed);
  const words = Array.from({ length: 22 }, () => FILLER[Math.floor(r() * FILLER.length)]);
  words.splice(
    3,
    0,
    names[Math.floor(r() * names.length)],
    String(names[0].length * 37 + Math.floor(r() * 3)),
  );
  words.splice(12, 0, names[Math.floor(r() * names.length)]);
  return `${words.join(' ')}.`;
}

function record(
  input: string,
  lines: string[],
  published: string,
  outlet: string,
  origin: string | null = null,
): ArticleRecord {
  const text = lines.join('\n');
  const evidence = origin ? text.indexOf(`Source: ${origin}`) : -1;
  return bareRecord(input, text, {
    language: 'en',
    outlet: { name: outlet, domain: null },
    origin: origin
      ? {
          name: origin,
          domain: null,
          country: null,
          affiliation: 'unknown',
          evidence:
            evidence >= 0
              ? { start: evidence, end: evidence + 8 + origin.length, text: `Source: ${origin}` }
              : null,
        }
      : null,
    published,
  });
}

const EVENTS = [
  { names: ['Karvosk', 'Miren', 'Daltova'], day: '2024-03-02' },
  { names: ['Ostrel', 'Vannik', 'Prezno'], day: '2024-03-03' },
  { names: ['Karvosk', 'Lumbar', 'Tessino'], day: '2024-07-20' },
];

function corpus(): ArticleRecord[] {
  const out: ArticleRecord[] = [];
  EVENTS.forEach((e, k) => {
    const body = (seed: number): string[] =>
      Array.from({ length: 6 }, (_, i) => paragraph(e.names, seed * 100 + i));
    const original = body(k * 10 + 1);
    const next = e.day.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0'));
    out.push(record(`ev${k}-original.txt`, ['Home | World', ...original, 'Share'], e.day, `Wire ${k}`));
    out.push(
      record(
        `ev${k}-verbatim.txt`,
        ['Latest', ...original, `Source: Wire ${k}`],
        next,
        `Echo ${k}`,
        `Wire ${k}`,
      ),
    );
    out.push(record(`ev${k}-partial.txt`, ['News', ...original.slice(0, 3)], next, `Digest ${k}`));
    out.push(record(`ev${k}-independent.txt`, ['Front page', ...body(k * 10 + 2)], e.day, `Daily ${k}`));
  });
  return out;
}

interface Result {
  copies: string[];
  stories: string[];
}

async function link(records: readonly ArticleRecord[], batch: number): Promise<Result> {
  const store = await openStore(':memory:');
  const corpus = await openCorpusStore(store);
  for (let i = 0; i < records.length; i += batch) {
    const part = records.slice(i, i + batch);
    await store.putMany(part);
    await linkRecords(corpus, part);
  }
  const copies = (await corpus.copies())
    .map((c) => `${c.sourceInput} → ${c.copyInput} ${c.kind} ${c.direction} ${c.similarity}`)
    .sort();
  const stories = (await corpus.stories())
    .map(
      (s) =>
        `${s.id.slice(0, 8)}: ${s.members
          .map((m) => m.input)
          .sort()
          .join(' ')}`,
    )
    .sort();
  await store.close();
  return { copies, stories };
}

describe('corpus linking', () => {
  it('finds each copy with its kind and direction, and groups each event into one story', async () => {
    const r = await link(corpus(), 5);
    const kinds = r.copies
      .filter((c) => c.includes('original.txt →'))
      .map((c) => c.split(' ').slice(0, 5).join(' '));
    assert.deepEqual(kinds, [
      'ev0-original.txt → ev0-partial.txt partial inferred',
      'ev0-original.txt → ev0-verbatim.txt verbatim known',
      'ev1-original.txt → ev1-partial.txt partial inferred',
      'ev1-original.txt → ev1-verbatim.txt verbatim known',
      'ev2-original.txt → ev2-partial.txt partial inferred',
      'ev2-original.txt → ev2-verbatim.txt verbatim known',
    ]);
    assert.ok(!r.copies.some((c) => c.includes('independent')), 'independent coverage is not a copy');
    assert.equal(r.stories.length, 3, r.stories.join('\n'));
    for (const s of r.stories) assert.equal(s.split(' ').length - 1, 4, s);
  });

  it('gives the same copies and stories whatever the arrival order and batch size', async () => {
    const records = corpus();
    const expected = await link(records, records.length);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
        fc.integer({ min: 1, max: 7 }),
        async (shuffled, batch) => {
          assert.deepEqual(await link(shuffled, batch), expected);
        },
      ),
      { numRuns: 12, seed: 6 },
    );
  });

  it('links an article once: a second pass adds nothing', async () => {
    const store = await openStore(':memory:');
    const corpus = await openCorpusStore(store);
    const records = corpus_();
    await store.putMany(records);
    const first = await linkRecords(corpus, records);
    const second = await linkRecords(corpus, records);
    assert.equal(first.articles, records.length);
    assert.equal(second.articles, 0);
    await store.close();
  });
});

describe('crash safety', () => {
  it('links articles a stopped run stored but never linked when the next ingest starts', async () => {
    const store = await openStore(':memory:');
    const linked = await openCorpusStore(store);
    const records = corpus();
    await store.putMany(records);
    await linkRecords(linked, records.slice(0, 3));
    assert.equal((await linked.unlinked(100)).length, records.length - 3);
    await ingestPaths(store, [], { corpus: linked, workers: 0 });
    assert.deepEqual(await linked.unlinked(100), []);
    const placed = await linked.storiesOf(records.map((r) => r.id));
    assert.equal(placed.size, records.length);
    assert.equal((await linked.stories()).length, 3);
    await store.close();
  });
});

function corpus_(): ArticleRecord[] {
  return corpus().slice(0, 4);
}
