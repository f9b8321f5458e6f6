import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle, WORLD } from './fixture.js';
import { readClaims } from './index.js';

function read(
  text: string,
  lang: string,
): Array<{ summary: string; signature: string | null; stance: string }> {
  const claims = readClaims(makeArticle(text, { lang, entities: WORLD, outlet: 'Le Quotidien' }));
  return claims.flatMap((c) =>
    c.stances.map((s) => ({ summary: c.summary, signature: c.signature, stance: s.stance })),
  );
}

test('a negated assertion is a denial of the positive claim, in six languages', () => {
  const cases: Array<[string, string]> = [
    ['en', 'Ali Rezaei said that Iran had not delivered a single drone to Russia.'],
    ['fr', "Ali Rezaei a déclaré que l'Iran n'avait jamais livré de drones à la Russie."],
    ['de', 'Ali Rezaei sagte, dass Iran keine Drohnen an Russland geliefert habe.'],
    ['es', 'Ali Rezaei dijo que Irán no ha enviado drones a Rusia.'],
    ['it', "Ali Rezaei ha detto che l'Iran non ha mai fornito droni alla Russia."],
    ['ru', 'Али Резаи заявил, что Иран не поставлял беспилотники России.'],
  ];
  for (const [lang, text] of cases) {
    const rows = read(text, lang);
    assert.deepEqual(
      rows.map((r) => [r.stance, r.signature]),
      [['denies', 'country:IR|SUPPLY_WEAPONS|country:RU']],
      `${lang}: ${JSON.stringify(rows)}`,
    );
    assert.equal(rows[0].summary, 'Iran supplies weapons to Russia');
  }
});

test('a negation without a predicate class: a denial whose summary says it is the opposite', () => {
  const rows = read('Ali Rezaei said that none of its ships had entered the strait.', 'en');
  assert.equal(rows.length, 1);
  assert.equal(rows[0].stance, 'denies');
  assert.match(rows[0].summary, /^the opposite of “none of its ships/);
});

test('"ne … que" restricts, it does not negate', () => {
  const fr = read("Ali Rezaei a déclaré que la Russie n'utilisait que ses propres missiles.", 'fr');
  assert.deepEqual(
    fr.map((r) => r.stance),
    ['asserts'],
  );
});

test('an accusation whose proposition is negated keeps its kind but states no positive claim', () => {
  const rows = read("Le Kremlin a accusé l'Iran de ne pas livrer de drones à la Russie.", 'fr');
  assert.ok(rows.length > 0);
  for (const r of rows) {
    assert.equal(r.signature, null);
    assert.ok(!r.summary.includes('supplies weapons'), r.summary);
  }
});
