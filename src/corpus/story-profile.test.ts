// Story profiles: an article joins a story it matches as a whole, not one member; generic keys weigh little; spans bound.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StoryProfile } from '../core/corpus-store.js';
import { keyWeight } from './stories.js';
import {
  idfWeigh,
  JOIN_FIT,
  MAX_STORY_SPAN_DAYS,
  mergeProfiles,
  PROFILE_KEYS,
  profileFit,
  singleProfile,
  storyFit,
  withinSpan,
} from './story-profile.js';

const plain = idfWeigh(0, new Map());

/** A story of `n` members, each holding the event keys and three keys of its own. */
function story(event: string[], n: number, day = 100): StoryProfile {
  let p = singleProfile('s0', [...event, 'n:own0a', 'n:own0b', 'n:own0c'], day);
  for (let i = 1; i < n; i++)
    p = mergeProfiles(
      's0',
      p,
      singleProfile(`s${i}`, [...event, `n:own${i}a`, `n:own${i}b`, `n:own${i}c`], day),
    );
  return p;
}

describe('story profiles', () => {
  const event = ['e:person:karvosk', 'n:daltova', '#371', 'n:miren', 'n:vessel'];

  it('let an article about the event join, and not one that shares a single member’s own keys', () => {
    const p = story(event, 20);
    assert.ok(storyFit([...event, 'n:other'], p, plain) >= JOIN_FIT);
    assert.ok(storyFit(['n:own3a', 'n:own3b', 'n:own3c', 'n:else', 'n:more'], p, plain) < JOIN_FIT);
  });

  it('keep a capped profile and count dropped keys in the total', () => {
    const p = story(event, 40);
    assert.ok(p.keys.length <= PROFILE_KEYS);
    assert.equal(p.size, 40);
    assert.equal(p.total, 40 * 8);
  });

  it('equal the pair score for a one-article story', () => {
    const p = singleProfile('a', ['n:a', 'n:b', 'n:c', 'n:d'], 1);
    assert.equal(storyFit(['n:a', 'n:b', 'n:x', 'n:y'], p, plain), 0.5);
  });

  it('weigh keys most of the corpus holds little', () => {
    const weigh = idfWeigh(
      10_000,
      new Map([
        ['g:UA', 5000],
        ['n:karina', 40],
      ]),
    );
    assert.ok(weigh('g:UA') < keyWeight('g:UA') / 4);
    assert.equal(weigh('n:karina'), keyWeight('n:karina'));
  });

  it('do not merge stories that share only generic keys', () => {
    const generic = ['g:UA', 'g:RU', 'n:kremlin'];
    const a = story([...generic, 'n:odesa', 'n:port', '#12'], 5);
    const b = story([...generic, 'n:bilokamianka', 'n:plant', '#44'], 5);
    const weigh = idfWeigh(10_000, new Map(generic.map((k) => [k, 4000])));
    assert.ok(profileFit(a, b, weigh) < 0.3);
    assert.ok(profileFit(a, story([...generic, 'n:odesa', 'n:port', '#12'], 3), weigh) >= 0.3);
  });

  it('bound a story’s time span', () => {
    const p = story(event, 3, 100);
    assert.equal(withinSpan(p, 100 + MAX_STORY_SPAN_DAYS, 100 + MAX_STORY_SPAN_DAYS), true);
    assert.equal(withinSpan(p, 101 + MAX_STORY_SPAN_DAYS, 101 + MAX_STORY_SPAN_DAYS), false);
    assert.equal(withinSpan(p, null, null), true);
  });
});
