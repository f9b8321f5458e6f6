// Runs the Store conformance suite against the SQLite adapter, plus SQLite-specific checks (file, WAL, migrations).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { corpusStoreConformance, storeConformance, sampleRecord, SAMPLE_TEXT } from '../conformance.case.js';
import { SqliteCorpusStore } from './corpus-store.js';
import { SqliteStore } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'echotrace-store-'));
let n = 0;

storeConformance('sqlite', async () => new SqliteStore(join(dir, `t${n++}.db`)));
corpusStoreConformance('sqlite', async () => {
  const store = new SqliteStore(join(dir, `c${n++}.db`));
  return { store, corpus: new SqliteCorpusStore(store.db) };
});

it('sqlite: keeps data across reopen, in WAL mode, with migrations recorded once', async () => {
  const path = join(dir, 'reopen.db');
  const a = new SqliteStore(path);
  await a.put(sampleRecord('a.txt', SAMPLE_TEXT));
  assert.equal(a.db.pragma('journal_mode', { simple: true }), 'wal');
  await a.close();
  const b = new SqliteStore(path);
  assert.equal(await b.count(), 1);
  const versions = b.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number };
  assert.ok(versions.n >= 1);
  await b.close();
});
