import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle, WORLD } from './fixture.js';
import { readClaims } from './index.js';

function rows(
  text: string,
  lang: string,
  outlet = 'Le Quotidien',
): Array<{ holder: string; stance: string }> {
  return readClaims(makeArticle(text, { lang, entities: WORLD, outlet })).flatMap((c) =>
    c.stances.map((s) => ({ holder: s.holder.name, stance: s.stance })),
  );
}

const CLAIM_EN = 'The Kremlin said that Iran had shipped drones to Russia.';
const CLAIM_FR = "Le Kremlin a déclaré que l'Iran avait livré des drones à la Russie.";

test('"X could not independently verify": the outlet holds cannot-confirm when X is the outlet or "we"', () => {
  const cases: Array<[string, string, string]> = [
    ['en', `${CLAIM_EN} Global Wire could not independently verify either account.`, 'Global Wire Today'],
    ['en', `${CLAIM_EN} We could not independently verify the claim.`, 'Global Wire Today'],
    [
      'fr',
      `${CLAIM_FR} Le Quotidien n'a pas pu vérifier de manière indépendante ces affirmations.`,
      'Le Quotidien',
    ],
    [
      'de',
      'Der Kreml sagte, dass Iran Drohnen an Russland geliefert habe. Wir konnten die Angaben nicht unabhängig überprüfen.',
      'Die Tageszeitung',
    ],
  ];
  for (const [lang, text, outlet] of cases) {
    const got = rows(text, lang, outlet);
    assert.ok(
      got.some((r) => r.stance === 'cannot-confirm' && r.holder === outlet),
      `${lang}: ${JSON.stringify(got)}`,
    );
  }
});

test('"could not be independently verified" is the outlet\'s cannot-confirm (en, fr, de)', () => {
  const cases: Array<[string, string]> = [
    ['en', `${CLAIM_EN} The claim could not be independently verified.`],
    ['fr', `${CLAIM_FR} Ces informations n'ont pas pu être vérifiées de manière indépendante.`],
    [
      'de',
      'Der Kreml sagte, dass Iran Drohnen an Russland geliefert habe. Die Angaben konnten nicht unabhängig überprüft werden.',
    ],
  ];
  for (const [lang, text] of cases) {
    const got = rows(text, lang);
    assert.ok(
      got.some((r) => r.stance === 'cannot-confirm' && r.holder === 'Le Quotidien'),
      `${lang}: ${JSON.stringify(got)}`,
    );
  }
});

test('a holder is an entity or a noun phrase, never a clause or a lone determiner', () => {
  const noOne = rows('No one bothered to deny that Iran had shipped drones to Russia.', 'en');
  assert.ok(!noOne.some((r) => /^no one/i.test(r.holder)), JSON.stringify(noOne));
  const vivement = rows(
    "L'Iran a vivement condamné les sanctions de l'UE visant des entreprises russes.",
    'fr',
  );
  assert.ok(
    vivement.length > 0 && vivement.every((r) => !/vivement|\ba\b/.test(r.holder)),
    JSON.stringify(vivement),
  );
  const diplomats = rows(
    "Plusieurs diplomates ont toutefois reconnu que l'Iran avait livré des drones à la Russie.",
    'fr',
  );
  assert.ok(
    diplomats.some((r) => r.holder === 'Plusieurs diplomates'),
    JSON.stringify(diplomats),
  );
  const lone = rows("Un a déclaré que l'Iran avait livré des drones à la Russie.", 'fr');
  assert.ok(!lone.some((r) => r.holder === 'Un'), JSON.stringify(lone));
});

test('a demonym before a noun right before the cue names the holder, in languages that put it first (en)', () => {
  const got = rows(
    'Moscow accused Kyiv of using the corridor to bring in weapons, a charge Ukrainian officials rejected outright. ' +
      'The Ukrainian navy also denied the reports.',
    'en',
  );
  assert.ok(
    got.some((r) => r.stance === 'denies' && r.holder === 'Ukrainian officials'),
    JSON.stringify(got),
  );
  assert.ok(
    got.some((r) => r.stance === 'denies' && r.holder === 'The Ukrainian navy'),
    JSON.stringify(got),
  );
  // French demonyms follow their noun: "un officier ukrainien" stays the phrase before the demonym's end.
  const fr = rows(
    "Un officier ukrainien a démenti les informations selon lesquelles l'Iran avait livré des drones.",
    'fr',
  );
  assert.ok(
    fr.some((r) => r.stance === 'denies' && r.holder === 'Un officier ukrainien'),
    JSON.stringify(fr),
  );
});

