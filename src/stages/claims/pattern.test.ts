import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compilePattern, compilePatternSource, FoldedRegExp, type TextRegExp } from './pattern.js';

/** Every match of a global regex over a text, as `matchAll` lists them. */
function matches(re: TextRegExp, text: string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    out.push({ at: m.index, text: m[0] });
  }
  return out;
}

const all = (pattern: string, text: string, macros = {}): string[] =>
  matches(compilePattern(pattern, macros), text).map((m) => m.text);

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
  // Inside a multi-word alternative, after an optional word, and before a trailing optional word.
  assert.deepEqual(all("parce_qu' il", "parce qu'il"), ["parce qu'il"]);
  assert.deepEqual(all("d'? armes", "d'armes"), ["d'armes"]);
  assert.deepEqual(all("accuse d'|de armes?", "accuse d'armes"), ["accuse d'armes"]);
  // Words that cannot end with an apostrophe need a separator; their sources carry no lookbehind.
  assert.deepEqual(all('qu il', 'quil qu il'), ['qu il']);
  assert.ok(!compilePatternSource('a? rejete les? rumeurs').includes("(?<=')[\\s"));
  assert.ok(compilePatternSource("qu' il").includes("(?<=')"));
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

test('the ASCII form of a pattern matches as the exact form does, on any text', () => {
  const patterns = ['nie|nient', 'accus* de?', '*ant que', 'said ...2 that', "qu' il|elle", 'x2 rejete les?'];
  // Words mixing ASCII with letters and digits outside it (accented, Cyrillic, superscript, astral), and separators.
  const pieces = [
    'nie',
    'nient',
    'accuse',
    'de',
    'ajoutant',
    'que',
    'said',
    'that',
    "qu'",
    'il',
    'elle',
    'x2',
    'rejete',
  ];
  const others = ['é', 'ж', '²', 'ʻ', '𝐀', '😀', '«', '»', ' ', ', ', '. ', "'", '-'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces, ...others), { maxLength: 24 }), (parts) => {
      const text = parts.join(parts.length % 2 ? '' : ' ');
      for (const p of patterns) {
        const source = compilePatternSource(p);
        assert.deepEqual(
          matches(new FoldedRegExp(source, 'gu'), text),
          matches(new RegExp(source, 'gu'), text),
        );
      }
    }),
    { numRuns: 400 },
  );
});

test('a folded regex keeps its own lastIndex across the forms it runs', () => {
  const re = compilePattern('nie');
  re.lastIndex = 0;
  assert.equal(re.exec('il nie et nie')?.index, 3);
  assert.equal(re.lastIndex, 6);
  // The next text holds a non-ASCII letter: the exact form continues from the same lastIndex.
  assert.equal(re.exec('il nie é nie')?.index, 9);
  assert.equal(re.exec('il nie é nie'), null);
  assert.equal(re.lastIndex, 0);
});
