// CLI behaviour: exit codes, stdout holding only JSON lines, errors on stderr, and the ingest/report/search flow.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { errorRecordSchema } from '../core/contract-schema.js';

const bin = fileURLToPath(new URL('../../bin/echotrace.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'echotrace-cli-'));

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, ECHOTRACE_FROM_SOURCE: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const good = join(dir, 'good.txt');
writeFileSync(
  good,
  'Accueil / Monde\n\nUn titre de test\n\nLe ministre a déclaré mardi que la trêve tiendrait.\n\nPartager cet article\n',
);
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const binary = join(dir, 'bin.txt');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5]));

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  const lines = stdout.split('\n').filter((l) => l !== '');
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('echotrace analyze', () => {
  it('prints only JSON lines on stdout and exits 0 when all inputs are analysed', () => {
    const r = run(['analyze', good, '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    const records = jsonLines(r.stdout);
    assert.equal(records.length, 1);
    assert.equal(records[0].input, good);
    assert.equal(records[0].error, null);
  });

  it('gives each rejected input an error record, goes on, and exits 1', () => {
    const r = run(['analyze', empty, binary, good, join(dir, 'missing.txt'), '--workers', '2']);
    assert.equal(r.status, 1);
    const records = jsonLines(r.stdout);
    assert.deepEqual(
      records.map((x) => (x.error as { code: string } | null)?.code ?? 'ok'),
      ['E_EMPTY', 'E_BINARY', 'ok', 'E_NOT_FOUND'],
    );
    assert.match(r.stderr, /E_BINARY/);
  });

  it('reads standard input with -', () => {
    const r = run(['analyze', '-'], 'Un texte venu de l’entrée standard.\n');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(jsonLines(r.stdout)[0].input, '-');
  });

  it('prints a readable report with --format pretty', () => {
    const r = run(['analyze', good, '--format', 'pretty']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /input\s+.*good\.txt/);
    assert.match(r.stdout, /outlet/);
  });

  it('reads JSONL records on standard input', () => {
    const r = run(['analyze', '-'], '{"text":"Premier article."}\n{"html":"<p>Second article.</p>"}\n');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      jsonLines(r.stdout).map((x) => x.input),
      ['-#L1', '-#L2'],
    );
  });

  it('gives error records every field, empty, so consumers can iterate any line', () => {
    const [record] = jsonLines(run(['analyze', empty]).stdout);
    assert.equal(errorRecordSchema.safeParse(record).success, true, JSON.stringify(record));
  });

  it('exits 2 on usage errors', () => {
    assert.equal(run(['analyze', good, '--reference-date', '2024-02-30']).status, 2);
    assert.equal(run(['analyze', good, '--format', 'xml']).status, 2);
    assert.equal(run(['analyze']).status, 2);
    assert.equal(run(['no-such-command']).status, 2);
  });
});

describe('echotrace ingest, report, search', () => {
  const db = join(dir, 'corpus.db');

  it('ingests idempotently and skips what is stored', () => {
    const first = run(['ingest', good, empty, '--db', db, '--workers', '0']);
    assert.equal(first.status, 1);
    assert.match(first.stderr, /1 stored/);
    const again = run(['ingest', good, '--db', db, '--workers', '0']);
    assert.equal(again.status, 0);
    assert.match(again.stderr, /0 stored.*1 skipped/);
  });

  it('reports the corpus as text and as JSON', () => {
    const text = run(['report', '--db', db]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Corpus: 1 articles, 1 inputs rejected/);
    const json = JSON.parse(run(['report', '--db', db, '--format', 'json']).stdout) as { articles: number };
    assert.equal(json.articles, 1);
    assert.equal(run(['report', '--db', join(dir, 'none.db')]).status, 2);
    const notDb = run(['report', '--db', good]);
    assert.equal(notDb.status, 1);
    assert.match(notDb.stderr, /E_STORE/);
  });

  it('searches with accents ignored', () => {
    const r = run(['search', 'treve', '--db', db, '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    const hits = jsonLines(r.stdout);
    assert.equal(hits.length, 1);
    assert.match(String(hits[0].snippet), /⟦trêve⟧/);
    assert.equal(run(['search', 'treve', '--db', db, '--limit', '0']).status, 2);
    assert.equal(run(['search', ' ', '--db', db]).status, 2);
  });
});

describe('help and version', () => {
  it('has --help on every command and --version', () => {
    for (const cmd of ['analyze', 'ingest', 'report', 'search', 'demo']) {
      const r = run([cmd, '--help']);
      assert.equal(r.status, 0, cmd);
      assert.match(r.stdout, /Usage: echotrace/);
    }
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });
});
