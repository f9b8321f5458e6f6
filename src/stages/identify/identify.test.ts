// Tests of the identify stage: outlet from header lines, titles, copyright and metadata; origin from credits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksStage } from '../blocks/index.js';
import { fixtureText, runText } from '../clean/fixtures.js';
import { cleanStage } from '../clean/index.js';
import { identifyStage } from './index.js';
import { cleanOutletName, mastheadName } from './outlet.js';

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

  it('resolves "SOURCE: FRENCH PRESS TV" to Press TV but does not make it the outlet when no publisher is shown', () => {
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
    assert.equal(a.layers.outlet, null);
  });

  it('reads a masthead cut short by the scrape ("TV") as the credited source it belongs to', () => {
    const a = runText(
      page([
        'TV',
        'Un titre de test sur les négociations',
        para,
        para.replace('mardi', 'jeudi'),
        'SOURCE: FRENCH PRESS TV',
      ]),
      stages,
    );
    assert.equal(a.layers.outlet?.name, 'Press TV');
    assert.equal(a.layers.outlet?.rule, 'outlet.masthead-of-origin');
    assert.equal(a.layers.origin?.name, 'Press TV');
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

  it('takes the masthead on the first line over the source the copy credits', () => {
    const a = runText(
      page([
        'HARBOUR DAILY WIRE  |  World  |  Europe',
        'Port workers end their strike after two weeks of talks',
        para,
        para.replace('mardi', 'jeudi'),
        'SOURCE: TASS',
      ]),
      stages,
    );
    assert.equal(a.layers.outlet?.name, 'Harbour Daily Wire');
    assert.equal(a.layers.outlet?.evidence?.text, 'HARBOUR DAILY WIRE');
    assert.equal(a.layers.outlet?.rule, 'outlet.masthead');
    assert.equal(a.layers.origin?.name, 'TASS');
  });

  it('reads a lone masthead line and a "Name - tagline" line as the site', () => {
    const title = 'Le conseil municipal adopte le nouveau plan du port après un long débat entre les élus';
    const body = [para, para.replace('mardi', 'jeudi')];
    const lone = runText(page(['La Vigie du Port', 'Accueil / Monde', title, ...body]), stages);
    assert.equal(lone.layers.outlet?.name, 'La Vigie du Port');
    const tagline = runText(
      page(['La Vigie du Port - Toute l’actualité de la côte', 'MONDE', title, ...body]),
      stages,
    );
    assert.equal(tagline.layers.outlet?.name, 'La Vigie du Port');
  });

  it('finds agency credits: "avec AFP" in a byline, a lone "(Sputnik)", "With reporting by Reuters."', () => {
    const byline = runText(
      page(['Un titre de test sur les négociations', 'Par la rédaction, avec AFP', para, para]),
      stages,
    );
    assert.equal(byline.layers.origin?.name, 'AFP');
    const lone = runText(page(['Un titre de test sur les négociations', para, para, '(Sputnik)']), stages);
    assert.equal(lone.layers.origin?.name, 'Sputnik');
    const en =
      'The minister said on Tuesday that the talks would go on in the coming days, according to several sources.';
    const reporting = runText(
      page(['A test headline about the talks', en, en, 'With reporting by Reuters.']),
      stages,
    );
    assert.equal(reporting.layers.origin?.name, 'Reuters');
    const dateline = runText(
      page(['A test headline about the talks', `GENEVA (Reuters) — ${en}`, en]),
      stages,
    );
    assert.equal(dateline.layers.origin?.name, 'Reuters');
  });

  it("does not read an outlet's own dateline as a credit of another source", () => {
    const en =
      'The ministry said on Wednesday that the talks would go on in the coming days, according to officials.';
    const a = runText(
      page(['Xinhua', 'A test headline about the talks', `BEIJING, June 5 (Xinhua) -- ${en}`, en]),
      stages,
    );
    assert.equal(a.layers.outlet?.name, 'Xinhua');
    assert.equal(a.layers.origin, null);
  });

  it('names a masthead in capitals in title case', () => {
    assert.equal(mastheadName('L’ÉCHO DE LA BAIE'), 'L’Écho de la Baie');
    assert.equal(mastheadName('La Vigie du Port'), 'La Vigie du Port');
  });

  it('cleans site names from metadata: no "@", no tagline', () => {
    assert.equal(cleanOutletName('@HarbourDaily'), 'HarbourDaily');
    assert.equal(cleanOutletName('Harbour Daily | The coast’s favourite news p…'), 'Harbour Daily');
    assert.equal(cleanOutletName('Harbour Daily - News from the coast'), 'Harbour Daily');
  });
});
