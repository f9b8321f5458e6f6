// Tests of the wire-reporting register: reporting-verb share of an article's lines and the margin it adds to model cuts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../../core/span.js';
import { detectTechniques } from './detect.js';
import { tokenize } from './features.js';
import { shippedModel } from './model.js';
import { reportingForms, reportingMargin, reportingShare } from './register.js';

const wire = [
  'Le ministre a déclaré mardi que la délégation arriverait jeudi dans la capitale pour deux jours de réunions.',
  'Selon le porte-parole, les discussions porteront sur le commerce, a-t-il ajouté devant la presse.',
  'Le gouvernement a affirmé que les prétendues livraisons n’avaient jamais eu lieu et que les échanges se poursuivraient.',
  'La réunion doit se tenir au siège de l’organisation en présence des délégations des deux pays voisins.',
].join('\n');

const linesOf = (text: string): Span[] => {
  let at = 0;
  return text.split('\n').map((l) => {
    const span = { start: at, end: at + l.length };
    at += l.length + 1;
    return span;
  });
};
const tokensOf = (text: string) => linesOf(text).map((l) => tokenize(text, l.start, l.end));

test('French reporting-verb forms come from the speech-verb knowledge, auxiliaries excluded', () => {
  const forms = reportingForms('fr');
  assert.ok(forms.has('déclaré') && forms.has('ajouté') && forms.has('affirmé'));
  assert.ok(!forms.has('a') && !forms.has('ministre'));
  assert.equal(reportingForms('xx').size, 0);
});

test('the share counts lines holding a reporting verb; no line or no form is 0', () => {
  assert.equal(reportingShare(tokensOf(wire), reportingForms('fr')), 0.75);
  assert.equal(reportingShare([], reportingForms('fr')), 0);
  assert.equal(reportingShare(tokensOf(wire), new Set()), 0);
});

test('the margin applies at or above the gate share only, and not without a gate', () => {
  const tokens = tokensOf(wire);
  assert.equal(reportingMargin(tokens, 'fr', { share: 0.75, margin: 1.5 }), 1.5);
  assert.equal(reportingMargin(tokens, 'fr', { share: 0.8, margin: 1.5 }), 0);
  assert.equal(reportingMargin(tokens, 'fr', null), 0);
});

test('a wire article raises the model cuts only: lexicon cues stay, model labels go', (t) => {
  const shipped = shippedModel('fr');
  if (!shipped) return t.skip('no French model shipped');
  const body = [{ start: 0, end: wire.length }];
  const run = (margin: number) =>
    detectTechniques(wire, body, 'fr', { model: { ...shipped, reporting: { share: 0.5, margin } } });
  const byRule = (ts: ReturnType<typeof run>, prefix: string) => ts.filter((x) => x.rule.startsWith(prefix));
  // A negative margin lowers every cut, which shows the gate reaches them; a large one silences the model.
  assert.ok(byRule(run(-100), 'model:').length > 0);
  assert.deepEqual(byRule(run(100), 'model:'), []);
  assert.deepEqual(byRule(run(100), 'lexicon:'), byRule(run(-100), 'lexicon:'));
  assert.ok(byRule(run(100), 'lexicon:').some((x) => x.label === 'Doubt'));
});
