import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isValidSpan, trimSpan } from '../../core/span.js';
import { makeArticle, type EntitySpec } from './fixture.js';
import { readClaims } from './index.js';

const NAMES = ['Minsk', 'Téhéran', 'Kiev', 'Ankara', 'Oslo'];
const ENTITIES: EntitySpec[] = NAMES.map((n, i) => ({
  id: `e${i}`,
  name: n,
  type: 'location',
  country: ['BY', 'IR', 'UA', 'TR', 'NO'][i],
  forms: [n],
}));

const TEMPLATES: Record<string, string[]> = {
  fr: [
    '{A} a rejeté les accusations selon lesquelles {B} aurait livré des obus à {C}.',
    "{A} a accusé {B} d'envoyer des soldats en {C}.",
    '{A} a déclaré que {B} fournissait des drones à {C}.',
    "{A} n'a pas été en mesure de confirmer le déploiement de troupes de {B}.",
    "Il n'y a « aucune preuve » que {B} ait attaqué {C}.",
    "Des images montrent prétendument des livraisons d'armes en provenance de {B}.",
    '{A} a démenti ces informations.',
    '{A} dément',
  ],
  en: [
    '{A} denied reports that {B} had shipped missiles to {C}.',
    '{A} accused {B} of sending troops to {C}.',
    '{A} said on Monday that {B} had attacked {C}.',
    '{A} could not confirm the deployment of {B} troops.',
    'There is no evidence that {B} supplied drones to {C}.',
    'The so-called arms deliveries from {B} were shown.',
    '{A} dismissed these allegations.',
  ],
};

const SEPARATORS = [' ', '\u00a0', '\n', '  ', ' « ', ' » ', '\n\n'];

const articleArb = fc.constantFrom('fr', 'en').chain((lang) =>
  fc.record({
    lang: fc.constant(lang),
    title: fc.boolean(),
    parts: fc.array(
      fc.record({
        template: fc.constantFrom(...TEMPLATES[lang]),
        names: fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.constantFrom(...NAMES)),
        sep: fc.constantFrom(...SEPARATORS),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  }),
);

test('every claim, stance and holder span lies inside the text, trimmed and non-empty', () => {
  fc.assert(
    fc.property(articleArb, ({ lang, title, parts }) => {
      const sentences = parts.map((p) =>
        p.template.replace('{A}', p.names[0]).replace('{B}', p.names[1]).replace('{C}', p.names[2]),
      );
      let text = sentences.map((s, i) => s + parts[i].sep).join('');
      if (title) text = `${sentences[0]}\n${text}`;
      const article = makeArticle(text, { lang, entities: ENTITIES, title });
      for (const claim of readClaims(article)) {
        assert.ok(isValidSpan(text, claim.span) && claim.span.end > claim.span.start);
        assert.deepEqual(trimSpan(text, claim.span), claim.span);
        assert.ok(claim.stances.length > 0);
        for (const s of claim.stances) {
          assert.ok(
            isValidSpan(text, s.span) && s.span.end > s.span.start,
            `stance span ${JSON.stringify(s.span)}`,
          );
          assert.deepEqual(trimSpan(text, s.span), s.span);
          const { start, end } = s.holder;
          if (start !== undefined && end !== undefined) {
            assert.ok(isValidSpan(text, { start, end }));
            const words = text.slice(start, end);
            assert.ok(
              words === s.holder.name || ENTITIES.some((e) => e.forms.includes(words)),
              `holder slice ${words}`,
            );
          }
        }
      }
    }),
    { numRuns: 200 },
  );
});
