// Checks that every boilerplate, stop-word and date file under src/knowledge/ loads, validates and is consistent.
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import { describe, it, test } from 'node:test';
import { REMOVED_KINDS } from '../../core/article.js';
import { knowledgeFile } from '../../knowledge/paths.js';
import { dateWords } from '../dates/knowledge.js';
import { cleanKnowledge } from './knowledge.js';
import { findCredit, matchBoilerplate } from './rules.js';

describe('clean knowledge', () => {
  it('loads every rule with a unique id prefixed by its language and a known kind', () => {
    const k = cleanKnowledge();
    assert.ok(k.rules.length > 50);
    for (const r of k.rules) {
      assert.ok(r.id.startsWith(r.lang === '*' ? 'any.' : `${r.lang}.`), r.id);
      assert.ok(REMOVED_KINDS.includes(r.kind), r.id);
    }
    assert.ok(k.stopwords.get('le')?.includes('fr'));
    assert.ok(k.stopwords.get('the')?.includes('en'));
  });

  it('matches the shapes it is written for, and not ordinary sentences', () => {
    assert.equal(matchBoilerplate('Partager Cet Article', 3)?.kind, 'share');
    assert.equal(matchBoilerplate('Lien source', 2)?.kind, 'source-credit');
    assert.equal(matchBoilerplate('Lancement du satellite. (Illustration)', 4)?.kind, 'caption');
    assert.equal(matchBoilerplate('Le ministre a partagé cet article avec ses collègues.', 9), null);
    const credit = findCredit('SOURCE: FRENCH PRESS TV');
    assert.equal(
      credit && 'SOURCE: FRENCH PRESS TV'.slice(credit.name!.start, credit.name!.end),
      'FRENCH PRESS TV',
    );
  });

  it('loads the date words of every language that has them', () => {
    const root = knowledgeFile('');
    const langs = readdirSync(root).filter((d) => existsSync(knowledgeFile(`${d}/dates.yaml`)));
    assert.ok(langs.length >= 6);
    for (const lang of langs) assert.equal(dateWords(lang)?.monthOf.size !== undefined, true, lang);
    assert.equal(dateWords('xx'), null);
  });
});

test('the stop-word filter passes every stop word and turns most other words away', () => {
  const stop = cleanKnowledge().stopIndex;
  const missed = [...stop.words.keys()].filter((w) => w.length > 0 && !stop.filter.mayHave(w, 0, w.length));
  assert.deepEqual(missed, []);
  // Read inside a longer string, as the line scanner reads it.
  const line = 'xx le gouvernement yy';
  assert.equal(stop.filter.mayHave(line, 3, 5), true);
  const others = [
    'gouvernement',
    'déclaration',
    'pyongyang',
    'allegations',
    'washington',
    'missiles',
    'kremlin',
  ];
  const passed = others.filter((w) => stop.filter.mayHave(w, 0, w.length) && !stop.words.has(w));
  assert.ok(passed.length <= 2, `false positives: ${passed.join(', ')}`);
});
