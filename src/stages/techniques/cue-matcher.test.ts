// Tests of the indexed cue matcher: on shipped lexicons and random text it finds exactly what scanning every position with each label's regex finds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom as random } from '../../core/random-text.case.js';
import { CueMatcher, patternPrefixes, rowSource, type MatchRow } from './cue-matcher.js';
import { tokenize } from './features.js';
import { CUE_LANGUAGES, cueLexicon, type CueRow } from './lexicon.js';

/** The reference: one global regex per label, scanned over the whole range, whole words only. */
function scanAll(groups: CueRow[][], text: string, start: number, end: number): string[] {
  const slice = text.slice(start, end);
  const out: Array<{ start: number; end: number; id: string }> = [];
  for (const rows of groups) {
    const re = new RegExp(`(?:${rows.map((r) => `(${rowSource(r)})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    for (let x = re.exec(slice); x; x = re.exec(slice)) {
      if (x[0].length === 0 || (x.index > 0 && /[\p{L}\p{N}]/u.test(slice[x.index - 1]))) {
        re.lastIndex = x.index + 1;
        continue;
      }
      const g = x.findIndex((v, i) => i > 0 && v !== undefined);
      out.push({ start: start + x.index, end: start + x.index + x[0].length, id: rows[g - 1].id });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end).map((h) => `${h.start}-${h.end}:${h.id}`);
}

const GLUE = [
  ' ',
  ' ',
  ' ',
  '\n',
  ', ',
  '. ',
  ' « ',
  ' » ',
  '-',
  "'",
  '’',
  'x',
  '9',
  '\u0301',
  'ſ',
  '  ',
  ' (',
  ') ',
];
const FILLER = [
  'le',
  'de',
  'the',
  'and',
  'nicht',
  'что',
  'SANS',
  'Aucune',
  'preuve',
  'evidence',
  'Zeit',
  'il',
];

/** Text made of the lexicon's own terms and pattern fragments, in random case, glued by separators and letters. */
function randomText(rows: CueRow[], next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const words: string[] = [];
  for (const row of rows)
    words.push(...(row.terms ?? []).map((t) => t.replace(/\*$/, pick(['', 's', 'es', 'ed']))));
  for (const row of rows)
    if (row.pattern) words.push(...row.pattern.replace(/\\p\{L\}\*|[()?:|]/g, ' ').split(/\s+/));
  let text = '';
  for (let i = 0; i < 60; i++) {
    let w = next() < 0.8 ? pick(words) : pick(FILLER);
    const r = next();
    if (r < 0.2) w = w.toUpperCase();
    else if (r < 0.4) w = w.charAt(0).toUpperCase() + w.slice(1);
    text += w + pick(GLUE);
  }
  return text;
}

test('the indexed matcher finds what scanning every position finds (shipped lexicons, random text)', () => {
  const next = random(20261123);
  for (const lang of CUE_LANGUAGES) {
    const rows = cueLexicon(lang).rows;
    const byLabel = new Map<string, CueRow[]>();
    for (const row of rows) byLabel.set(row.label, [...(byLabel.get(row.label) ?? []), row]);
    const groups = [...byLabel.values()];
    const matcher = new CueMatcher(groups);
    let hits = 0;
    for (let k = 0; k < 40; k++) {
      const text = randomText(rows, next);
      const start = Math.floor(next() * 20);
      const want = scanAll(groups, text, start, text.length);
      const got = (withTokens: boolean): string[] =>
        matcher
          .match(text, start, text.length, withTokens ? tokenize(text, start, text.length) : undefined)
          .map((h) => `${h.start}-${h.end}:${h.row.id}`);
      assert.deepEqual(got(true), want, `${lang}: ${text}`);
      assert.deepEqual(got(false), want, `${lang}: ${text}`);
      hits += want.length;
    }
    assert.ok(hits > 40, `${lang}: the random texts hold cues (${hits})`);
  }
});

test('prefix terms, terms opening on punctuation, and overlapping labels', () => {
  const rows: Array<MatchRow & { id: string }> = [
    { id: 'a', terms: ['a*', 'rumeur*', 'mot-clé'] },
    { id: 'b', terms: ['«fake', 'clé'] },
    { id: 'c', pattern: '(?:sans|pas de) preuves?' },
  ];
  const matcher = new CueMatcher([[rows[0]], [rows[1], rows[2]]]);
  const text = 'Des rumeurs, un mot-clé, «fake news» et abc, sans preuve; Rumeurx9 arumeur';
  assert.deepEqual(
    matcher.match(text, 0, text.length).map((h) => `${text.slice(h.start, h.end)}:${h.row.id}`),
    // "clé" after a hyphen starts a word too; groups overlap; "a*" takes any word starting with "a".
    ['rumeurs:a', 'mot-clé:a', 'clé:b', '«fake:b', 'abc:a', 'sans preuve:c', 'arumeur:a'],
  );
});

test('pattern prefixes: leading literals and groups index a pattern; other openings leave it to the scan', () => {
  assert.deepEqual(patternPrefixes('sans (?:fournir )?preuves?|aucune preuve'), ['sans', 'aucune']);
  assert.deepEqual(patternPrefixes('(?:(?:veut|veulent) nous|(?:ils|elles) voudraient)'), [
    'veut',
    'veulent',
    'ils',
    'elles',
  ]);
  assert.deepEqual(patternPrefixes('preuves?'), ['preuve']);
  assert.equal(patternPrefixes('(?:ils )?veulent'), null);
  assert.equal(patternPrefixes('\\p{L}+ment'), null);
  assert.equal(patternPrefixes('[«"]fake'), null);
  assert.equal(patternPrefixes('a|(?<!x)b'), null);
});
