// Tests for the curated actors file, its loader and the name index.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ActorIndex, foldText, loadActors, parseActors, surfaceForms } from './actors.js';

const actors = loadActors();
const index = new ActorIndex(actors);
const ids = (found: Array<{ id: string }>): string[] => found.map((a) => a.id);

describe('actors.yaml', () => {
  it('holds at least 500 rows with unique kebab-case ids', () => {
    assert.ok(actors.length >= 500, `only ${actors.length} actors`);
    assert.equal(new Set(ids(actors)).size, actors.length);
  });

  it('covers every type', () => {
    for (const type of ['person', 'organization', 'location', 'group'] as const) {
      assert.ok(
        actors.some((a) => a.type === type),
        `no ${type}`,
      );
    }
  });

  it('resolves every refersTo to an actor or a country', () => {
    const known = new Set(ids(actors));
    for (const actor of actors.filter((a) => a.refersTo !== null)) {
      const target = actor.refersTo ?? '';
      assert.ok(known.has(target) || /^country:[A-Z]{2}$/.test(target), `${actor.id} -> ${target}`);
    }
  });

  it('links the main metonyms to what they stand for', () => {
    const refersTo = (id: string) => actors.find((a) => a.id === id)?.refersTo;
    assert.equal(refersTo('kremlin'), 'russian-presidency');
    assert.equal(refersTo('white-house'), 'us-presidency');
    assert.equal(refersTo('pentagon'), 'us-defense-department');
    assert.equal(refersTo('bankova'), 'ukrainian-presidency');
    assert.equal(refersTo('moscow'), 'russia-government');
    assert.equal(refersTo('pyongyang'), 'north-korea-government');
  });

  it('gives every person at least one role with an English label', () => {
    for (const person of actors.filter((a) => a.type === 'person')) {
      assert.ok(person.roles.length > 0, `${person.id} has no role`);
    }
  });
});

describe('ActorIndex.lookup', () => {
  const cases: Array<[string, string]> = [
    ['Zelenskyy', 'volodymyr-zelensky'],
    ['Selenskyj', 'volodymyr-zelensky'],
    ['Зеленский', 'volodymyr-zelensky'],
    ['Poutine', 'vladimir-putin'],
    ['Putín', 'vladimir-putin'],
    ['putin', 'vladimir-putin'],
    ['Песков', 'dmitry-peskov'],
    ['Dmitri Peskow', 'dmitry-peskov'],
    ['Choïgou', 'sergei-shoigu'],
    ['Choigou', 'sergei-shoigu'],
    ['Kim Jong-un', 'kim-jong-un'],
    ['Kim Jong Un', 'kim-jong-un'],
    ['Ким Чен Ын', 'kim-jong-un'],
    ['Kremlin', 'kremlin'],
    ['Cremlino', 'kremlin'],
    ['Maison Blanche', 'white-house'],
    ['OTAN', 'nato'],
    ['Quai d’Orsay', 'quai-d-orsay'],
  ];
  for (const [name, id] of cases) {
    it(`finds ${id} by "${name}"`, () => assert.ok(ids(index.lookup(name)).includes(id)));
  }

  it('returns nothing for an unknown name', () => {
    assert.deepEqual(index.lookup('Nobody Atall'), []);
  });
});

describe('ActorIndex.longestMatchesIn', () => {
  it('finds "le Kremlin" as the Kremlin, with exact offsets', () => {
    const text = 'Hier, le Kremlin a rejeté les allégations.';
    const [match] = index.longestMatchesIn(text);
    assert.deepEqual({ start: match.start, end: match.end }, { start: 9, end: 16 });
    assert.deepEqual(ids(match.actors), ['kremlin']);
  });

  it('prefers the longest name and keeps word boundaries', () => {
    const text = 'Le porte-parole Dmitri Peskov et Peskovitch ont parlé.';
    const found = index.longestMatchesIn(text);
    assert.deepEqual(
      found.map((m) => m.text),
      ['Dmitri Peskov'],
    );
    assert.deepEqual(ids(found[0].actors), ['dmitry-peskov']);
  });

  it('does not take common words for acronyms or capitalised names', () => {
    const text = 'Au total, who knows what moscow said, but the WHO spoke.';
    const found = index.longestMatchesIn(text).map((m) => m.text);
    assert.deepEqual(found, ['WHO']);
  });

  it('maps offsets back through accents, hyphens and non-Latin scripts', () => {
    const text = 'Selon la Maison‑Blanche, Ким Чен Ын et Volodymyr Zelenskyy.';
    for (const m of index.longestMatchesIn(text)) assert.equal(text.slice(m.start, m.end), m.text);
    const names = index.longestMatchesIn(text).map((m) => m.actors[0].id);
    assert.deepEqual(names, ['white-house', 'kim-jong-un', 'volodymyr-zelensky']);
  });
});

describe('ActorIndex.rolesFor', () => {
  it('gives role labels in the asked language with their years', () => {
    const roles = index.rolesFor('dmitry-peskov', 'fr');
    assert.deepEqual(roles, [{ label: 'porte-parole du Kremlin', since: 2012, until: null }]);
  });

  it('is empty for an unknown actor', () => {
    assert.deepEqual(index.rolesFor('no-such-actor', 'en'), []);
  });
});

describe('parseActors', () => {
  const row = (extra: string) =>
    `- { id: x-one, type: person, name: X One, names: { en: [X One] }, source: test${extra} }\n`;

  it('accepts a minimal row and fills defaults', () => {
    const [actor] = parseActors(row(''));
    assert.deepEqual([actor.aliases, actor.roles, actor.country, actor.refersTo], [[], [], null, null]);
    assert.deepEqual(surfaceForms(actor), ['X One']);
  });

  it('names the bad row', () => {
    const bad = row('').replace('x-one', 'x-two').replace('type: person', 'type: robot');
    assert.throws(() => parseActors(row('') + bad), /row 2 \(id "x-two"\) at type/);
  });

  it('rejects duplicate ids, dangling refersTo and unknown countries', () => {
    assert.throws(() => parseActors(row('') + row('')), /duplicate id/);
    assert.throws(() => parseActors(row(', refersTo: nowhere')), /refersTo "nowhere" does not resolve/);
    assert.throws(() => parseActors(row(', refersTo: "country:QQ"')), /does not resolve/);
    assert.throws(() => parseActors(row(', country: QQ')), /country/);
  });
});

describe('foldText', () => {
  it('keeps one start and end offset per folded unit', () => {
    const folded = foldText('Élysée  d’Orsay');
    assert.equal(folded.text, "elysee d'orsay");
    assert.equal(folded.starts.length, folded.text.length);
    assert.equal(folded.ends[6], 8);
  });
});
