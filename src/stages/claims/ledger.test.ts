import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimStance, StanceKind } from '../../core/article.js';
import { byContestedness, contestedness, familyOf, parseSignature, sideOf } from './ledger.js';

const stance = (name: string, kind: StanceKind, entity: string | null = null): ClaimStance => ({
  holder: { name, entity },
  stance: kind,
  span: { start: 0, end: 1 },
  rule: 'test',
});

test('asserts, accuses and confirms are for; denies, doubts and cannot-confirm are against', () => {
  assert.deepEqual(
    ['asserts', 'accuses', 'confirms'].map((s) => sideOf(s as StanceKind)),
    ['for', 'for', 'for'],
  );
  assert.deepEqual(
    ['denies', 'doubts', 'cannot-confirm'].map((s) => sideOf(s as StanceKind)),
    ['against', 'against', 'against'],
  );
});

test('contestedness counts distinct holders on the minority side, ties broken by total holders', () => {
  const c = contestedness([
    stance('Kyiv', 'accuses'),
    stance('Seoul', 'asserts'),
    stance('Pyongyang', 'denies'),
    stance('Pyongyang', 'doubts'),
  ]);
  assert.deepEqual(
    { for: c.for, against: c.against, minority: c.minority, total: c.total },
    { for: 2, against: 1, minority: 1, total: 3 },
  );
  const uncontested = contestedness([stance('A', 'asserts'), stance('B', 'asserts')]);
  assert.equal(uncontested.minority, 0);
  const small = { stances: [stance('A', 'asserts'), stance('B', 'denies')] };
  const big = { stances: [stance('A', 'asserts'), stance('C', 'confirms'), stance('B', 'denies')] };
  const none = { stances: [stance('A', 'asserts')] };
  assert.deepEqual(byContestedness([none, small, big]), [big, small, none]);
});

test('holders linked to one entity count once', () => {
  const c = contestedness([
    stance('Kremlin', 'denies', 'e1'),
    stance('le Kremlin', 'denies', 'e1'),
    stance('X', 'asserts'),
  ]);
  assert.equal(c.against, 1);
});

test('signatures split into parts and map to a predicate family', () => {
  assert.deepEqual(parseSignature('country:KP|SEND_TROOPS|'), {
    agent: 'country:KP',
    predicate: 'SEND_TROOPS',
    object: null,
  });
  assert.equal(parseSignature(null), null);
  assert.equal(
    familyOf('country:KP|SUPPLY_WEAPONS|country:RU'),
    familyOf('country:KP|SEND_TROOPS|country:RU'),
  );
  assert.equal(familyOf('|NOT_A_CLASS|'), null);
});
