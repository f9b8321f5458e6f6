// Tests of the entity stage on our own French and English sentences: types, roles, links, metonyms, demonyms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../core/article.js';
import { analyseText } from '../quotes/analyse-text.js';
import { useTestActors } from '../quotes/test-actors.js';

useTestActors();

function find(entities: Entity[], name: string): Entity {
  const e = entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${entities.map((x) => x.name).join(', ')}`);
  return e;
}

test('apposition and premodifier roles, short forms joining full names (fr)', () => {
  const text =
    'Le ministre bulgare des Affaires étrangères, Ivan Petrov, a rencontré le président polonais Marek Nowak à Varsovie. ' +
    'Petrov a ensuite quitté la Pologne.';
  const { entities } = analyseText(text, 'fr');
  const petrov = find(entities, 'Ivan Petrov');
  assert.equal(petrov.type, 'person');
  assert.deepEqual(petrov.roles, ['ministre bulgare des Affaires étrangères']);
  assert.deepEqual(
    petrov.mentions.map((m) => m.form),
    ['name', 'short'],
  );
  assert.deepEqual(find(entities, 'Marek Nowak').roles, ['président polonais']);
  assert.equal(find(entities, 'Varsovie').refersTo, 'country:PL');
  assert.equal(find(entities, 'Pologne').country, 'PL');
  assert.ok(!entities.some((e) => /Affaires/.test(e.name)), 'a portfolio is not an entity');
});

test('English roles before and after the name, organisations by their head word', () => {
  const text =
    'Marta Silva, the spokeswoman of the Ocean Energy Agency, met Polish President Jan Kowal in Geneva.';
  const { entities } = analyseText(text, 'en');
  assert.deepEqual(find(entities, 'Marta Silva').roles, ['spokeswoman of the Ocean Energy Agency']);
  assert.equal(find(entities, 'Ocean Energy Agency').type, 'organization');
  assert.equal(find(entities, 'Jan Kowal').type, 'person');
  assert.equal(find(entities, 'Geneva').type, 'location');
});

test('metonyms stay their own entity with a refersTo; demonyms point to the country', () => {
  const text =
    'Le Kremlin a démenti. Le Palais bleu a répondu que les diplomates russes mentaient. La Russie se tait.';
  const { entities } = analyseText(text, 'fr');
  assert.equal(find(entities, 'Kremlin').refersTo, 'country:RU');
  assert.equal(find(entities, 'Palais bleu').refersTo, 'test-presidency');
  const russia = find(entities, 'Russie');
  assert.ok(russia.mentions.some((m) => m.form === 'demonym' && m.text === 'russes'));
  assert.ok(!entities.some((e) => e.name === 'russes'));
});

test('aliases of a curated actor join it', () => {
  const { entities } = analyseText('The Northern Alliance Council met on Monday. NAC leaders left.', 'en');
  const nac = find(entities, 'Northern Alliance Council');
  assert.equal(nac.actor, 'test-alliance');
  assert.equal(nac.mentions.length, 2);
});

test('an unnamed speaker becomes a person and later descriptions refer back to it', () => {
  const text =
    'Un représentant moldave a rejeté ces accusations. Le représentant a quitté la salle. Le diplomate moldave est revenu.';
  const { entities } = analyseText(text, 'fr');
  const rep = find(entities, 'représentant moldave');
  assert.equal(rep.type, 'person');
  assert.equal(rep.country, 'MD');
  assert.deepEqual(
    rep.mentions.map((m) => m.text),
    ['représentant moldave', 'représentant', 'diplomate moldave'],
  );
});

test('nothing comes from text outside the body (a caption line)', () => {
  const text =
    'Photo: Senator Ann Brook speaks with Governor Tom Hale in Denver.\nLe gouvernement a parlé avec Ivan Petrov.';
  const start = text.indexOf('Le gouvernement');
  const { entities } = analyseText(text, 'fr', [{ start, end: text.length }]);
  assert.deepEqual(
    entities.map((e) => e.name),
    ['Ivan Petrov'],
  );
});

test('unknown names are found by their shape: honorifics, acronyms, groups', () => {
  const text = 'M. Dorval a rencontré les dirigeants du FNLQ. Selon M. Dorval, l’Occident hésite.';
  const { entities } = analyseText(text, 'fr');
  assert.equal(find(entities, 'Dorval').type, 'person');
  assert.equal(find(entities, 'FNLQ').type, 'organization');
  assert.equal(find(entities, 'Occident').type, 'group');
});

test('a capitalised determiner is not the acronym it spells ("Un" is not the UN)', () => {
  const { entities } = analyseText('Un responsable a parlé à l’ONU. The UN met on Monday.', 'fr');
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === 'Un')));
});

test('a role noun ends a run of capitalised words: the title is not part of the name', () => {
  const { entities } = analyseText('Foreign Minister Anna Berg met the press on Friday.', 'en');
  assert.ok(!entities.some((e) => /Minister/.test(e.name)));
  assert.ok(entities.some((e) => e.name === 'Anna Berg' && e.type === 'person'));
});

test('a portfolio before an organisation head names the organisation; before a role it stays part of the title', () => {
  const { entities } = analyseText(
    "Russia's Defense Ministry said on Monday that the State Department had been told. Defense Minister Anna Berg agreed.",
    'en',
  );
  assert.ok(
    entities.some((e) => e.name === 'Defense Ministry' && e.type === 'organization'),
    JSON.stringify(entities.map((e) => e.name)),
  );
  assert.ok(entities.some((e) => e.name === 'State Department' && e.type === 'organization'));
  assert.ok(!entities.some((e) => /Minister\b/.test(e.name)));
  assert.ok(entities.some((e) => e.name === 'Anna Berg'));
});

test('English: the article "a" is not the French "à", and a name made an adjective starts no name', () => {
  const text =
    'A Liberia-flagged carrier was damaged near the port. Moscow left the Türkiye-brokered Black Sea Grain Initiative ' +
    'in July, a Kremlin-backed outlet said, while a Reuters crew filmed the pier. Officials in Kherson said so.';
  const { entities } = analyseText(text, 'en');
  const names = entities.map((e) => e.name);
  assert.ok(!names.some((n) => /flagged|brokered|backed/.test(n)), names.join(', '));
  assert.ok(names.includes('Black Sea Grain Initiative'), names.join(', '));
  assert.ok(!entities.some((e) => e.name === 'Reuters' && e.type === 'location'));
  // A real place preposition still types a lone name.
  assert.equal(find(entities, 'Kherson').type, 'location');
});
