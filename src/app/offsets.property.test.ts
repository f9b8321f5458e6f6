// Property tests: whatever the text (astral characters, CRLF, NBSP, BOMs, RTL, combining marks), every span of the
// output slices to its text and stays inside it, and the id is a function of the text alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkRecordSpans } from '../core/validate.js';
import { analyzeItem } from './analyze.js';

const pieces = fc.constantFrom(
  'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mardi 17 octobre que « rien n’est prouvé ».',
  'The White House said on Friday that the convoy “carried weapons”, a claim Moscow denied.',
  '\r\n',
  '\n',
  '\n\n',
  '\u00a0',
  '\u202f',
  '\ufeff',
  '😀',
  '𝔄𝔅',
  '🇫🇷',
  'e\u0301',
  'مرحبا',
  'Пресс-секретарь заявил',
  'SOURCE: FRENCH PRESS TV',
  'Partager cet article',
  '(AFP photo)',
  '— RT World News',
  '   ',
  '\t',
  '«',
  '»',
  '"',
  'M. ',
  'Mr. ',
);
const texts = fc
  .array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 30 })), { minLength: 1, maxLength: 40 })
  .map((a) => a.join(''));

describe('offsets are exact on any text', () => {
  it('every span slices to its text and lies inside it', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const record = analyzeItem({
          input: 'prop.txt',
          bytes: Buffer.from(text, 'utf8'),
          format: 'text',
          group: null,
        });
        if (record.error !== null) {
          assert.ok(
            ['E_EMPTY', 'E_BINARY'].includes(record.error.code),
            `unexpected ${record.error.code}: ${record.error.message}`,
          );
          return;
        }
        assert.deepEqual(checkRecordSpans(record), []);
        const again = analyzeItem({
          input: 'other-name.txt',
          text: record.text,
          format: 'text',
          group: null,
        });
        assert.equal(again.id, record.id);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the decoded text exactly (only a leading BOM is dropped)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const record = analyzeItem({
          input: 'p.txt',
          bytes: Buffer.from(text, 'utf8'),
          format: 'text',
          group: null,
        });
        if (record.error === null)
          assert.equal(record.text, text.startsWith('\ufeff') ? text.slice(1) : text);
      }),
      { numRuns: 100 },
    );
  });
});
