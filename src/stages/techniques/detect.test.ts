// Tests of technique detection on our own French and English sentences, plus span invariants (fast-check).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Span } from '../../core/span.js';
import { articleMargin, bodyLines, DEFAULT_GATE, detectTechniques } from './detect.js';
import { functionWords } from './stopwords.js';
import { isTechniqueLabel } from './labels.js';

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

function found(text: string, language: string): Array<{ label: string; text: string; rule: string }> {
  return detectTechniques(text, whole(text), language).map((t) => ({
    label: t.label,
    text: text.slice(t.start, t.end),
    rule: t.rule,
  }));
}

test('French distancing words and missing evidence are Doubt, on the cue words', () => {
  const text =
    'Le ministre a dénoncé les prétendues livraisons, une accusation lancée sans apporter la moindre preuve.';
  const got = found(text, 'fr').filter((t) => t.rule.startsWith('lexicon:'));
  assert.ok(got.some((t) => t.label === 'Doubt' && t.text === 'prétendues'));
  assert.ok(got.some((t) => t.label === 'Doubt' && t.text === 'sans apporter la moindre preuve'));
});

test('French overlapping cues keep both labels', () => {
  const text = 'Pékin accuse la politique hégémonique de Washington.';
  const labels = found(text, 'fr')
    .filter((t) => t.rule.startsWith('lexicon:'))
    .map((t) => t.label);
  assert.ok(labels.includes('Name_Calling-Labeling'));
  assert.ok(labels.includes('Loaded_Language'));
});

test('English so-called, double standards, and hypocrite as a label rather than an appeal', () => {
  const text = 'The so-called experts applied double standards, the hypocrite said when the vote came.';
  const got = found(text, 'en');
  assert.ok(
    got.some((t) => t.label === 'Doubt' && t.text === 'so-called' && t.rule === 'lexicon:en-doubt-alleged'),
  );
  assert.ok(got.some((t) => t.label === 'Appeal_to_Hypocrisy' && t.text === 'double standards'));
  // Appeal to hypocrisy is "you do it too"; calling someone a hypocrite names them (name-calling).
  assert.ok(got.some((t) => t.label === 'Name_Calling-Labeling' && t.text === 'hypocrite'));
  assert.ok(!got.some((t) => t.label === 'Appeal_to_Hypocrisy' && t.text === 'hypocrite'));
});

test('a cue inside a longer word does not match', () => {
  const text = 'Les prétendusment et nazisme.';
  assert.ok(!found(text, 'fr').some((t) => t.rule === 'lexicon:fr-doubt-pretendu'));
});

test('nothing outside the body, and no language gives no techniques', () => {
  const text = 'Menu prétendument\n\nLe porte-parole a parlé de rumeurs infondées.';
  const body = [{ start: text.indexOf('Le porte'), end: text.length }];
  const got = detectTechniques(text, body, 'fr');
  assert.ok(got.length > 0);
  assert.ok(got.every((t) => t.start >= body[0].start));
  assert.deepEqual(detectTechniques(text, body, null), []);
});

test('every rule names a lexicon row or the model label, and labels are the 23', () => {
  const text = 'Ce régime de Kiev, ces va-t-en-guerre hystériques, nous mènent à la guerre nucléaire !';
  for (const t of detectTechniques(text, whole(text), 'fr')) {
    assert.ok(isTechniqueLabel(t.label));
    assert.match(t.rule, /^(lexicon:fr-[a-z0-9-]+|model:[A-Za-z_-]+)$/);
  }
});

test('bodyLines splits paragraphs into trimmed non-empty lines', () => {
  const text = '  a b \n\n c\r\nd ';
  assert.deepEqual(
    bodyLines(text, whole(text)).map((s) => text.slice(s.start, s.end)),
    ['a b', 'c', 'd'],
  );
});

const words = [
  'prétendu',
  'soi-disant',
  'régime',
  'so-called',
  'alleged',
  'hypocrisy',
  'la',
  'the',
  'politique',
  'hégémonique',
  'é',
  '😀',
  '«',
  '»',
  '!',
  '?',
  ' ',
  '\n',
  '\n\n',
];

test('property: spans slice to trimmed text inside one body span', () => {
  const article = fc
    .array(fc.constantFrom(...words), { maxLength: 60 })
    .map((parts) => parts.join(' '))
    .chain((text) =>
      fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 4 }).map((pairs) => ({
        text,
        body: pairs.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
      })),
    );
  fc.assert(
    fc.property(article, fc.constantFrom('fr', 'en', 'de', 'ru', 'es', 'xx'), ({ text, body }, lang) => {
      for (const t of detectTechniques(text, body, lang)) {
        const slice = text.slice(t.start, t.end);
        assert.ok(t.end > t.start && slice.trim() === slice, `bad span ${JSON.stringify(slice)}`);
        assert.ok(
          body.some((b) => b.start <= t.start && t.end <= b.end),
          'span outside the body',
        );
      }
    }),
    { numRuns: 300 },
  );
});

const CALM_FR = [
  'Le ministère russe de la Défense a affirmé mercredi que ses forces avaient intercepté trois drones au-dessus de la région.',
  'Selon les autorités locales, aucune victime n’a été signalée et les dégâts restent limités à un entrepôt.',
  'Les capitales occidentales n’ont pas encore réagi à cette annonce, a indiqué un porte-parole interrogé par la presse.',
  'Les enquêteurs doivent se rendre sur place jeudi pour examiner les débris, selon le président de la commission.',
  'La circulation a repris normalement sur la route nationale depuis mardi soir.',
].join('\n');

test('calm French news without cues gets at most one model label', () => {
  assert.ok(found(CALM_FR, 'fr').length <= 1, JSON.stringify(found(CALM_FR, 'fr')));
});

test('the article gate raises the cut for calm articles only', () => {
  assert.equal(articleMargin(0, DEFAULT_GATE), DEFAULT_GATE.margin);
  assert.equal(articleMargin(DEFAULT_GATE.cues, DEFAULT_GATE), 0);
  assert.equal(articleMargin(DEFAULT_GATE.cues + 5, DEFAULT_GATE), 0);
});

test('model labels sit on content words: never a function word, a number or a capitalised name', () => {
  const text = [
    'Ce régime de Kiev, ces va-t-en-guerre hystériques, nous mènent à la guerre nucléaire !',
    'Les médias occidentaux mentent sans cesse et la propagande de l’OTAN ne trompe plus personne.',
    'Qui peut encore croire les prétendues preuves de ce gouvernement corrompu et de ses laquais ?',
  ].join('\n');
  const stop = functionWords('fr');
  for (const t of found(text, 'fr').filter((x) => x.rule.startsWith('model:'))) {
    assert.ok(!stop.has(t.text.toLowerCase()), `function word ${t.text}`);
    assert.ok(t.text.length >= 4 && t.text[0] === t.text[0].toLowerCase(), `not a content word: ${t.text}`);
  }
});

test('French charged adjectives and group labels are cues of their own', () => {
  const text = 'Cette décision inacceptable des eurocrates est un fiasco pitoyable.';
  const got = found(text, 'fr').filter((t) => t.rule.startsWith('lexicon:'));
  assert.ok(got.some((t) => t.label === 'Loaded_Language' && t.text === 'inacceptable'));
  assert.ok(got.some((t) => t.label === 'Name_Calling-Labeling' && t.text === 'eurocrates'));
});
