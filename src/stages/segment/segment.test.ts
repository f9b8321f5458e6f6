// Tests of the segmenter: tokens, sentence ends around abbreviations, initials and quotation marks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment } from './index.js';
import { pairQuotes } from './quote-marks.js';
import { tokenize } from './tokenize.js';

function sentences(text: string, lang: string): string[] {
  return segment(text, [{ start: 0, end: text.length }], lang).sentences.map((s) =>
    text.slice(s.start, s.end),
  );
}

test('French abbreviations and guillemets do not end sentences', () => {
  const text = 'M. Martin est arrivé hier. Il a dit : « Nous partons. Vous restez. » Puis il est reparti.';
  assert.deepEqual(sentences(text, 'fr'), [
    'M. Martin est arrivé hier.',
    'Il a dit : « Nous partons. Vous restez. »',
    'Puis il est reparti.',
  ]);
});

test('a period inside a quote followed by a reporting verb does not end the sentence', () => {
  const text = '« Tout va bien. », a déclaré la ministre. Elle est partie.';
  assert.deepEqual(sentences(text, 'fr'), ['« Tout va bien. », a déclaré la ministre.', 'Elle est partie.']);
});

test('English titles, initials and initialisms stay inside the sentence', () => {
  const text = 'Sen. Ann Lee met Mr. J. R. Smith in the U.S. capital on Monday. They talked.';
  assert.deepEqual(sentences(text, 'en'), [
    'Sen. Ann Lee met Mr. J. R. Smith in the U.S. capital on Monday.',
    'They talked.',
  ]);
});

test('curly quotes close a sentence after its period', () => {
  const text = '“We will win.” Nobody answered.';
  assert.deepEqual(sentences(text, 'en'), ['“We will win.”', 'Nobody answered.']);
});

test('sentences exist only inside the body paragraphs', () => {
  const text = 'Menu | Accueil\nLe texte commence ici. Il continue.\nPartager';
  const start = text.indexOf('Le texte');
  const end = text.indexOf('\nPartager');
  const seg = segment(text, [{ start, end }], 'fr');
  assert.equal(seg.sentences.length, 2);
  assert.ok(seg.tokens.every((t) => t.start >= start && t.end <= end));
});

test('tokens split elisions and possessives and keep hyphenated words whole', () => {
  const text = 'L’Occident, qu’il a-t-il dit; Clinton’s 1\u00a0000 U.S. porte-parole';
  const toks = tokenize(text, 0, text.length).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(toks, [
    'L’',
    'Occident',
    ',',
    'qu’',
    'il',
    'a-t-il',
    'dit',
    ';',
    'Clinton',
    '’s',
    '1\u00a0000',
    'U.S.',
    'porte-parole',
  ]);
});

test('quotation marks pair by kind, including doubled apostrophes', () => {
  const text = "«a» “b” „c“ ‹d› \"e\" ''f''";
  const inner = pairQuotes(text, 0, text.length).map((p) => text.slice(p.inner.start, p.inner.end));
  assert.deepEqual(inner, ['a', 'b', 'c', 'd', 'e', 'f']);
});
