// Tests of LineTemplates: counting per group, the 30%-of-5 rule, JSON round trip, and its use by the cleaner.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksStage } from '../blocks/index.js';
import { fixtureText, runText, sliceOf } from './fixtures.js';
import { cleanStage } from './index.js';
import { isTemplateLine, LineTemplates } from './templates.js';

const footer = 'Retrouvez toutes nos infos régionales chaque matin dans votre boîte aux lettres numérique';

function corpus(): Array<{ group: string; text: string }> {
  return Array.from({ length: 6 }, (_, i) => ({
    group: 'site-a',
    text: `Titre ${i}\nUn paragraphe numéro ${i}.\n${footer}\n`,
  }));
}

describe('LineTemplates', () => {
  it('counts a line once per article, normalising case, digits and spaces', () => {
    const t = LineTemplates.fromArticles([
      { group: 'g', text: 'Édition du 12 mai\nÉDITION  du 34 MAI\nune ligne seule' },
      { group: 'g', text: 'édition du 56 mai' },
    ]);
    assert.equal(t.size('g'), 2);
    assert.equal(t.count('g', 'Édition du 99 mai'), 2);
    assert.equal(t.count('g', 'une ligne seule'), 0, 'lines of one article are pruned');
    assert.equal(t.count('h', 'Édition du 99 mai'), 0);
  });

  it('flags a line in at least 30% of a group of at least five articles, and survives JSON', () => {
    const t = LineTemplates.fromArticles(corpus());
    assert.equal(isTemplateLine(t, 'site-a', footer), true);
    assert.equal(isTemplateLine(t, 'site-a', 'Un paragraphe numéro 1.'), true, 'digits are normalised');
    assert.equal(isTemplateLine(t, 'site-b', footer), false);
    const copy = LineTemplates.fromJSON(JSON.parse(JSON.stringify(t.toJSON())));
    assert.equal(copy.count('site-a', footer), 6);
    assert.equal(copy.size('site-a'), 6);
    const small = LineTemplates.fromArticles(corpus().slice(0, 4));
    assert.equal(isTemplateLine(small, 'site-a', footer), false, 'groups under five articles teach nothing');
  });

  it('lets the cleaner remove a learned template line inside the article', () => {
    const text = fixtureText('fr-scraped').replace('Les syndicats', `${footer}\n\nLes syndicats`);
    const templates = LineTemplates.fromArticles(corpus());
    const without = runText(text, [blocksStage, cleanStage], {}, { group: 'site-a' });
    assert.ok((without.layers.body ?? []).some((s) => sliceOf(without, s).startsWith(footer)));
    const withT = runText(text, [blocksStage, cleanStage], { templates }, { group: 'site-a' });
    const removed = (withT.layers.removed ?? []).find((r) => sliceOf(withT, r).startsWith(footer));
    assert.equal(removed?.rule, 'clean.template');
  });
});
