// The one conformance suite every Store adapter must pass (SQLite now, PostgreSQL later): call it from a test file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleRecord } from '../core/contract.js';
import type { CorpusDoc, CorpusStore } from '../core/corpus-store.js';
import { articleId } from '../core/ids.js';
import type { Store } from '../core/store.js';

/** A fully populated record written by hand, so every layer table is exercised. */
export function sampleRecord(
  input: string,
  text: string,
  published: string | null = '2024-03-12',
): ArticleRecord {
  const at = (s: string): { start: number; end: number; text: string } => {
    const start = text.indexOf(s);
    assert.ok(start >= 0, `fixture text lacks "${s}"`);
    return { start, end: start + s.length, text: s };
  };
  const title = at(text.split('\n')[0]);
  const speaker = at('Maria Ivanova');
  const quote = at('the convoy carried only grain');
  const cue = at('said');
  return {
    input,
    id: articleId(text),
    error: null,
    text,
    language: 'en',
    title,
    outlet: { name: 'Harbour Gazette', domain: 'harbour-gazette.example' },
    origin: {
      name: 'Coastal Wire',
      domain: null,
      country: 'XX',
      affiliation: 'unknown',
      evidence: at('Source: Coastal Wire'),
    },
    published,
    body: [{ start: title.end + 1, end: text.indexOf('\nSource:') }],
    removed: [
      { start: text.indexOf('Source:'), end: text.length, kind: 'source-credit', rule: 'test:credit' },
    ],
    dates: [{ ...at('Tuesday'), value: published }],
    entities: [
      {
        id: 'e1',
        name: 'Maria Ivanova',
        type: 'person',
        roles: ['port director'],
        rule: 'test',
        mentions: [{ ...speaker, form: 'name', rule: 'test' }],
      },
    ],
    quotes: [
      {
        start: quote.start,
        end: quote.end,
        kind: 'indirect',
        cue,
        speaker: { name: 'Maria Ivanova', entity: 'e1', start: speaker.start, end: speaker.end },
        rule: 'test',
      },
    ],
    claims: [
      {
        id: 'c1',
        summary: 'The convoy carried only grain',
        span: { start: quote.start, end: quote.end },
        signature: 'convoy|CARRY|grain',
        stances: [
          {
            holder: { name: 'Maria Ivanova', entity: 'e1' },
            stance: 'asserts',
            span: { start: cue.start, end: cue.end },
            rule: 'test',
          },
        ],
        rule: 'test',
      },
    ],
    techniques: [{ start: quote.start, end: quote.start + 10, label: 'Doubt', rule: 'test' }],
    meta: { format: 'text', encoding: 'utf-8', url: null, publishedSource: 'inferred', stages: ['test@1'] },
  };
}

export const SAMPLE_TEXT =
  'Port director denies convoy report\nOn Tuesday Maria Ivanova said the convoy carried only grain, and the Étoile harbour stayed open.\nSource: Coastal Wire';

export function storeConformance(adapter: string, open: () => Promise<Store>): void {
  describe(`Store conformance: ${adapter}`, () => {
    it('round-trips a record exactly and is idempotent by id', async () => {
      const store = await open();
      const record = sampleRecord('a.txt', SAMPLE_TEXT);
      assert.deepEqual(await store.put(record), { id: record.id, status: 'inserted' });
      assert.deepEqual(await store.put(record), { id: record.id, status: 'exists' });
      assert.equal(await store.count(), 1);
      assert.deepEqual(await store.get(record.id), record);
      assert.equal(await store.get('nope'), null);
      await store.close();
    });

    it('knows stored inputs, including a second name for the same text', async () => {
      const store = await open();
      const record = sampleRecord('a.txt', SAMPLE_TEXT);
      await store.putMany([record, { ...record, input: 'copy-of-a.txt' }]);
      assert.equal(await store.hasInput('a.txt'), true);
      assert.equal(await store.hasInput('copy-of-a.txt'), true);
      assert.equal(await store.hasInput('b.txt'), false);
      assert.equal(await store.has(record.id), true);
      assert.equal(await store.count(), 1);
      await store.close();
    });

    it('searches without diacritics and marks the terms', async () => {
      const store = await open();
      await store.put(sampleRecord('a.txt', SAMPLE_TEXT));
      const hits = await store.search('etoile', { mark: { open: '[', close: ']' } });
      assert.equal(hits.length, 1);
      assert.match(hits[0].snippet, /\[Étoile\]/);
      assert.deepEqual(await store.search('nonexistentword'), []);
      assert.deepEqual(await store.search('"unbalanced AND ('), []);
      await store.close();
    });

    it('reports the corpus from the layer tables', async () => {
      const store = await open();
      const other = SAMPLE_TEXT.replace('stayed open', 'stayed closed');
      await store.putMany([sampleRecord('a.txt', SAMPLE_TEXT), sampleRecord('b.txt', other, '2024-04-01')]);
      await store.putFailure('bad.bin', { code: 'E_BINARY', message: 'binary' });
      const report = await store.report();
      assert.equal(report.articles, 2);
      assert.equal(report.failures, 1);
      assert.deepEqual(report.byOutlet, [{ key: 'Harbour Gazette', count: 2 }]);
      assert.deepEqual(
        report.byMonth.map((r) => r.key),
        ['2024-04', '2024-03'],
      );
      assert.equal(report.topSpeakers[0].name, 'Maria Ivanova');
      assert.equal(report.topSpeakers[0].quotes, 2);
      assert.equal(report.topEntities[0].articles, 2);
      assert.equal(report.topClaims[0].articles, 2);
      assert.deepEqual(report.topClaims[0].stances, { asserts: 2 });
      await store.close();
    });

    it('forgets a failure once the input is stored', async () => {
      const store = await open();
      await store.putFailure('a.txt', { code: 'E_STAGE', message: 'crashed' });
      await store.put(sampleRecord('a.txt', SAMPLE_TEXT));
      assert.equal((await store.report()).failures, 0);
      await store.close();
    });
  });
}

