import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../core/article.js';
import { actorKey, englishName } from './actor-ref.js';

function entity(over: Partial<Entity>): Entity {
  return {
    id: 'e1',
    name: 'x',
    type: 'organization',
    roles: [],
    mentions: [],
    refersTo: null,
    actor: null,
    country: null,
    rule: 'test',
    ...over,
  } as Entity;
}

test('a state organ, or a metonym of one, signs as its country ("le régime de Kiev" is Ukraine)', () => {
  const regime = entity({ name: 'régime de Kiev', actor: 'ukraine-government', country: 'UA' });
  assert.equal(actorKey(regime), 'country:UA');
  assert.equal(englishName(regime), 'Ukraine');
  assert.equal(
    actorKey(entity({ name: 'Kremlin', actor: 'kremlin', refersTo: 'russian-presidency' })),
    'country:RU',
  );
});

test('other curated actors and unknown names keep their own key', () => {
  assert.equal(actorKey(entity({ name: 'Union européenne', actor: 'european-union' })), 'european-union');
  assert.equal(actorKey(entity({ name: 'Silt Typhoon' })), 'name:silt typhoon');
});
