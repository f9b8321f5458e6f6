// Tests of the language stage: body code from eld, per-paragraph codes, and a paragraph in another language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './language.js';

function paragraphs(texts: string[]): { text: string; body: Array<{ start: number; end: number }> } {
  let text = '';
  const body = texts.map((t) => {
    const start = text.length;
    text += `${t}\n\n`;
    return { start, end: start + t.length };
  });
  return { text, body };
}

describe('language', () => {
  it('tells French, English and German bodies apart', () => {
    const cases: Array<[string, string]> = [
      [
        'fr',
        'Le gouvernement a présenté un plan pour les ports, et les syndicats ont salué cette annonce attendue depuis longtemps.',
      ],
      [
        'en',
        'The council approved the new bridge after a long debate, and residents welcomed the decision on Tuesday evening.',
      ],
      [
        'de',
        'Die Regierung hat am Dienstag einen Plan für die Häfen vorgestellt, und die Gewerkschaften haben ihn begrüßt.',
      ],
    ];
    for (const [code, sentence] of cases) {
      const { text, body } = paragraphs([sentence, sentence]);
      assert.equal(detectLanguage(text, body).code, code);
    }
  });

  it('gives a paragraph in another language its own code', () => {
    const fr =
      'Le porte-parole a déclaré que la Russie continuerait à développer ses relations avec ses voisins du nord.';
    const en =
      'The spokesman said that Russia would keep developing its relations with its northern neighbours in the years ahead.';
    const { text, body } = paragraphs([fr, fr.replace('Russie', 'France'), en, fr.replace('nord', 'sud')]);
    const layer = detectLanguage(text, body);
    assert.equal(layer.code, 'fr');
    assert.deepEqual(
      layer.paragraphs.map((p) => p.code),
      ['fr', 'fr', 'en', 'fr'],
    );
    assert.ok(layer.confidence > 0.5 && layer.confidence < 1);
  });

  it('returns null with no body', () => {
    assert.equal(detectLanguage('', []).code, null);
  });
});
