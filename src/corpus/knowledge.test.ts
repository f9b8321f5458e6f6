import assert from 'node:assert/strict';
import { test } from 'node:test';
import { familyOf } from './knowledge.js';

test('a family reads the class as its family and the object as its bloc', () => {
  const hack = familyOf('country:CN|CYBERATTACK|country:NL');
  assert.equal(hack, 'country:CN|COVERT_OPERATIONS|european-union');
  assert.equal(familyOf('country:CN|INTERFERE_ELECTION|european-parliament'), hack);
  assert.equal(familyOf('country:RU|ATTACK|country:UA'), 'country:RU|AGGRESSION|country:UA');
});

test('symmetric classes keep both actors; a doer-only signature keeps its empty object', () => {
  assert.equal(familyOf('country:CN|COOPERATE|country:HU'), 'country:CN|RELATIONS|country:HU');
  assert.equal(familyOf('country:UA|SMUGGLE_WEAPONS|'), 'country:UA|MILITARY_SUPPORT|');
  assert.equal(familyOf(null), null);
});
