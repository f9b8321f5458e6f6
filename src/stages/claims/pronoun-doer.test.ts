// A proposition whose subject is a pronoun ("Iran said it had not sent…") has the holder as its doer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../core/article.js';
import { makeArticle, type EntitySpec } from './fixture.js';
import { readClaims } from './index.js';

const ENTITIES: EntitySpec[] = [
  { id: 'ir', name: 'Iran', type: 'location', country: 'IR', forms: ['Iran', 'Iran'] },
  { id: 'ru', name: 'Russie', type: 'location', country: 'RU', forms: ['Russie', 'Russia', 'Russland'] },
];

/** The article, with the quotes stage's reading of its reported speech ("Iran said <content>") when given. */
function claimsOf(text: string, lang: string, reported?: { content: string; cue: string }): Claim[] {
  const quotes = reported ? [{ ...reported, speaker: 'Iran', entity: 'ir', kind: 'indirect' as const }] : [];
  return readClaims(makeArticle(text, { lang, entities: ENTITIES, quotes }));
}

const SIGNATURE = 'country:IR|SUPPLY_WEAPONS|country:RU';

const CASES: { lang: string; text: string; reported?: { content: string; cue: string } }[] = [
  {
    lang: 'en',
    text: 'Iran said it had not sent any drones to Russia.',
    reported: { content: 'it had not sent any drones to Russia', cue: 'said' },
  },
  { lang: 'fr', text: "L'Iran a affirmé qu'il n'avait pas livré de drones à la Russie." },
  {
    lang: 'de',
    text: 'Iran erklärte, es habe keine Drohnen an Russland geliefert.',
    reported: { content: 'es habe keine Drohnen an Russland geliefert', cue: 'erklärte' },
  },
];

for (const { lang, text, reported } of CASES) {
  test(`${lang}: a pronoun subject of the proposition is its holder, and the negation makes a denial`, () => {
    const claims = claimsOf(text, lang, reported);
    const claim = claims.find((c) => c.signature === SIGNATURE);
    assert.ok(claim, `no ${SIGNATURE} in ${JSON.stringify(claims.map((c) => c.signature))}`);
    assert.deepEqual(
      claim.stances.map((s) => [s.holder.name, s.stance]),
      [['Iran', 'denies']],
    );
  });
}

test('a proposition with no subject keeps no doer (no fallback to the holder)', () => {
  const claims = claimsOf('Iran said that drones had been sent to Russia.', 'en', {
    content: 'drones had been sent to Russia',
    cue: 'said',
  });
  assert.ok(claims.length > 0);
  assert.ok(
    claims.every((c) => c.signature === null),
    JSON.stringify(claims.map((c) => c.signature)),
  );
});

test('a pronoun that is not the first word of the proposition is not taken for its subject', () => {
  const claims = claimsOf('Iran said drones it had built were sent to Russia.', 'en', {
    content: 'drones it had built were sent to Russia',
    cue: 'said',
  });
  assert.ok(
    claims.every((c) => c.signature !== SIGNATURE),
    JSON.stringify(claims.map((c) => c.signature)),
  );
});
