// Property test: whatever our fragments are combined into, every mention, quote, cue and speaker span slices exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyseText } from './analyse-text.js';
import { useTestActors } from './test-actors.js';

useTestActors();

const FRAGMENTS = [
  'Le porte-parole du Kremlin, Oleg Sokol, a déclaré mardi qu’il n’y avait « aucune preuve ».',
  '« C’est notre droit », a-t-il ajouté.',
  'Un représentant moldave a rejeté ces allégations.',
  '« Nous resterons fermes. » dit le représentant.',
  'Selon M. Dorval, l’Occident hésite.',
  '“We are ready,” said John Miller, a senior official.',
  'The talks failed, Miller said.',
  'He said the army would stay, according to the Northern Alliance Council.',
  'Sen. Ann Lee told reporters that „nothing“ had changed; ‹ fin › "end"',
  "''Tax reform is dead,'' Mr. Holt said.",
  'Le président russe Vladimir Poutine a souligné que même si rien n’était signé, il voyait des « possibilités ».',
  '…',
  '« unclosed quote and a-t-il',
];

const article = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(' ', '\n', '\n\n', '\u00a0', '')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

test('all spans slice exactly and lie inside the text', () => {
  fc.assert(
    fc.property(article, fc.constantFrom('fr', 'en'), (text, lang) => {
      const a = analyseText(text, lang);
      const inText = (s: { start: number; end: number }): boolean =>
        s.start >= 0 && s.start <= s.end && s.end <= text.length;
      for (const e of a.entities) {
        for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      }
      for (const q of a.quotes) {
        assert.ok(inText(q) && q.end > q.start, 'quote span');
        if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
        if (q.speaker) assert.ok(inText(q.speaker) && q.speaker.end > q.speaker.start, 'speaker span');
      }
      for (const t of a.tokens)
        assert.ok(
          a.body.some((b) => t.start >= b.start && t.end <= b.end),
          'token inside the body',
        );
    }),
    { numRuns: 150 },
  );
});
