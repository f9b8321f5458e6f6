import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../core/article.js';
import { makeArticle, WORLD } from './fixture.js';
import { readClaims } from './index.js';

function claims(text: string, lang = 'en'): Claim[] {
  return readClaims(makeArticle(text, { lang, entities: WORLD, outlet: 'Le Quotidien' }));
}

test('the doer comes from the proposition ("sabotage by the Kyiv side"), never from the holder', () => {
  const [c] = claims('The Kremlin said that the blast at the depot was caused by sabotage by the Kyiv side.');
  assert.match(c.summary, /^Ukraine commits sabotage/);
  assert.ok(!c.summary.startsWith('Russia'), c.summary);
});

test('a pronoun subject of the proposition is its holder ("Tehran said … that it had shipped")', () => {
  const [c] = claims('Tehran said on Monday that it had shipped drones to Russia.');
  assert.equal(c.signature, 'country:IR|SUPPLY_WEAPONS|country:RU');
  assert.match(c.summary, /^Iran supplies weapons to Russia/);
  assert.ok(
    !claims('Tehran said that it had shipped drones to Russia.').some((x) => /Someone/.test(x.summary)),
  );
});

test('a missing object is said plainly and leaves no partial signature', () => {
  const [c] = claims(
    "Le Kremlin a affirmé que l'Iran fabrique des missiles et des drones en grand nombre.",
    'fr',
  );
  assert.equal(c.signature, null);
  if (c.summary.startsWith('Iran')) assert.match(c.summary, /\(object not stated\)$/);
});

test('"the war in Ukraine" is a circumstance, not the object', () => {
  const [c] = claims(
    "Ali Rezaei a déclaré que l'Iran n'avait envoyé aucun drone destiné à la guerre en Ukraine.",
    'fr',
  );
  assert.ok(!c.summary.includes('Ukraine'), c.summary);
  assert.equal(c.signature, null);
});

test('"drones d\'attaque" names no attack; a demonym right after a predicate noun is its doer', () => {
  const [a] = claims("Ali Rezaei a déclaré que l'Iran produit des drones d'attaque en série.", 'fr');
  assert.equal(a.signature, null);
  assert.ok(!a.summary.includes('attacks'), a.summary);
  const [b] = claims(
    "Ali Rezaei a affirmé que des drones iraniens avaient servi lors des frappes russes contre l'Ukraine.",
    'fr',
  );
  assert.equal(b.signature, 'country:RU|ATTACK|country:UA');
});

test('in a noun phrase the first predicate word is the head ("sanctions … over drone supplies")', () => {
  const [c] = claims(
    'Tehran condemned the new EU sanctions targeting Iranian firms over alleged drone supplies to Russia.',
  );
  assert.equal(c.signature, 'european-union|SANCTION|country:IR');
});

test('a symmetric predicate takes its two actors before it', () => {
  const [c] = claims(
    'Ali Rezaei a déclaré que Moscou et Téhéran développent leurs relations militaires.',
    'fr',
  );
  assert.ok(
    c.signature === 'country:IR|COOPERATE|country:RU' ||
      c.signature === 'country:IR|MILITARY_COOPERATION|country:RU',
    String(c.signature),
  );
});
