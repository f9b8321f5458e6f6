import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SetupError } from '../core/errors.js';
import { loadClaimActors } from './claim-actors.js';

test('the shipped file maps state organs to their country and EU members to the union', () => {
  const { stateOf, blocOf } = loadClaimActors();
  assert.equal(stateOf.get('iran-government'), 'IR');
  assert.equal(blocOf.get('country:NL'), 'european-union');
  assert.equal(blocOf.get('european-parliament'), 'european-union');
  assert.equal(blocOf.get('country:UA'), undefined);
});

test('an actor id that actors.yaml does not know stops start-up', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'claim-actors-')), 'bad.yaml');
  writeFileSync(path, 'states:\n  - { id: s, actors: [no-such-government] }\n');
  assert.throws(() => loadClaimActors(path), SetupError);
});
