// Passage alignment, copy kinds and direction on small hand-written articles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from './align.js';
import { classifyCopy } from './classify.js';
import { decideDirection, type DirectionSide } from './direction.js';
import { translationScore } from './translation.js';
import { lineSpans, paragraphsOf } from './text.js';

const P = [
  'The harbour authority said on Tuesday that the convoy of twelve ships had left the northern port at dawn.',
  'Officials at the ministry told reporters that the cargo consisted of grain and fertiliser bound for the south.',
  'A spokesman for the opposition said the figures published by the government could not be checked independently.',
  'Shipping insurers raised their premiums for the route after two vessels were damaged by mines last month.',
  'The next convoy is expected to leave the port on Friday if the weather allows the tugs to operate safely.',
];
const doc = (lines: string[]) => {
  const text = lines.join('\n');
  return paragraphsOf(text, lineSpans(text));
};
const kind = (source: string[], copy: string[]) => {
  const s = doc(source);
  const c = doc(copy);
  return classifyCopy(s, c, align(s, c));
};

describe('copy kinds', () => {
  it('calls a header and footer swap verbatim', () => {
    assert.equal(
      kind(['Home | World', ...P, 'Share this'], ['Latest News', ...P, 'Source: Harbour Wire']).kind,
      'verbatim',
    );
  });
  it('calls a title with an outlet suffix verbatim (framed)', () => {
    const title = 'Convoy of twelve grain ships leaves the northern port at dawn today';
    const r = kind([title, ...P], [`${title} — Harbour Wire`, ...P]);
    assert.equal(r.kind, 'verbatim');
    assert.equal(r.framed, true);
  });
  it('calls a cut ending partial', () => {
    assert.equal(kind(P, P.slice(0, 3)).kind, 'partial');
  });
  it('calls an inserted caption, a cut middle paragraph, a rewrite or a reorder edited', () => {
    assert.equal(kind(P, [...P.slice(0, 2), '(AFP photo)', ...P.slice(2)]).kind, 'edited');
    assert.equal(kind(P, [P[0], P[1], P[3], P[4]]).kind, 'edited');
    const rewritten = [...P];
    rewritten[2] =
      'An opposition spokesman said the figures published by the government could not be independently checked at all.';
    const r = kind(P, rewritten);
    assert.equal(r.kind, 'edited');
    assert.equal(r.rewritten, 1);
    assert.equal(kind(P, [P[1], P[0], P[2], P[3], P[4]]).kind, 'edited');
  });
});

const side = (over: Partial<DirectionSide>): DirectionSide => ({
  id: 'x',
  outlet: null,
  outletDomain: null,
  origin: null,
  originDomain: null,
  originEvidence: null,
  day: null,
  published: null,
  ownLines: '',
  size: 100,
  ...over,
});

describe('direction', () => {
  it('is known from a credit, whatever the dates say', () => {
    const original = side({ id: 'a', outlet: 'RT', day: 10, published: '2023-01-10' });
    const copy = side({
      id: 'b',
      outlet: 'Info Monde',
      origin: 'RT en français',
      originEvidence: 'Source : RT en français',
      day: 9,
      published: '2023-01-09',
    });
    const d = decideDirection(copy, original, 1, 1);
    assert.equal(d.source.id, 'a');
    assert.equal(d.direction, 'known');
    assert.equal(d.credited, true);
  });
  it('reads a credit line the copy alone has when the origin layer is empty', () => {
    const d = decideDirection(
      side({ id: 'a', outlet: 'TASS' }),
      side({ id: 'b', outlet: 'Wire', ownLines: 'SOURCE: TASS' }),
      1,
      1,
    );
    assert.deepEqual([d.source.id, d.direction], ['a', 'known']);
  });
  it('is inferred from dates for an uncredited copy, and flags it', () => {
    const d = decideDirection(
      side({ id: 'b', day: 12, published: '2023-01-12' }),
      side({ id: 'a', day: 11, published: '2023-01-11' }),
      1,
      1,
    );
    assert.deepEqual([d.source.id, d.direction, d.credited], ['a', 'inferred', false]);
  });
  it('is inferred from containment when undated, unknown when nothing tells', () => {
    assert.equal(decideDirection(side({ id: 'a' }), side({ id: 'b' }), 0.5, 1).source.id, 'a');
    assert.equal(decideDirection(side({ id: 'a' }), side({ id: 'b' }), 1, 1).direction, 'unknown');
  });
  it('is unknown between two republishers of one origin', () => {
    const d = decideDirection(
      side({ id: 'a', outlet: 'One', origin: 'RT', day: 1 }),
      side({ id: 'b', outlet: 'Two', origin: 'RT', day: 2 }),
      1,
      1,
    );
    assert.equal(d.direction, 'unknown');
  });
});

describe('translations', () => {
  const en = ['#120 n:kiev', 'n:iran #22', 'g:RU #31', 'n:baghaei #38'];
  it('match paragraphs that carry the same names and numbers in order', () => {
    assert.equal(
      translationScore(en, ['#120 n:kiev', 'n:iran #22 n:teheran', 'g:RU #31', 'n:baghaei #38'])?.similarity,
      1,
    );
  });
  it('reject the same facts told in another order', () => {
    assert.equal(translationScore(en, ['n:baghaei #38', 'g:RU #31', 'n:iran #22', '#120 n:kiev']), null);
  });
});