test('a participle clause belongs to the person a role phrase introduces in apposition, not to the role’s mention', () => {
  const got = rows(
    "Le porte-parole du Kremlin, Ali Rezaei, est allé plus loin lundi en accusant l'Ukraine d'utiliser le corridor pour faire entrer des armes.",
    'fr',
  );
  assert.ok(
    got.some((r) => r.stance === 'accuses' && r.holder === 'Ali Rezaei'),
    JSON.stringify(got),
  );
  assert.ok(!got.some((r) => r.holder === 'Kremlin'), JSON.stringify(got));
});

test('"sans présenter d’élément concret" / "without providing any evidence": the outlet doubts the claim just made', () => {
  const cases: Array<[string, string]> = [
    [
      'fr',
      "Le Kremlin a accusé l'Ukraine d'utiliser le corridor pour faire entrer des armes, sans présenter d’élément concret.",
    ],
    [
      'en',
      'The Kremlin accused Ukraine of using the corridor to bring in weapons without providing any evidence.',
    ],
  ];
  for (const [lang, text] of cases) {
    const got = rows(text, lang);
    assert.ok(
      got.some((r) => r.stance === 'accuses' && r.holder === 'Kremlin'),
      `${lang}: ${JSON.stringify(got)}`,
    );
    assert.ok(
      got.some((r) => r.stance === 'doubts' && r.holder === 'Le Quotidien'),
      `${lang}: ${JSON.stringify(got)}`,
    );
  }
});

test('a cue right after a conjunction shares the subject of the cue before it in the sentence (fr, en)', () => {
  const cases: Array<[string, string]> = [
    [
      'fr',
      "Ali Rezaei a accusé l'Ukraine de mentir et affirmé que des drones iraniens avaient été livrés à la Russie.",
    ],
    ['en', 'Ali Rezaei accused Ukraine of lying and said that Iran had shipped drones to Russia.'],
  ];
  for (const [lang, text] of cases) {
    const got = rows(text, lang);
    assert.ok(
      got.some((r) => r.stance === 'asserts' && r.holder === 'Ali Rezaei'),
      `${lang}: ${JSON.stringify(got)}`,
    );
    assert.ok(
      !got.some((r) => r.stance === 'asserts' && r.holder !== 'Ali Rezaei'),
      `${lang}: ${JSON.stringify(got)}`,
    );
  }
});

test('an assertion cue whose gap spans another stance cue gives way to it ("said it could not confirm … and that")', () => {
  const got = rows(
    'The Kremlin said that Iran had shipped drones to Russia. ' +
      'Ali Rezaei said he could not confirm who was behind the shipment and that no cargo had been lost.',
    'en',
  );
  assert.ok(
    got.some((r) => r.stance === 'cannot-confirm' && r.holder === 'Ali Rezaei'),
    JSON.stringify(got),
  );
  assert.ok(!got.some((r) => r.stance === 'denies'), JSON.stringify(got));
});

test('"no evidence for its claim that P" / "aucune preuve à l’appui de ses accusations selon lesquelles P" doubt P', () => {
  const cases: Array<[string, string]> = [
    [
      'en',
      'Ali Rezaei says the Kremlin has offered no evidence for its claim that Iran shipped drones to Russia.',
    ],
    [
      'fr',
      "Ali Rezaei affirme que le Kremlin n'a apporté aucune preuve à l'appui de ses accusations selon lesquelles l'Iran aurait livré des drones à la Russie.",
    ],
  ];
  for (const [lang, text] of cases) {
    const claims = readClaims(makeArticle(text, { lang, entities: WORLD, outlet: 'Le Quotidien' }));
    const doubted = claims.find((c) => c.stances.some((s) => s.stance === 'doubts'));
    assert.ok(doubted, `${lang}: ${JSON.stringify(claims.map((c) => c.summary))}`);
    assert.match(doubted.summary, /Iran/, `${lang}: ${doubted.summary}`);
  }
});
