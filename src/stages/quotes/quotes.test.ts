// Tests of the quote stage on our own French and English sentences: every quote shape, cue and speaker pattern.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../../core/article.js';
import { analyseText } from './analyse-text.js';
import { useTestActors } from './test-actors.js';

useTestActors();

interface Seen {
  content: string;
  kind: Quote['kind'];
  cue: string | null;
  speaker: string | null;
}

function quotes(text: string, lang: string): Seen[] {
  const a = analyseText(text, lang);
  return a.quotes.map((q) => ({
    content: text.slice(q.start, q.end),
    kind: q.kind,
    cue: q.cue?.text ?? null,
    speaker: q.speaker?.name ?? null,
  }));
}

test('direct quotes in every style of quotation mark', () => {
  const marks = [
    ['«\u00a0', '\u00a0»'],
    ['“', '”'],
    ['"', '"'],
    ['„', '“'],
    ['‹', '›'],
  ];
  for (const [open, close] of marks) {
    const text = `Ivan Petrov a déclaré : ${open}Nous ne céderons jamais${close}.`;
    assert.deepEqual(
      quotes(text, 'fr'),
      [{ content: 'Nous ne céderons jamais', kind: 'direct', cue: 'a déclaré', speaker: 'Ivan Petrov' }],
      open,
    );
  }
});

test('inverted French cue with a clitic pronoun resolves to the last speaker', () => {
  const text =
    'Le porte-parole du Kremlin, Oleg Sokol, a déclaré que la réunion aurait lieu. « C’est notre droit », a-t-il ajouté.';
  const got = quotes(text, 'fr');
  assert.deepEqual(got[0], {
    content: 'la réunion aurait lieu',
    kind: 'indirect',
    cue: 'a déclaré',
    speaker: 'Oleg Sokol',
  });
  assert.deepEqual(got[1], {
    content: 'C’est notre droit',
    kind: 'direct',
    cue: 'a-t-il ajouté',
    speaker: 'Oleg Sokol',
  });
});

test('a quote before its speaker, and an unnamed speaker taken up by nominal anaphora', () => {
  const text =
    'Le voisin veut nous affaiblir, a déclaré un haut diplomate lituanien. ' +
    '« Nous resterons fermes. » dit le diplomate. Le diplomate lituanien a ajouté que « la porte reste ouverte ».';
  const got = quotes(text, 'fr');
  assert.deepEqual(
    got.map((q) => [q.content, q.kind, q.speaker]),
    [
      ['Le voisin veut nous affaiblir', 'indirect', 'haut diplomate lituanien'],
      ['Nous resterons fermes.', 'direct', 'haut diplomate lituanien'],
      ['la porte reste ouverte', 'direct', 'haut diplomate lituanien'],
    ],
  );
});

test('mixed quotes hold a quoted fragment inside reported speech', () => {
  const got = quotes('Ivan Petrov a affirmé qu’il n’y avait « aucune preuve » de fraude.', 'fr');
  assert.deepEqual(got, [
    {
      content: 'il n’y avait « aucune preuve » de fraude',
      kind: 'mixed',
      cue: 'a affirmé',
      speaker: 'Ivan Petrov',
    },
  ]);
});

test('selon and according to name a source; "selon lesquelles" does not', () => {
  assert.deepEqual(
    quotes('Selon Ivan Petrov, la frontière restera fermée.', 'fr').map((q) => [q.content, q.speaker]),
    [['la frontière restera fermée', 'Ivan Petrov']],
  );
  assert.deepEqual(quotes('Il a rejeté les rumeurs selon lesquelles la frontière fermerait.', 'fr'), []);
  assert.deepEqual(
    quotes('The border will stay closed, according to Anna Berg.', 'en').map((q) => [q.content, q.speaker]),
    [['The border will stay closed', 'Anna Berg']],
  );
});

test('a pronoun takes up a person who opened a sentence since the last speaker spoke', () => {
  const text =
    '« Les troupes partiront », a déclaré Anna Berg. Le ministre Paul Durand a rejeté ces accusations. ' +
    '« Rien n’est décidé », a-t-il ajouté. Il a aussi dit que la frontière resterait ouverte.';
  assert.deepEqual(
    quotes(text, 'fr').map((q) => q.speaker),
    ['Anna Berg', 'Paul Durand', 'Paul Durand'],
  );
  // With no newer subject, the last speaker keeps the pronoun.
  const kept = '« Les troupes partiront », a déclaré Anna Berg. « Rien n’est décidé », a-t-elle ajouté.';
  assert.deepEqual(
    quotes(kept, 'fr').map((q) => q.speaker),
    ['Anna Berg', 'Anna Berg'],
  );
});

test('English: said Smith, Smith said, he said, and bare complements', () => {
  const text =
    '“We are ready,” said John Miller, a senior official. The talks failed, Miller said. ' +
    'He said the army would stay. “It is over,” he added.';
  const got = quotes(text, 'en');
  assert.deepEqual(
    got.map((q) => [q.content, q.speaker]),
    [
      ['We are ready,', 'John Miller'],
      ['The talks failed', 'John Miller'],
      ['the army would stay', 'John Miller'],
      ['It is over,', 'John Miller'],
    ],
  );
});

