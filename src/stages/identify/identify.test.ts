// Tests of the identify stage: outlet from header lines, titles, copyright and metadata; origin from credits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksStage } from '../blocks/index.js';
import { fixtureText, runText } from '../clean/fixtures.js';
import { cleanStage } from '../clean/index.js';
import { identifyStage } from './index.js';

const stages = [blocksStage, cleanStage, identifyStage];
const para =
  'Le ministre a déclaré mardi que les discussions se poursuivraient dans les prochains jours, selon plusieurs sources proches du dossier.';

function page(lines: string[]): string {
  return lines.join('\n\n');
}

describe('identify', () => {
  it('takes the outlet from a "Section | Site" header and the origin from a "Source :" credit', () => {
    const a = runText(fixtureText('fr-scraped'), stages);
    assert.equal(a.layers.outlet?.name, 'Le Quotidien du Soir');
    assert.equal(a.layers.outlet?.affiliation, 'unknown');
    assert.equal(a.layers.origin?.name, 'Agence Exemple Info');
    assert.equal(a.layers.origin?.evidence?.text, 'Source : Agence Exemple Info');
  });

  it('reads a known outlet glued to the title as the origin, with its country and affiliation', () => {
    const a = runText(
      page([
        'Infos | Le Journal Exemple',
        'Les négociations reprennent à Genève — RT World News',
        para,
        para.replace('mardi', 'mercredi'),
      ]),
      stages,
    );
    assert.equal(a.layers.title?.text, 'Les négociations reprennent à Genève');
    assert.equal(a.layers.origin?.name, 'RT');
    assert.equal(a.layers.origin?.country, 'RU');
    assert.equal(a.layers.origin?.evidence?.text, 'RT World News');
    assert.equal(a.layers.outlet?.name, 'Le Journal Exemple');
  });

  it('resolves "SOURCE: FRENCH PRESS TV" to Press TV and, with no other publisher shown, uses it as the outlet', () => {
    const a = runText(
      page([
        'Un titre de test sur les négociations',
        para,
        para.replace('mardi', 'jeudi'),
        'SOURCE: FRENCH PRESS TV',
      ]),
      stages,
    );
    assert.equal(a.layers.origin?.name, 'Press TV');
    assert.equal(a.layers.origin?.country, 'IR');
    assert.equal(a.layers.outlet?.name, 'Press TV');
    assert.equal(a.layers.outlet?.rule, 'outlet.from-origin');
  });

  it('leaves origin null when nothing is credited, and names the site from its title suffix or copyright', () => {
    const a = runText(fixtureText('en-scraped'), stages);
    assert.equal(a.layers.origin, null);
    assert.equal(a.layers.outlet?.name, 'The Example Herald');
  });

  it('prefers the declared outlet of the input, resolved against outlets.yaml', () => {
    const a = runText(fixtureText('en-scraped'), stages, {}, { outlet: 'Press TV' });
    assert.equal(a.layers.outlet?.rule, 'outlet.declared');
    assert.equal(a.layers.outlet?.country, 'IR');
    const b = runText(fixtureText('en-scraped'), stages, {}, { outlet: 'Some Unlisted Blog' });
    assert.deepEqual(
      [b.layers.outlet?.name, b.layers.outlet?.affiliation],
      ['Some Unlisted Blog', 'unknown'],
    );
  });
});
