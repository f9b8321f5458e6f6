// Which story keys an article keeps (features.ts storyEntityKey, storyKeys): places, countries and event names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../core/article.js';
import { storyEntityKey, storyKeys } from './features.js';

const entity = (
  name: string,
  type: Entity['type'],
  mentions: number,
  over: Partial<Entity> = {},
): Entity => ({
  id: name,
  name,
  type,
  roles: [],
  mentions: Array.from({ length: mentions }, (_, i) => ({
    start: i * 10,
    end: i * 10 + name.length,
    text: name,
    form: 'name' as const,
    rule: 'test',
  })),
  rule: 'test',
  ...over,
});

test('a known city keeps its own key even when the gazetteer links it to its country', () => {
  assert.equal(
    storyEntityKey(entity('Odesa', 'location', 2, { actor: 'country:UA', country: 'UA' })),
    'p:place-odesa',
  );
  assert.equal(storyEntityKey(entity('Odessa', 'location', 2)), 'p:place-odesa');
  // A capital standing for its government is as generic as its country.
  assert.equal(storyEntityKey(entity('Kyiv', 'location', 1, { refersTo: 'country:UA' })), 'g:UA');
  assert.equal(storyEntityKey(entity('Ukraine', 'location', 5, { actor: 'country:UA' })), 'e:country:UA');
});

test('a name that tells the event (a ship) is kept over countries named many times', () => {
  const countries = [
    'UA',
    'RU',
    'TR',
    'EG',
    'RO',
    'BG',
    'GE',
    'MD',
    'GR',
    'IT',
    'ES',
    'PL',
    'HU',
    'AT',
    'HR',
    'RS',
  ];
  const record = {
    entities: [
      ...countries.map((c) => entity(`Country ${c}`, 'location', 6, { actor: `country:${c}` })),
      entity('Marlow Breeze', 'person', 1),
    ],
    claims: [],
  };
  const keys = storyKeys(record, []);
  assert.ok(
    keys.some((k) => k.startsWith('e:person:marlow')),
    keys.join(' '),
  );
});
