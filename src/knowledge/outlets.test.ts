// Tests of the outlet knowledge: integrity of outlets.yaml, the loader's errors, and the index's lookups.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SKIP_NO_SHARED, sharedDirectory } from '../core/shared.js';
import { OutletIndex, loadOutlets, nameKey, outletIndex, parseOutlets } from './outlets.js';
import { knowledgeFile } from './paths.js';

const outlets = loadOutlets();
const index = outletIndex();

describe('outlets.yaml', () => {
  test('has at least 200 rows with unique ids, domains and aliases', () => {
    assert.ok(outlets.length >= 200, `only ${outlets.length} rows`);
    assert.equal(new Set(outlets.map((o) => o.id)).size, outlets.length);
    const domains = outlets.flatMap((o) => [...new Set(o.domains.map((d) => d.replace(/^www\./, '')))]);
    assert.equal(new Set(domains).size, domains.length, 'a domain is listed twice');
    const names = outlets.flatMap((o) => [...new Set([o.name, ...o.aliases].map(nameKey))]);
    assert.equal(new Set(names).size, names.length, 'an alias names two outlets');
  });

  test('every parent exists and every row cites a source', () => {
    const ids = new Set(outlets.map((o) => o.id));
    for (const o of outlets) {
      if (o.parent !== null) assert.ok(ids.has(o.parent), `${o.id}: parent ${o.parent}`);
      assert.ok(o.source.length > 5, `${o.id}: no source`);
    }
  });

  test('covers the main state media families', () => {
    for (const id of [
      'rt',
      'rt-france',
      'sputnik',
      'tass',
      'xinhua',
      'cgtn',
      'press-tv',
      'kcna',
      'telesur',
    ]) {
      assert.ok(index.get(id), id);
    }
    assert.equal(index.get('rt-france')?.parent, 'rt');
    assert.equal(index.parentOf(index.get('hispantv')!)?.id, 'irib');
  });
});

describe('OutletIndex.byName', () => {
  const cases: [string, string | null][] = [
    ['RT World News', 'rt'],
    ['russia today', 'rt'],
    ['FRENCH PRESS TV', 'press-tv'],
    ['Español Sputnik', 'sputnik'],
    ['PressTV', 'press-tv'],
    ['LIBERATION', 'liberation'],
    ['agence france-presse', 'afp'],
    ['Al Alam', 'al-alam'],
    ['Sputnik Belarus - Russian', 'sputnik-belarus'],
    ['RT Germany (old)', 'rt-de'],
    ['sputniknews.com', 'sputnik'],
    ['Some Local Gazette', null],
    ['French', null],
    ['', null],
  ];
  for (const [name, id] of cases) {
    test(`${JSON.stringify(name)} -> ${id}`, () => assert.equal(index.byName(name)?.id ?? null, id));
  }
});

describe('OutletIndex.byDomain', () => {
  const cases: [string, string | null][] = [
    ['sputniknews.com', 'sputnik'],
    ['francais.rt.com', 'rt-france'],
    ['news.francais.rt.com', 'rt-france'],
    ['unknown-service.rt.com', 'rt'],
    ['www.rt.com', 'rt'],
    ['https://WWW.RT.COM:443/russia/123-story?x=1', 'rt'],
    ['pl.sputniknews.com/polityka/', 'sputnik-poland'],
    ['radiosputnik.ria.ru', 'radio-sputnik'],
    ['ria.ru', 'ria-novosti'],
    ['example.org', null],
    ['com', null],
    ['not a host', null],
  ];
  for (const [host, id] of cases) {
    test(`${host} -> ${id}`, () => assert.equal(index.byDomain(host)?.id ?? null, id));
  }
});

describe('OutletIndex.findIn', () => {
  const found = (text: string) => index.findIn(text).map((m) => ({ id: m.outlet.id, text: m.text }));

  test('a credit line with a leading language word', () => {
    const text = 'Partager Cet Article\nSOURCE: FRENCH PRESS TV';
    const [match, ...rest] = index.findIn(text);
    assert.equal(rest.length, 0);
    assert.equal(match.outlet.id, 'press-tv');
    assert.equal(text.slice(match.start, match.end), 'PRESS TV');
  });

  test('prefers the longest alias at a place', () => {
    assert.deepEqual(found('Pyongyang répond — RT World News'), [{ id: 'rt', text: 'RT World News' }]);
    assert.deepEqual(found('selon Sputnik France.'), [{ id: 'sputnik-france', text: 'Sputnik France' }]);
  });

  test('short aliases match only as whole tokens written as listed', () => {
    assert.deepEqual(found('The art of the AP style, rt and Ap.'), [{ id: 'ap', text: 'AP' }]);
    assert.deepEqual(found('(Photo by Jane Doe/AFP) and dpa'), [
      { id: 'afp', text: 'AFP' },
      { id: 'dpa', text: 'dpa' },
    ]);
    assert.deepEqual(found('RTL and PARTY and ARTE'), []);
  });

  test('capitalised and accented aliases need the same in the text', () => {
    assert.deepEqual(found('the times are hard; the guardian of liberation'), []);
    assert.deepEqual(found("People's Liberation Army"), []);
    assert.deepEqual(found('selon Libération'), [{ id: 'liberation', text: 'Libération' }]);
  });

  test('tolerates punctuation between words but not line breaks', () => {
    assert.deepEqual(found('AL-ALAM reported'), [{ id: 'al-alam', text: 'AL-ALAM' }]);
    assert.deepEqual(found('Press\nTV'), []);
  });

  test('finds aliases in scripts written without spaces', () => {
    const text = '据新华社报道，环球时报称';
    assert.deepEqual(found(text), [
      { id: 'xinhua', text: '新华社' },
      { id: 'global-times', text: '环球时报' },
    ]);
  });

  test('offsets slice back to the matched text', () => {
    const text = 'Moscou (RIA Novosti) — d’après TASS, Reuters et Al Jazeera English.';
    const matches = index.findIn(text);
    assert.deepEqual(
      matches.map((m) => m.outlet.id),
      ['ria-novosti', 'tass', 'reuters', 'al-jazeera-english'],
    );
    for (const m of matches) assert.equal(text.slice(m.start, m.end), m.text);
  });
});