/** Two docs and the copy edge between them, written by hand for the corpus port's conformance cases. */
function corpusDoc(record: ArticleRecord, over: Partial<CorpusDoc> = {}): CorpusDoc {
  return {
    id: record.id,
    input: record.input,
    language: 'en',
    published: record.published,
    day: 19794,
    storyDay: 19794,
    title: record.title?.text ?? null,
    outlet: 'Harbour Gazette',
    outletDomain: null,
    origin: null,
    originDomain: null,
    originEvidence: null,
    paragraphs: record.body,
    creditLines: ['Source: Coastal Wire'],
    shingles: 10,
    storyKeys: ['n:ivanova', 'n:etoile'],
    fingerprint: ['n:ivanova'],
    ...over,
  };
}

export function corpusStoreConformance(
  adapter: string,
  open: () => Promise<{ store: Store; corpus: CorpusStore }>,
): void {
  describe(`CorpusStore conformance: ${adapter}`, () => {
    const a = sampleRecord('a.txt', SAMPLE_TEXT);
    const b = sampleRecord('b.txt', SAMPLE_TEXT.replace('stayed open', 'stayed shut'), '2024-03-13');

    it('round-trips docs with their text, and finds LSH candidates by shared bands', async () => {
      const { store, corpus } = await open();
      await store.putMany([a, b]);
      await corpus.unit(async () => {
        await corpus.putDoc(corpusDoc(a));
        await corpus.putDoc(corpusDoc(b, { day: 19795, storyDay: 19795 }));
        await corpus.addLshKeys(a.id, [1, 2, 3]);
        await corpus.addLshKeys(b.id, [2, 3, 4]);
      });
      assert.equal(await corpus.hasDoc(a.id), true);
      const docs = await corpus.getDocs([b.id, a.id]);
      assert.deepEqual(docs.map((d) => d.input).sort(), ['a.txt', 'b.txt']);
      assert.equal(docs.find((d) => d.id === a.id)?.text, SAMPLE_TEXT);
      assert.equal((await corpus.getDocs([a.id], { text: false }))[0].text, '');
      const light = await corpus.storyDocs([a.id]);
      assert.deepEqual(light, [
        {
          id: a.id,
          language: 'en',
          storyDay: 19794,
          storyKeys: ['n:ivanova', 'n:etoile'],
          fingerprint: ['n:ivanova'],
        },
      ]);
      assert.deepEqual(
        await corpus.lshCandidates([3, 4], 10),
        [
          { id: b.id, bands: 2 },
          { id: a.id, bands: 1 },
        ].sort((x, y) => y.bands - x.bands),
      );
      assert.deepEqual(await corpus.lshCandidates([99], 10), []);
      await store.close();
    });

    it('finds story candidates by key within the time window only', async () => {
      const { store, corpus } = await open();
      await store.putMany([a, b]);
      await corpus.addStoryKeys(a.id, ['n:x', 'n:y'], 100);
      await corpus.addStoryKeys(b.id, ['n:y'], 110);
      assert.deepEqual(await corpus.storyCandidates(['n:y'], 102, 4, 10), [a.id]);
      assert.deepEqual(await corpus.storyCandidates(['n:y'], null, 4, 10), [a.id, b.id].sort());
      assert.deepEqual(await corpus.storyCandidates(['n:z'], 100, 4, 10), []);
      await store.close();
    });

    it('reads the postings nearest the day first, ties in id order, at most perKey of them', async () => {
      const { store, corpus } = await open();
      // day: ids posted under one key (out of id order, to show the order is the store's, not the insertion's).
      const postings: Array<[number, string[]]> = [
        [100, ['p-d', 'p-b']],
        [99, ['p-f', 'p-c']],
        [101, ['p-a', 'p-e']],
        [103, ['p-g']],
        [105, ['p-h']],
      ];
      for (const [day, ids] of postings) for (const id of ids) await corpus.addStoryKeys(id, ['n:k'], day);
      const nearest = async (perKey: number): Promise<string[]> =>
        corpus.storyCandidates(['n:k'], 100, 4, perKey);
      assert.deepEqual(await nearest(2), ['p-b', 'p-d']);
      // Day 99 and 101 are as near: their four ids in id order, the first two taken.
      assert.deepEqual(await nearest(4), ['p-a', 'p-b', 'p-c', 'p-d']);
      assert.deepEqual(await nearest(7), ['p-a', 'p-b', 'p-c', 'p-d', 'p-e', 'p-f', 'p-g']);
      // Day 105 is outside the 4-day window.
      assert.deepEqual(await nearest(20), ['p-a', 'p-b', 'p-c', 'p-d', 'p-e', 'p-f', 'p-g']);
      await store.close();
    });

    it('stores copy edges and lists them by input names, with the laundering graph', async () => {
      const { store, corpus } = await open();
      await store.putMany([a, b]);
      await corpus.putDoc(corpusDoc(a));
      await corpus.putDoc(corpusDoc(b, { outlet: 'Copy Daily', origin: 'Harbour Gazette' }));
      const alignment = { same: 1, rewritten: 0, removed: 0, added: 0, reordered: false };
      await corpus.putCopy({
        source: a.id,
        copy: b.id,
        kind: 'edited',
        similarity: 0.8,
        direction: 'known',
        evidence: 'credit',
        credited: true,
        delayDays: 1,
        alignment,
      });
      const copies = await corpus.copies();
      assert.equal(copies.length, 1);
      assert.deepEqual(
        [copies[0].sourceInput, copies[0].copyInput, copies[0].kind, copies[0].direction],
        ['a.txt', 'b.txt', 'edited', 'known'],
      );
      assert.deepEqual(copies[0].alignment, alignment);
      const graph = await corpus.laundering();
      assert.deepEqual(
        [graph[0].outlet, graph[0].origin, graph[0].copies, graph[0].medianDelayDays],
        ['Copy Daily', 'Harbour Gazette', 1, 1],
      );
      await store.close();
    });

    it('merges stories into one id and keeps the claim ledger by signature and by family', async () => {
      const { store, corpus } = await open();
      await store.putMany([a, b]);
      await corpus.putDoc(corpusDoc(a));
      await corpus.putDoc(corpusDoc(b));
      await corpus.joinStory(a.id, a.id, []);
      await corpus.joinStory(b.id, b.id, []);
      assert.equal(new Set((await corpus.storiesOf([a.id, b.id])).values()).size, 2);
      assert.deepEqual(
        await corpus.storySizes([a.id, b.id], 10),
        new Map([
          [a.id, 1],
          [b.id, 1],
        ]),
      );
      await corpus.joinStory(b.id, a.id, [b.id]);
      assert.deepEqual(await corpus.storySizes([a.id], 1), new Map([[a.id, 1]]));
      const stories = await corpus.stories();
      assert.equal(stories.length, 1);
      assert.deepEqual(stories[0].members.map((m) => m.input).sort(), ['a.txt', 'b.txt']);
      assert.equal(stories[0].claims[0].signature, 'convoy|CARRY|grain');
      await corpus.putClaimFamilies(a.id, [{ claimId: 'c1', family: 'convoy|TRANSPORT|grain' }]);
      const ledger = await corpus.claimLedger();
      assert.deepEqual(
        [ledger[0].signature, ledger[0].articles, ledger[0].stances[0].stance],
        ['convoy|CARRY|grain', 2, 'asserts'],
      );
      const families = await corpus.claimLedger({ by: 'family' });
      assert.ok(families.some((f) => f.signature === 'convoy|TRANSPORT|grain'));
      await store.close();
    });

    it('resolves a surname to the full name whichever comes first', async () => {
      for (const order of [0, 1]) {
        const { store, corpus } = await open();
        await store.putMany([a, b]);
        const base = { type: 'person' as const, language: 'en', roles: [], day: 1, mentions: 1 };
        const full = {
          ...base,
          articleId: a.id,
          localId: 'e1',
          key: 'person:maria ivanova',
          aliasKeys: ['person:~ivanova'],
          name: 'Maria Ivanova',
        };
        const short = {
          ...base,
          articleId: b.id,
          localId: 'e1',
          key: 'person:~ivanova',
          aliasKeys: [],
          name: 'Ivanova',
          roles: ['director'],
        };
        await corpus.resolveEntities(order === 0 ? [full, short] : [short, full]);
        const entities = await corpus.entities();
        assert.equal(entities.length, 1, `order ${order}`);
        assert.equal(entities[0].articles, 2);
        assert.equal(entities[0].quotes, 2);
        assert.deepEqual(
          entities[0].roles.map((r) => r.role),
          ['director'],
        );
        await store.close();
      }
    });
  });
}
