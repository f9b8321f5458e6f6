import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle, WORLD } from './fixture.js';
import { readClaims } from './index.js';

interface Row {
  holder: string;
  stance: string;
  signature: string | null;
}

function rows(text: string, lang: string): Row[] {
  return readClaims(makeArticle(text, { lang, entities: WORLD, outlet: 'Le Quotidien' })).flatMap((c) =>
    c.stances.map((s) => ({ holder: s.holder.name, stance: s.stance, signature: c.signature })),
  );
}

function has(got: Row[], want: Partial<Row>, label: string): void {
  const ok = got.some((r) => Object.entries(want).every(([k, v]) => r[k as keyof Row] === v));
  assert.ok(ok, `${label}: no ${JSON.stringify(want)} in ${JSON.stringify(got)}`);
}

const SIG = 'country:IR|SUPPLY_WEAPONS|country:RU';

test('de: "vorgeworfen", "wirft … vor", "wies … zurück", "bestritt", "bezweifelt", "sagte, dass"', () => {
  const text = [
    'Die Regierung in Kiew hat Iran vorgeworfen, Drohnen an Russland geliefert zu haben.',
    'Der Kreml wies die Vorwürfe am Montag entschieden zurück.',
    'Ali Rezaei bestritt, dass Iran Drohnen an Russland geliefert habe.',
  ].join(' ');
  const got = rows(text, 'de');
  has(got, { holder: 'Die Regierung in Kiew', stance: 'accuses', signature: SIG }, 'vorgeworfen');
  has(got, { holder: 'Kremlin', stance: 'denies', signature: SIG }, 'wies zurück');
  has(got, { holder: 'Ali Rezaei', stance: 'denies', signature: SIG }, 'bestritt');
  const vor = rows('Der Kreml wirft Iran vor, Drohnen an Russland geliefert zu haben.', 'de');
  has(vor, { holder: 'Kremlin', stance: 'accuses', signature: SIG }, 'wirft vor');
  const said = rows('Ali Rezaei sagte, dass Iran Drohnen an Russland geliefert habe.', 'de');
  has(said, { holder: 'Ali Rezaei', stance: 'asserts', signature: SIG }, 'sagte, dass');
  const doubt = rows(
    'Der Kreml sagte, dass Iran Drohnen an Russland geliefert habe. Ali Rezaei stellte diese Darstellung in Frage.',
    'de',
  );
  has(doubt, { holder: 'Ali Rezaei', stance: 'doubts' }, 'in Frage');
});

test('es, it, ru: assertion, accusation, denial, cannot-confirm', () => {
  const es = rows(
    'El Kremlin dijo que Irán había enviado drones a Rusia. Ali Rezaei negó que Irán haya enviado drones a Rusia. El diario no pudo verificar de forma independiente esa versión.',
    'es',
  );
  has(es, { holder: 'Kremlin', stance: 'asserts', signature: SIG }, 'dijo que');
  has(es, { holder: 'Ali Rezaei', stance: 'denies', signature: SIG }, 'negó que');
  has(es, { stance: 'cannot-confirm' }, 'no pudo verificar');
  const it = rows(
    "Il Cremlino ha detto che l'Iran ha fornito droni alla Russia. Non è stato possibile verificare in modo indipendente queste affermazioni.",
    'it',
  );
  has(it, { holder: 'Kremlin', stance: 'asserts', signature: SIG }, 'ha detto che');
  has(it, { holder: 'Le Quotidien', stance: 'cannot-confirm' }, 'non è stato possibile verificare');
  const ru = rows('Кремль заявил, что Иран поставил беспилотники России. Проверить это не удалось.', 'ru');
  has(ru, { holder: 'Kremlin', stance: 'asserts', signature: SIG }, 'заявил, что');
  has(ru, { holder: 'Le Quotidien', stance: 'cannot-confirm' }, 'не удалось');
});

test('fr: "il ne fait aucun doute que P" asserts P and is no doubt', () => {
  const got = rows(
    "Pour le Kremlin, il ne fait aucun doute que l'Iran a livré des drones à la Russie.",
    'fr',
  );
  has(got, { holder: 'Kremlin', stance: 'asserts', signature: SIG }, 'aucun doute');
  assert.ok(!got.some((r) => r.stance === 'doubts'), JSON.stringify(got));
});

test('fr/en: "a rejeté dimanche ces accusations", "qualifié ces accusations de pure invention", "never presented evidence"', () => {
  const claim = "Le Kremlin a déclaré que l'Iran avait livré des drones à la Russie.";
  const fr = rows(
    `${claim} Ali Rezaei a rejeté dimanche ces accusations. Téhéran a qualifié ces allégations de « pure invention ».`,
    'fr',
  );
  has(fr, { holder: 'Ali Rezaei', stance: 'denies', signature: SIG }, 'rejeté dimanche');
  has(fr, { holder: 'Iran', stance: 'denies', signature: SIG }, 'qualifié de pure invention');
  const en = rows(
    'The Kremlin said that Iran had shipped drones to Russia. “Moscow has never presented a single piece of evidence,” Ali Rezaei said.',
    'en',
  );
  assert.ok(
    en.some((r) => r.stance === 'doubts' && r.signature === SIG),
    JSON.stringify(en),
  );
});
