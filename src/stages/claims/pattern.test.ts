import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePattern, compilePatternSource } from './pattern.js';

const all = (pattern: string, text: string, macros = {}): string[] =>
  [...text.matchAll(compilePattern(pattern, macros))].map((m) => m[0]);

test('alternatives, prefixes and suffixes match whole words only', () => {
  assert.deepEqual(all('nie|nient', 'il nie, ils nient, il renie'), ['nie', 'nient']);
  assert.deepEqual(all('accus*', 'accusait accusé raccuse'), ['accusait', 'accusé']);
  assert.deepEqual(all('*ant', 'ajoutant que, avant'), ['ajoutant', 'avant']);
});

test('optional words, leading and trailing', () => {
  assert.deepEqual(all('a? rejete les? rumeurs', 'il a rejete rumeurs; rejete les rumeurs'), [
    'a rejete rumeurs',
    'rejete les rumeurs',
  ]);
  assert.deepEqual(all('denied reports?', 'he denied it'), ['denied']);
});

test('a gap spans a few words but not sentence punctuation', () => {
  assert.deepEqual(all('said ... that', 'he said on monday that'), ['said on monday that']);
  assert.deepEqual(all('said ... that', 'he said so. that is all'), []);
  // `...N` spans N words at most.
  assert.deepEqual(all('said ...2 that', 'he said on monday that'), ['said on monday that']);
  assert.deepEqual(all('said ...2 that', 'he said late on monday that'), []);
});

test('words after an apostrophe may be glued, and apostrophes split gap words', () => {
  assert.deepEqual(all("qu' il", "qu'il"), ["qu'il"]);
  assert.deepEqual(all('fourni ... armes', "fourni des lots d'armes"), ["fourni des lots d'armes"]);
});

test('macros expand to alternatives, with spaces or underscores joining words', () => {
  const macros = { comp: 'selon lesquelles|que' };
  assert.deepEqual(all('rumeurs @comp', 'rumeurs selon lesquelles x', macros), ['rumeurs selon lesquelles']);
  assert.deepEqual(all('droit_international|loi', 'le droit international'), ['droit international']);
  assert.throws(() => compilePattern('@missing'), /unknown macro/);
  assert.throws(() => compilePattern('... x'), /gap/);
  assert.throws(() => compilePattern('x?'), /can match nothing/);
});

test('quote marks between words do not break a match', () => {
  assert.deepEqual(all('aucune preuve que', 'aucune preuve » que'), ['aucune preuve » que']);
});

test('word stems next to each other share one word ending and match as each alone would', () => {
  const source = compilePatternSource('intercept*|develop*|launch|fir*');
  // Two runs of stems (the exact word between them keeps the order of alternatives): two word endings, not three.
  assert.equal(source.split('(?:\\p{L}|\\p{N})*').length - 1, 2);
  const text = 'il a intercepté, developpe, launched, launch, fired missiles, interceptor';
  assert.deepEqual(all('intercept*|develop*|launch', text), [
    'intercepté',
    'developpe',
    'launch',
    'interceptor',
  ]);
  assert.deepEqual(all('fir* missile*', text), ['fired missiles']);
});
