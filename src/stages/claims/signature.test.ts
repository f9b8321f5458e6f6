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

test('the accused of a relative or a participle is the doer ("l\'Iran, qu\'ils accusent de …")', () => {
  const relative = claims(
    "Les ministres ont sanctionné l'Iran, qu'ils accusent de fournir des drones à la Russie.",
    'fr',
  );
  assert.ok(
    relative.some((c) => c.signature === 'country:IR|SUPPLY_WEAPONS|country:RU'),
    relative.map((c) => c.summary).join('; '),
  );
  const participle = claims("Kiev a dénoncé des entreprises iraniennes accusées d'armer la Russie.", 'fr');
  assert.ok(
    participle.some((c) => c.signature === 'country:IR|SUPPLY_WEAPONS|country:RU'),
    participle.map((c) => c.summary).join('; '),
  );
  // A finite verb with nobody accused after it: the name before it is the accuser, never the doer.
  const finite = claims("Le Kremlin a accusé mardi de livrer des armes à l'Ukraine.", 'fr');
  assert.ok(
    !finite.some((c) => c.signature?.startsWith('country:RU|')),
    finite.map((c) => c.summary).join('; '),
  );
});

test('a passive names its doer after "by"; "used by X" does not make X the doer', () => {
  const [passive] = claims('Kyiv said that drones were supplied by Iran to Russia.');
  assert.equal(passive.signature, 'country:IR|SUPPLY_WEAPONS|country:RU');
  const [used] = claims('Kyiv said that Iran supplied engines for drones used by Russia in Ukraine.');
  assert.equal(used.signature, 'country:IR|SUPPLY_WEAPONS|country:RU');
});

test('who denies a subjectless phrase is its doer ("Iran denies supplying drones")', () => {
  const [en] = claims('Tehran denied supplying drones to Russia.');
  assert.equal(en.signature, 'country:IR|SUPPLY_WEAPONS|country:RU');
  const [fr] = claims("L'Iran nie fournir des drones à la Russie.", 'fr');
  assert.equal(fr.signature, 'country:IR|SUPPLY_WEAPONS|country:RU');
});

test('a class whose gloss names no object signs with the doer alone', () => {
  const [c] = claims("Moscou a accusé l'Ukraine de faire entrer des armes par le port de Kiev.", 'fr');
  assert.equal(c.signature, 'country:UA|SMUGGLE_WEAPONS|');
  assert.equal(c.summary, 'Ukraine brings in weapons covertly');
});

test('at the same word the specific predicate row wins ("attaque informatique" over "attaque")', () => {
  const [c] = claims(
    "Ali Rezaei a affirmé que la Russie a mené une attaque informatique contre l'Ukraine.",
    'fr',
  );
  assert.equal(c.signature, 'country:RU|CYBERATTACK|country:UA');
});

test('a quote running on past its speaker and cue reports its head ("P, the ministry said, adding that Q")', () => {
  const text =
    'The Kiev regime has turned the port into a supply line for Western weapons, the ministry said, adding that Russia would respond.';
  const article = makeArticle(text, {
    lang: 'en',
    entities: WORLD,
    quotes: [{ content: text.slice(0, -1), cue: 'said', speaker: 'the ministry' }],
  });
  const found = readClaims(article);
  const head = found.find((c) => c.signature === 'country:UA|SMUGGLE_WEAPONS|');
  assert.ok(head, found.map((c) => c.summary).join('; '));
  assert.ok(!text.slice(head.span.start, head.span.end).includes('ministry'));
});
