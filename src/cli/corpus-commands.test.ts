// `echotrace copies`, `stories` and `claims` on a small corpus written here: JSON lines on stdout, usage errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/echotrace.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'echotrace-corpus-cli-'));
const db = join(dir, 'corpus.db');

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ECHOTRACE_FROM_SOURCE: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BODY = [
  'The port authority of Veltmar said on Tuesday that a fire had broken out in a warehouse holding 4,200 tonnes of fertiliser.',
  'Firefighters from three districts fought the blaze for nine hours before it was brought under control, officials said.',
  'Harbour master Ilse Brandvik told reporters that no ships had been damaged and that the terminal would reopen within days.',
  'Local residents were told to keep their windows closed while the authorities measured the quality of the air near the docks.',
  'An inquiry into the cause of the fire will be led by the regional prosecutor, who said sabotage could not be ruled out.',
];
const corpus = join(dir, 'articles');
mkdirSync(corpus);
writeFileSync(
  join(corpus, 'a_original.txt'),
  ['Veltmar warehouse fire brought under control after nine hours', '', ...BODY.flatMap((p) => [p, ''])].join(
    '\n',
  ),
);
writeFileSync(
  join(corpus, 'b_copy.txt'),
  [
    'Breaking | Harbour news',
    '',
    'Veltmar warehouse fire brought under control after nine hours',
    '',
    ...BODY.flatMap((p) => [p, '']),
    'Source: Veltmar Post',
  ].join('\n'),
);
writeFileSync(
  join(corpus, 'c_other.txt'),
  'Orchestra season opens with a new conductor\n\nThe city orchestra opened its season on Saturday with a programme of symphonies under a conductor who arrived from abroad this summer.\n\nTickets for the remaining concerts are on sale at the box office and online, the management said.\n',
);

describe('echotrace copies, stories, claims', () => {
  it('ingests and lists the copy pair as one JSON line with the contract fields', () => {
    const ingest = run(['ingest', corpus, '--db', db, '--workers', '0']);
    assert.equal(ingest.status, 0, ingest.stderr);
    const r = run(['copies', '--db', db, '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 1, r.stdout);
    const pair = lines[0];
    assert.deepEqual([pair.source, pair.copy].map((x) => String(x).split('/').pop()).sort(), [
      'a_original.txt',
      'b_copy.txt',
    ]);
    assert.equal(pair.kind, 'verbatim');
    assert.ok(typeof pair.similarity === 'number' && pair.similarity > 0.8 && pair.similarity <= 1);
    assert.ok(['known', 'inferred', 'unknown'].includes(String(pair.direction)));
    assert.equal(typeof pair.evidence, 'string');
  });

  it('groups the copy with its source in one story and leaves the other article alone', () => {
    const r = run(['stories', '--db', db, '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    const stories = r.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as { members: string[] });
    assert.deepEqual(stories.map((s) => s.members.length).sort(), [1, 2]);
    const pretty = run(['stories', '--db', db]);
    assert.match(pretty.stdout, /Veltmar warehouse fire/);
  });

  it('prints the claim ledger (empty lines are fine) and the copies table', () => {
    assert.equal(run(['claims', '--db', db, '--format', 'jsonl']).status, 0);
    assert.equal(run(['claims', '--db', db, '--by', 'family']).status, 0);
    assert.match(run(['copies', '--db', db]).stdout, /Copy pairs \(1\)/);
  });

  it('exits 2 on a bad format or a missing database', () => {
    assert.equal(run(['copies', '--db', db, '--format', 'xml']).status, 2);
    assert.equal(run(['stories', '--db', join(dir, 'none.db')]).status, 2);
    assert.equal(run(['claims', '--db', db, '--by', 'nothing']).status, 2);
  });
});