describe('parseOutlets errors', () => {
  const row = (over: Record<string, string>) =>
    Object.entries({
      id: 'a',
      name: 'A Daily',
      country: 'FR',
      affiliation: 'independent',
      kind: 'newspaper',
      languages: '[fr]',
      source: 'test',
      ...over,
    })
      .map(([k, v], i) => `${i === 0 ? '-' : ' '} ${k}: ${v}`)
      .join('\n');
  const fails = (yaml: string, pattern: RegExp) => assert.throws(() => parseOutlets(yaml), pattern);

  test('accepts a minimal valid file', () => {
    assert.equal(parseOutlets(row({}) + '\n' + row({ id: 'b', name: 'B', parent: 'a' })).length, 2);
  });
  test('names the row of a schema error', () => {
    fails(row({ affiliation: 'friendly' }), /E_KNOWLEDGE.*row 1 \(id "a"\) at affiliation/);
    fails(row({}) + '\n' + row({ id: 'b', name: 'B', country: 'XX' }), /row 2 \(id "b"\) at country/);
    fails(row({ id: 'Not Kebab' }), /row 1.*kebab-case/);
  });
  test('rejects duplicate ids, domains and aliases, and missing parents', () => {
    fails(row({}) + '\n' + row({ name: 'B' }), /row 2 \(id "a"\): duplicate id/);
    const withDomain = (id: string, name: string) => row({ id, name, domains: '[x.com]' });
    fails(withDomain('a', 'A') + '\n' + withDomain('b', 'B'), /row 2 \(id "b"\): domain "x.com" already/);
    fails(
      row({}) + '\n' + row({ id: 'b', name: 'A-DAILY' }),
      /row 2 \(id "b"\): alias "A-DAILY" already names "a"/,
    );
    fails(row({ parent: 'nowhere' }), /row 1 \(id "a"\): parent "nowhere" does not exist/);
    fails(row({ parent: 'a' }), /parent chain loops/);
  });
  test('rejects a file that is not a list', () => fails('id: a', /must be a list/));

  test('an index over a few rows works on its own', () => {
    const small = new OutletIndex(parseOutlets(row({ domains: '[a-daily.fr]' })));
    assert.equal(small.byDomain('www.a-daily.fr')?.id, 'a');
    assert.equal(small.byName('FRENCH A DAILY')?.id, 'a');
  });
});

// ---- coverage of the EUvsDisinfo case list (skipped without ../shared) ----------------------------

/** Minimal RFC 4180 reader: enough for the case list's quoted fields. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  const row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      row.push(field);
      field = '';
      if (ch === '\n') rows.push(row.splice(0));
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

// Entries of the case list that name a platform or a placeholder rather than an outlet.
const NOT_OUTLETS = new Set([
  'show more',
  'bit ly',
  'facebook resource',
  'twitter resource',
  'vk com resource',
]);

describe('EUvsDisinfo coverage', () => {
  const shared = sharedDirectory();
  const posts = shared ? join(shared, 'datasets', 'euvsdisinfo', 'posts.csv') : null;
  const skip = posts && existsSync(posts) ? false : SKIP_NO_SHARED;

  test('the 150 most frequent outlet names resolve by name', { skip }, () => {
    const [header, ...rows] = readCsv(readFileSync(posts!, 'utf8'));
    const column = header.indexOf('outlets');
    const counts = new Map<string, number>();
    for (const row of rows) {
      const names = new Set((row[column] ?? '').split('+').map((n) => n.trim()));
      for (const name of names) if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const top = [...counts]
      .filter(([name]) => !NOT_OUTLETS.has(nameKey(name)) && !/ resource$/i.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 150);
    const missing = top.filter(([name]) => index.byName(name) === null).map(([name]) => name);
    assert.deepEqual(missing, []);
  });
});

test('validated outlets read back from the cache equal to a fresh validation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-outlets-'));
  const saved = process.env.ECHOTRACE_CACHE;
  process.env.ECHOTRACE_CACHE = dir;
  try {
    const text = readFileSync(knowledgeFile('outlets.yaml'), 'utf8');
    const fresh = parseOutlets(text);
    assert.ok(readdirSync(dir).some((f) => f.startsWith('outlets-')));
    assert.deepEqual(parseOutlets(text), fresh);
  } finally {
    if (saved === undefined) delete process.env.ECHOTRACE_CACHE;
    else process.env.ECHOTRACE_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});
