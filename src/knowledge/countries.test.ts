import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COUNTRY_LANGS, countryData, isCountryCode } from './countries.js';

test('country data holds the languages we read, with names and aliases', () => {
  const countries = countryData();
  assert.deepEqual([...countries.langs()].sort(), [...COUNTRY_LANGS].sort());
  assert.equal(countries.getName('UA', 'en', { select: 'alias' }), 'Ukraine');
  assert.ok(countries.getNames('fr', { select: 'all' }).KP.some((n) => /Corée du Nord/.test(n)));
  assert.equal(isCountryCode('KP'), true);
  assert.equal(isCountryCode('XX'), false);
});
