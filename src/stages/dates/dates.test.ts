// Tests of the dates stage: chrono mentions, our weekday rule, relative dates, and where `published` comes from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../core/article.js';
import { blocksStage } from '../blocks/index.js';
import { fixtureText, runText } from '../clean/fixtures.js';
import { cleanStage } from '../clean/index.js';
import { languageStage } from '../identify/language.js';
import { datesStage, isoDateOf } from './index.js';
import { findMentions } from './mentions.js';

const stages = [blocksStage, cleanStage, languageStage, datesStage];
const values = (a: Article): Record<string, string | null> =>
  Object.fromEntries((a.layers.dates ?? []).map((d) => [d.text, d.value]));

const fr = [
  'Un titre de test sur les ports',
  "Le porte-parole a déclaré mardi 17 octobre qu'il n'y avait aucune preuve de ces livraisons, selon la presse locale.",
  "Lors d'une visite en septembre dernier, le ministre avait évoqué une coopération, a-t-il rappelé hier devant les élus.",
  'Le ministre devrait arriver mercredi 18 octobre pour une visite de deux jours dans la capitale du pays voisin.',
].join('\n\n');

describe('dates', () => {
  it('fixes the year from the weekday and infers published from the latest reported day', () => {
    const a = runText(fr, stages);
    const v = values(a);
    assert.equal(v['mardi 17 octobre'], '2023-10-17');
    assert.equal(v['mercredi 18 octobre'], '2023-10-18');
    assert.equal(a.layers.published?.value, '2023-10-18');
    assert.equal(a.layers.published?.source, 'inferred');
    assert.equal(v['en septembre dernier'], '2023-09');
    assert.equal(v.hier, '2023-10-17');
  });

  it('resolves relative dates against the declared publication date, which wins', () => {
    const a = runText(fr, stages, {}, { published: '2023-10-20' });
    assert.equal(a.layers.published?.source, 'input');
    assert.equal(values(a).hier, '2023-10-19');
  });

  it('leaves relative dates without a value when nothing anchors them', () => {
    const text =
      "Titre d'un article sans date\n\nLa semaine dernière, le représentant a parlé lundi devant les délégués réunis en juin.";
    const a = runText(text, stages);
    assert.equal(a.layers.published, null);
    for (const d of a.layers.dates ?? []) assert.equal(d.value, null);
    assert.ok((a.layers.dates ?? []).some((d) => d.text === 'lundi'));
  });

  it('reads English dates with the weekday rule, and a dateline as published', () => {
    const a = runText(fixtureText('en-scraped'), stages);
    assert.equal(values(a)['on Tuesday, March 14'], '2023-03-14');
    const dl = runText(
      `Headline about the harbour plan\n\nLONDON, 5 March 2022 — ${'The council met and voted. '.repeat(4)}`,
      stages,
    );
    assert.deepEqual([dl.layers.published?.value, dl.layers.published?.source], ['2022-03-05', 'dateline']);
  });

  it('reads no date in running words that only look like abbreviations, nor near bare numbers', () => {
    const text = [
      'Un titre de test sur la mortalité',
      "Environ 6 décès sur 10 n'ont pas été enregistrés au bord de la mer, selon 15 experts et 2,3 milliards d'euros.",
      'The dimming of the sun was measured by 12 teams who sat down in 40 labs to compare their notes carefully.',
    ].join('\n\n');
    assert.deepEqual(runText(text, stages).layers.dates, []);
  });

  it('reads a date whole when it straddles the edge of the window of an earlier trigger', () => {
    const text = [
      'Headline about an old incident at sea',
      'Two days later, according to the official story, on August 4, 1962, a second incident occurred near the coast.',
    ].join('\n\n');
    assert.ok((runText(text, stages).layers.dates ?? []).some((d) => d.text === 'August 4, 1962'));
  });

  it('every date span slices to its text', () => {
    const a = runText(fr, stages);
    for (const d of a.layers.dates ?? []) assert.equal(a.text.slice(d.start, d.end), d.text);
  });

  it('reads a dotted numeric date as day.month, and an English slash date as month/day unless a number says not', () => {
    const en = 'The council met on Monday and voted for the new harbour plan after a long debate. '.repeat(3);
    const dotted = runText(`Headline about the harbour plan\n\nHarbour staff | 11.09.2023\n\n${en}`, stages);
    assert.equal(dotted.layers.published?.value, '2023-09-11');
    const slash = runText(`Headline about the harbour plan\n\n11/09/2023\n\n${en}`, stages);
    assert.equal(slash.layers.published?.value, '2023-11-09');
    const big = runText(`Headline about the harbour plan\n\n25/09/2023\n\n${en}`, stages);
    assert.equal(big.layers.published?.value, '2023-09-25');
  });

  it('writes declared timestamps as ISO dates and ignores a declared value that is not a date', () => {
    const stamp = runText(fr, stages, {}, { published: '2025-01-22T18:41:00+08:00' });
    assert.equal(stamp.layers.published?.value, '2025-01-22');
    const bad = runText(fr, stages, {}, { published: 'not-a-date' });
    assert.equal(bad.layers.published?.value, '2023-10-18');
    assert.equal(bad.layers.published?.source, 'inferred');
    assert.equal(isoDateOf('2024-06'), '2024-06');
    assert.equal(isoDateOf('2024/03/05 10:00'), '2024-03-05');
    assert.equal(isoDateOf('2024-13-01'), null);
    assert.equal(isoDateOf('Wed, 22 Jan 2025 10:41:00 GMT'), '2025-01-22');
  });
});

describe('date triggers', () => {
  const ref = new Date('2023-10-20T12:00:00Z');
  const texts = (lang: string, text: string): string[] =>
    findMentions(text, [{ start: 0, end: text.length }], lang, ref).map((m) => m.text);

  it('reads a date word only where it starts a word, as a whole word', () => {
    assert.deepEqual(texts('fr', 'Le sommet du 17 janvier 2023 a eu lieu.'), ['17 janvier 2023']);
    // "janvier" inside a longer word, after a letter or an astral letter: no trigger, so no window and no date.
    assert.deepEqual(texts('fr', 'Le projet Xjanvier 2023 avance.'), []);
    assert.deepEqual(texts('fr', 'Le projet 𝐀janvier 2023 avance.'), []);
    // After punctuation or a digit it is a word.
    assert.deepEqual(texts('fr', 'Le sommet (17 janvier 2023) a eu lieu.'), ['17 janvier 2023']);
  });

  it('reads numeric dates even after a letter, and a word trigger right after a rejected one', () => {
    assert.deepEqual(texts('en', 'The memo ref A10/17/2023 was signed.'), ['10/17/2023']);
    assert.deepEqual(texts('en', 'Xmay, June 3, 2023, came.'), ['June 3, 2023']);
  });
});
