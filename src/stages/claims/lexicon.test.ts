import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SetupError } from '../../core/errors.js';
import { lexiconsFor, loadCueLexicon, loadPredicateClasses, loadPredicateLexicon } from './lexicon.js';

const LANGS = ['fr', 'en', 'de', 'es', 'it', 'ru'];

test('the shipped lexicons load for every supported language', () => {
  for (const lang of LANGS) {
    const lex = lexiconsFor(lang);
    assert.ok(lex, lang);
    assert.ok(lex.cues.cues.length > 0 && lex.predicates && lex.predicates.lexemes.length > 0, lang);
    const stances = new Set(lex.cues.cues.map((c) => c.stance));
    for (const s of ['asserts', 'accuses', 'denies', 'doubts', 'cannot-confirm'])
      assert.ok(stances.has(s as never), `${lang} ${s}`);
  }
  assert.equal(lexiconsFor('xx'), null);
  assert.equal(lexiconsFor(null), null);
});

test('predicate classes carry a family, and arms and troops share one', () => {
  const classes = loadPredicateClasses();
  assert.equal(classes.get('SUPPLY_WEAPONS')?.family, classes.get('SEND_TROOPS')?.family);
});

function tmp(name: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-lex-'));
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

const CUE_HEAD = 'complementisers: [que]\nobjectMarkers: [de]\n';

test('a bad lexicon row stops start-up with the row named', () => {
  const classes = loadPredicateClasses();
  assert.throws(
    () =>
      loadCueLexicon(
        'fr',
        tmp(
          'a.yaml',
          `${CUE_HEAD}cues:\n  - { id: x, stance: maybe, holder: subject, then: np, pattern: nie }\n`,
        ),
      ),
    SetupError,
  );
  assert.throws(
    () =>
      loadCueLexicon(
        'fr',
        tmp(
          'b.yaml',
          `${CUE_HEAD}cues:\n  - { id: x, stance: denies, holder: subject, then: np, pattern: "@nope" }\n`,
        ),
      ),
    /row "x".*unknown macro/,
  );
  assert.throws(
    () =>
      loadCueLexicon(
        'fr',
        tmp(
          'c.yaml',
          `${CUE_HEAD}cues:\n  - { id: x, stance: denies, holder: subject, then: np, pattern: a }\n  - { id: x, stance: denies, holder: subject, then: np, pattern: b }\n`,
        ),
      ),
    /duplicate id "x"/,
  );
  assert.throws(
    () =>
      loadPredicateLexicon(
        'fr',
        classes,
        tmp('d.yaml', 'lexemes:\n  - { id: y, class: NOPE, pattern: a }\n'),
      ),
    /unknown predicate class "NOPE"/,
  );
  assert.throws(() => loadCueLexicon('fr', tmp('e.yaml', 'cues: [')), /not valid YAML/);
});