test('an institution speaks through its metonym; a floating quote goes to the last speaker', () => {
  const text =
    'Le Kremlin a indiqué que les troupes resteraient. « fausse histoire » : le débat est clos pour Moscou.';
  const got = quotes(text, 'fr');
  assert.equal(got[0].speaker, 'Kremlin');
  assert.deepEqual([got[1].content, got[1].speaker], ['fausse histoire', 'Kremlin']);
  const later = quotes('Les troupes resteront, selon les médias proches du pouvoir.', 'fr');
  assert.deepEqual(
    later.map((q) => [q.content, q.speaker]),
    [['Les troupes resteront', 'les médias proches du pouvoir']],
  );
});

test('verbs inside a quotation are not cues, and short scare quotes are not quotes', () => {
  const got = quotes(
    'Anna Berg said: “I think that we will win.” Critics called it a “stunt” in “bad taste”.',
    'en',
  );
  assert.deepEqual(
    got.map((q) => q.content),
    ['I think that we will win.', 'it a “stunt” in “bad taste”'],
  );
});

test('a speaker named after a role phrase that follows the cue is the person, not the ministry', () => {
  const text =
    '« Les frontières restent fermées », a déclaré la porte-parole du ministère des Affaires étrangères, Claire Martin, lors de son point de presse.';
  const q = analyseText(text, 'fr').quotes[0];
  assert.equal(q.speaker?.name, 'Claire Martin');
});

test('an adjunct between auxiliary and verb keeps the subject; an inverted "il" goes to the last man who spoke', () => {
  const text =
    'La porte-parole Claire Martin a affirmé que tout allait bien. ' +
    'Le ministre Paul Durand a de son côté estimé que la situation restait « tendue ». ' +
    '« Personne ne peut garantir la sécurité des équipages », a-t-il averti.';
  const quotes = analyseText(text, 'fr').quotes;
  assert.equal(quotes[1].speaker?.name, 'Paul Durand');
  assert.equal(quotes[2].speaker?.name, 'Paul Durand');
});

test('an unnamed role holder before the cue is the speaker, never a lone determiner or a negation', () => {
  const fr = analyseText('Un porte-parole de la commission a précisé que les mesures étaient solides.', 'fr');
  assert.match(fr.quotes[0].speaker?.name ?? '', /porte-parole/);
  const en = analyseText('Ukrainian officials said the bridge had been closed since Monday night.', 'en');
  assert.equal(en.quotes[0].speaker?.name, 'Ukrainian officials');
  const neg = analyseText(
    'La diplomate n’a pas précisé l’origine des fonds. Elle a parlé de « preuves tangibles ».',
    'fr',
  );
  for (const q of neg.quotes) assert.doesNotMatch(q.speaker?.name ?? '', /n’a pas/);
  // "Des" is an article here, not the preposition "des" (de + les): the phrase keeps it and names the speakers.
  const group = analyseText('Des analystes à Varsovie soulignent que le paquet arrive tard.', 'fr');
  assert.equal(group.quotes[0].speaker?.name, 'Des analystes à Varsovie');
});

test('a single quoted word or a short scare quote in a sentence without speech is not a quote', () => {
  const text =
    'Le cargo « Nordlys » a quitté le port mardi. Les experts voient depuis longtemps un « double standard » dans ce dossier.';
  assert.deepEqual(analyseText(text, 'fr').quotes, []);
});

test('a participle clause is said by the person its sentence introduces in apposition, not by the role phrase', () => {
  const en = analyseText(
    "Poland's chief negotiator, Anna Berg, rejected the request on Monday, saying that the talks were over.",
    'en',
  );
  assert.equal(en.quotes[0]?.speaker?.name, 'Anna Berg');
});

test('a speech-verb form after a determiner, a possessive or a denial verb is a noun, not a cue (en)', () => {
  const denied = analyseText(
    'Ukrainian officials denied reports that any weapons had been unloaded at the port.',
    'en',
  );
  assert.deepEqual(
    denied.quotes.map((q) => q.cue?.text),
    ['denied'],
  );
  const nouns = analyseText('The mayor said his hope was gone. These reports could not be checked.', 'en');
  assert.deepEqual(
    nouns.quotes.map((q) => q.cue?.text),
    ['said'],
  );
});

test('a report before "X told <addressee>." is X\'s; other verbs with a clause after them stay unreported (en)', () => {
  const told = analyseText(
    'The talks are over for this year, a senior Polish diplomat told reporters.',
    'en',
  );
  assert.equal(told.quotes.length, 1);
  assert.match(told.quotes[0].speaker?.name ?? '', /diplomat/);
  assert.equal(told.text.slice(told.quotes[0].start, told.quotes[0].end), 'The talks are over for this year');
  const clause = analyseText(
    'The talks are over for this year, the diplomat told reporters he was leaving.',
    'en',
  );
  assert.ok(!clause.quotes.some((q) => clause.text.slice(q.start, q.end).startsWith('The talks')));
});
