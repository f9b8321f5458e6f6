// The one conformance suite every Store adapter must pass (SQLite now, PostgreSQL later): call it from a test file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleRecord } from '../core/contract.js';
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
