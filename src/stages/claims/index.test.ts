import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../core/article.js';
import { makeArticle, type EntitySpec, type FixtureOptions } from './fixture.js';
import { claimsStage, readClaims } from './index.js';

const ENTITIES: EntitySpec[] = [
  {
    id: 'by',
    name: 'Biélorussie',
    type: 'location',
    country: 'BY',
    forms: ['Biélorussie', 'Minsk', 'Belarus'],
    demonyms: ['biélorusse', 'biélorusses'],
  },
  {
    id: 'ru',
    name: 'Russie',
    type: 'location',
    country: 'RU',
    forms: ['Russie', 'Russia', 'Moscow', 'Russland', 'Rusia', 'России', 'Россия'],
  },
  {
    id: 'ir',
    name: 'Iran',
    type: 'location',
    country: 'IR',
    forms: ['Iran', 'Téhéran', 'Tehran', 'Irán', 'Иран'],
    demonyms: ['iraniens', 'iraniennes', 'Iranian'],
  },
  { id: 'lt', name: 'Lituanie', type: 'location', country: 'LT', forms: ['Lituanie', 'Lithuania'] },
  { id: 'borrell', name: 'Josep Borrell', type: 'person', forms: ['Josep Borrell', 'Borrell'] },
  { id: 'petrov', name: 'Ivan Petrov', type: 'person', forms: ['Ivan Petrov', 'Petrov'] },
  { id: 'pentagon', name: 'Pentagone', type: 'organization', forms: ['Pentagone', 'Pentagon'] },
  {
    id: 'kremlin',
    name: 'Kremlin',
    type: 'organization',
    refersTo: 'country:RU',
    forms: ['Kremlin', 'Kreml', 'Cremlino', 'Кремль'],
  },
];

interface Row {
  signature: string | null;
  holder: string;
  stance: string;
  cue: string;
}

function ledger(text: string, opts: Partial<FixtureOptions> = {}): { claims: Claim[]; rows: Row[] } {
  const article = makeArticle(text, { lang: 'fr', entities: ENTITIES, outlet: 'Le Quotidien', ...opts });
  const claims = readClaims(article);
  const rows = claims.flatMap((c) =>
    c.stances.map((s) => ({
      signature: c.signature,
      holder: s.holder.name,
      stance: s.stance,
      cue: text.slice(s.span.start, s.span.end),
    })),
  );
  return { claims, rows };
}

function has(rows: Row[], want: Partial<Row>): void {
  const ok = rows.some((r) => Object.entries(want).every(([k, v]) => r[k as keyof Row] === v));
  assert.ok(ok, `no stance ${JSON.stringify(want)} in ${JSON.stringify(rows, null, 1)}`);
}

test('fr: a denial of allegations "selon lesquelles" P', () => {
  const { rows, claims } = ledger(
    'Minsk a rejeté les accusations selon lesquelles la Biélorussie aurait livré des obus à la Russie.',
  );
  has(rows, { holder: 'Biélorussie', stance: 'denies', cue: 'a rejeté les accusations selon lesquelles' });
  assert.equal(claims[0].signature, 'country:BY|SUPPLY_WEAPONS|country:RU');
  assert.equal(claims[0].summary, 'Belarus supplies weapons to Russia');
});

test('fr: "a démenti les rumeurs", "a nié que"', () => {
  const { rows } = ledger(
    "Ivan Petrov a démenti les rumeurs selon lesquelles l'Iran enverrait des soldats en Russie. Josep Borrell a nié que la Lituanie ait livré des missiles à la Biélorussie.",
  );
  has(rows, { holder: 'Ivan Petrov', stance: 'denies', signature: 'country:IR|SEND_TROOPS|country:RU' });
  has(rows, { holder: 'Josep Borrell', stance: 'denies', signature: 'country:LT|SUPPLY_WEAPONS|country:BY' });
});

test('fr: "accuse X de P" makes X the doer of P', () => {
  const { rows, claims } = ledger(
    "La Lituanie a accusé la Biélorussie d'envoyer des soldats à la frontière.",
  );
  // The object is not stated: the summary says so and there is no (partial) signature.
  has(rows, { holder: 'Lituanie', stance: 'accuses', cue: 'a accusé', signature: null });
  assert.equal(claims[0].summary, 'Belarus sends troops (object not stated)');
});

test('fr: relative clauses: the accused is the antecedent, the accuser follows "que", the main verb skips the clause', () => {
  const { rows } = ledger(
    "La Lituanie et ses alliés visent l'Iran, qu'ils accusent de fournir des drones à la Russie. La Biélorussie, que Josep Borrell accuse de livrer des obus à la Russie, a démenti ces accusations.",
  );
  // "ils" is the main clause's subject, not the antecedent of "qu'".
  has(rows, { holder: 'Lituanie', stance: 'accuses', signature: 'country:IR|SUPPLY_WEAPONS|country:RU' });
  has(rows, {
    holder: 'Josep Borrell',
    stance: 'accuses',
    signature: 'country:BY|SUPPLY_WEAPONS|country:RU',
  });
  has(rows, { holder: 'Biélorussie', stance: 'denies', signature: 'country:BY|SUPPLY_WEAPONS|country:RU' });
  assert.ok(!rows.some((r) => r.holder === 'Iran' && r.stance === 'accuses'), JSON.stringify(rows));
  assert.ok(!rows.some((r) => r.holder === 'Russie' && r.stance === 'denies'), JSON.stringify(rows));
});

test('an object pronoun of an accusation stands for the nearest other mention ("accusing them of", "les accusant de")', () => {
  const en = ledger(
    'Lithuania sanctioned six Iranian companies, accusing them of supplying drones to Russia.',
    {
      lang: 'en',
    },
  );
  has(en.rows, { holder: 'Lituanie', stance: 'accuses', signature: 'country:IR|SUPPLY_WEAPONS|country:RU' });
  const fr = ledger(
    'La Lituanie a sanctionné six entreprises iraniennes, les accusant de fournir des drones à la Russie.',
  );
  has(fr.rows, { holder: 'Lituanie', stance: 'accuses', signature: 'country:IR|SUPPLY_WEAPONS|country:RU' });
});

test('"ces accusations" takes up a claim several sentences back; a bare "fausse histoire" does not reach as far', () => {
  const text =
    "Josep Borrell a accusé l'Iran de fournir des drones à la Russie. Les débris n'ont pas été montrés. " +
    "Les photos ne permettent rien d'établir. Ivan Petrov a rejeté dimanche ces accusations.";
  const { rows } = ledger(text);
  has(rows, { holder: 'Ivan Petrov', stance: 'denies', signature: 'country:IR|SUPPLY_WEAPONS|country:RU' });
  const far = ledger(text.replace('a rejeté dimanche ces accusations', 'a parlé de « fausse histoire »'));
  assert.ok(!far.rows.some((r) => r.holder === 'Ivan Petrov'), JSON.stringify(far.rows));
});

test("a copy's own editorial words are its origin's; without an origin, its outlet's", () => {
  const text =
    "Josep Borrell a accusé l'Iran de fournir des drones à la Russie, sans présenter aucune preuve.";
  has(ledger(text, { outlet: 'Info Monde', origin: 'RT' }).rows, { holder: 'RT', stance: 'doubts' });
  has(ledger(text, { outlet: 'Info Monde' }).rows, { holder: 'Info Monde', stance: 'doubts' });
});

test('fr: "P, ce que X dément": the claim ends at the relative, and X denies it', () => {
  const { rows } = ledger(
    "Josep Borrell affirme que l'Iran livre des drones à la Russie, ce que Téhéran dément.",
    {
      quotes: [],
    },
  );
  has(rows, {
    holder: 'Josep Borrell',
    stance: 'asserts',
    signature: 'country:IR|SUPPLY_WEAPONS|country:RU',
  });
  has(rows, { holder: 'Iran', stance: 'denies', signature: 'country:IR|SUPPLY_WEAPONS|country:RU' });
});

test('a denied claim noun may carry a genitive: "the Lithuanian government\'s accusation that", "les accusations de la Lituanie selon lesquelles"', () => {
  const en = ledger(
    "The Kremlin rejected the Lithuanian government's accusation that Belarus had supplied missiles to Russia.",
    { lang: 'en' },
  );
  has(en.rows, { holder: 'Kremlin', stance: 'denies', signature: 'country:BY|SUPPLY_WEAPONS|country:RU' });
  const fr = ledger(
    'Minsk a rejeté les accusations de la Lituanie selon lesquelles la Biélorussie aurait livré des obus à la Russie.',
  );
  has(fr.rows, {
    holder: 'Biélorussie',
    stance: 'denies',
    signature: 'country:BY|SUPPLY_WEAPONS|country:RU',
  });
});

test('fr: reported speech asserts; a doubt inside it belongs to the speaker', () => {
  const { rows } = ledger(
    "Josep Borrell a déclaré que l'Iran fournissait des drones à la Russie. Ivan Petrov a affirmé qu'il n'y avait aucune preuve que l'Iran ait livré des missiles à la Russie.",
  );
  has(rows, {
    holder: 'Josep Borrell',
    stance: 'asserts',
    signature: 'country:IR|SUPPLY_WEAPONS|country:RU',
  });
  has(rows, { holder: 'Ivan Petrov', stance: 'doubts', cue: 'aucune preuve que' });
  assert.ok(
    !rows.some((r) => r.holder === 'Ivan Petrov' && r.stance === 'asserts'),
    'the doubt is not also an assertion',
  );
  assert.equal(new Set(rows.map((r) => r.signature)).size, 1, 'both stances are on one claim');
});

test("fr: editorial doubt ('prétendument') is the outlet's", () => {
  const { rows } = ledger(
    "Des vidéos montrent prétendument des livraisons d'armes en provenance de Téhéran.",
  );
  has(rows, {
    holder: 'Le Quotidien',
    stance: 'doubts',
    cue: 'prétendument',
    signature: null,
  });
});

test("fr: 'soi-disant' in a direct quote is the speaker's, and joins the claim stated elsewhere", () => {
  const text =
    "Josep Borrell a déclaré que l'Iran livrait des drones à la Russie. « Ces soi-disant livraisons de drones à la Russie sont une invention », a déclaré Ivan Petrov.";
  const quotes = [
    {
      content: 'Ces soi-disant livraisons de drones à la Russie sont une invention',
      speaker: 'Ivan Petrov',
      entity: 'petrov',
      kind: 'direct' as const,
      cue: 'a déclaré Ivan',
    },
  ];
  const { rows, claims } = ledger(text, { quotes });
  has(rows, {
    holder: 'Ivan Petrov',
    stance: 'doubts',
    cue: 'soi-disant',
    signature: 'country:IR|SUPPLY_WEAPONS|country:RU',
  });
  assert.equal(claims.length, 1);
});

test('an editorial adjective alone states no claim', () => {
  assert.deepEqual(ledger('Les soi-disant livraisons de drones ont été évoquées hier.').claims, []);
});

test('fr: "n\'a pas été en mesure de confirmer"', () => {
  const { rows } = ledger(
    "Le Pentagone n'a pas été en mesure de confirmer l'envoi de troupes iraniennes en Russie.",
  );
  has(rows, {
    holder: 'Pentagone',
    stance: 'cannot-confirm',
    signature: 'country:IR|SEND_TROOPS|country:RU',
  });
});

test('fr: a headline stance, the body and an anaphor merge into one claim; the body words hold the stance', () => {
  const text = [
    'Livraison de drones iraniens à la Russie : Téhéran dément',
    "Josep Borrell a déclaré que l'Iran avait livré des drones à la Russie.",
    'Téhéran a rejeté ces allégations.',
  ].join('\n');
  const { claims, rows } = ledger(text, { title: true });
  assert.equal(claims.length, 1, JSON.stringify(rows));
  // One denial by Tehran: the body's words stand for it (they carry the evidence), not the headline's.
  has(rows, { holder: 'Iran', stance: 'denies', cue: 'a rejeté ces allégations' });
  assert.equal(rows.filter((r) => r.stance === 'denies').length, 1, JSON.stringify(rows));
  has(rows, { holder: 'Josep Borrell', stance: 'asserts' });
  assert.equal(claims[0].signature, 'country:IR|SUPPLY_WEAPONS|country:RU');
  assert.ok(
    text.slice(claims[0].span.start, claims[0].span.end).startsWith("l'Iran avait livré"),
    'the body clause states the claim',
  );
});

test('en: denied reports, dismissed claims, accused of, said that', () => {
  const text = [
    'The Kremlin denied reports that Iran had delivered drones to Russia.',
    'Tehran dismissed claims that Iranian troops were deployed in Russia.',
    'Lithuania accused Belarus of sending troops to the border.',
    'Josep Borrell said on Monday that Iran had supplied missiles to Russia.',
  ].join(' ');
  const { rows } = ledger(text, { lang: 'en' });
  has(rows, { holder: 'Kremlin', stance: 'denies', signature: 'country:IR|SUPPLY_WEAPONS|country:RU' });
  has(rows, {
    holder: 'Iran',
    stance: 'denies',
    cue: 'dismissed claims that',
    signature: 'country:IR|SEND_TROOPS|country:RU',
  });
  has(rows, { holder: 'Lituanie', stance: 'accuses', signature: null });
  has(rows, {
    holder: 'Josep Borrell',
    stance: 'asserts',
    signature: 'country:IR|SUPPLY_WEAPONS|country:RU',
  });
});

test('en: no evidence, so-called, allegedly, could not confirm', () => {
  const text = [
    '"There is no evidence that Iran sent drones to Russia," Ivan Petrov said.',
    'The so-called arms deliveries from Iran were shown on television.',
    'The Pentagon said it could not confirm the deployment of Iranian troops in Russia.',
    'Belarus allegedly sent soldiers to Lithuania.',
  ].join(' ');
  const quotes = [
    {
      content: 'There is no evidence that Iran sent drones to Russia,',
      speaker: 'Ivan Petrov',
      entity: 'petrov',
      kind: 'direct' as const,
      cue: 'said',
    },
  ];
  const { rows } = ledger(text, { lang: 'en', quotes });
  has(rows, { holder: 'Ivan Petrov', stance: 'doubts', cue: 'no evidence that' });
  // "so-called arms deliveries from Iran" is the claim Petrov doubts, so it joins it.
  has(rows, {
    holder: 'Le Quotidien',
    stance: 'doubts',
    cue: 'so-called',
    signature: 'country:IR|SUPPLY_WEAPONS|country:RU',
  });
  has(rows, {
    holder: 'Le Quotidien',
    stance: 'doubts',
    cue: 'allegedly',
    signature: 'country:BY|SEND_TROOPS|country:LT',
  });
  has(rows, {
    holder: 'Pentagone',
    stance: 'cannot-confirm',
    cue: 'could not confirm',
    signature: 'country:IR|SEND_TROOPS|country:RU',
  });
});

test('the same claim in French and English gets the same signature', () => {
  const fr = ledger(
    "Le Kremlin a démenti les informations selon lesquelles l'Iran aurait livré des missiles à la Russie.",
  );
  const en = ledger('The Kremlin denied reports that Iran had shipped missiles to Russia.', { lang: 'en' });
  assert.equal(fr.claims[0].signature, 'country:IR|SUPPLY_WEAPONS|country:RU');
  assert.equal(en.claims[0].signature, fr.claims[0].signature);
  assert.equal(en.claims[0].id === fr.claims[0].id, false, 'ids are per article');
});

test('German, Spanish, Italian and Russian denials read to the same signature', () => {
  const cases: Array<[string, string]> = [
    ['de', 'Der Kreml wies Berichte zurück, wonach Iran Drohnen an Russland geliefert habe.'],
    ['es', 'El Kremlin negó las informaciones según las cuales Irán habría entregado drones a Rusia.'],
    ['it', "Il Cremlino ha smentito le notizie secondo cui l'Iran avrebbe fornito droni alla Russia."],
    ['ru', 'Кремль опроверг сообщения о том, что Иран поставил беспилотники России.'],
  ];
  for (const [lang, text] of cases) {
    const { rows } = ledger(text, { lang });
    has(rows, { holder: 'Kremlin', stance: 'denies', signature: 'country:IR|SUPPLY_WEAPONS|country:RU' });
  }
});

test('"sans doute", "no doubt" and words that are not a noun phrase make no stance', () => {
  assert.deepEqual(
    ledger("Il ne fait aucun doute que l'Iran a livré des drones à la Russie.").rows.filter(
      (r) => r.stance === 'doubts',
    ),
    [],
  );
  assert.deepEqual(
    ledger('There is no doubt that Iran shipped drones to Russia.', { lang: 'en' }).rows.filter(
      (r) => r.stance === 'doubts',
    ),
    [],
  );
  assert.deepEqual(
    ledger(
      "Cela ne peut venir que d'un esprit qui dément que l'Iran livre des drones à la Russie.",
    ).rows.filter((r) => r.stance === 'denies'),
    [],
  );
  has(ledger("Un diplomate européen a nié que l'Iran ait livré des drones à la Russie.").rows, {
    holder: 'Un diplomate européen',
    stance: 'denies',
  });
});

test('a proposition at the end of a quotation stops at its closing mark', () => {
  const text = "« Il faut dire que l'Iran livre des drones à la Russie », précise Ivan Petrov, expert.";
  const quotes = [
    {
      content: "Il faut dire que l'Iran livre des drones à la Russie",
      speaker: 'Ivan Petrov',
      entity: 'petrov',
      kind: 'direct' as const,
      cue: 'précise',
    },
  ];
  const { claims, rows } = ledger(text, { quotes });
  has(rows, { holder: 'Ivan Petrov', stance: 'asserts' });
  assert.equal(text.slice(claims[0].span.start, claims[0].span.end), "l'Iran livre des drones à la Russie");
});

test('an anaphor finds its claim only so many sentences back (six for "ces allégations")', () => {
  const filler =
    'La météo était clémente. Le marché a ouvert tôt. Les trains roulaient. Le pont était fermé. ' +
    'Les écoles ont rouvert. La récolte fut bonne. Le musée a fermé.';
  const near = ledger(
    "Josep Borrell a déclaré que l'Iran livrait des drones à la Russie. Téhéran a rejeté ces allégations.",
  );
  has(near.rows, { holder: 'Iran', stance: 'denies', signature: 'country:IR|SUPPLY_WEAPONS|country:RU' });
  const far = ledger(
    `Josep Borrell a déclaré que l'Iran livrait des drones à la Russie. ${filler} Téhéran a rejeté ces allégations.`,
  );
  assert.ok(!far.rows.some((r) => r.stance === 'denies'));
});

test('a verb without a stated proposition makes no claim; unknown languages make none', () => {
  assert.deepEqual(ledger('Le parlement a rejeté le projet de budget.').claims, []);
  assert.deepEqual(
    ledger('Minsk a rejeté les accusations selon lesquelles la Biélorussie aurait livré des obus.', {
      lang: 'xx',
    }).claims,
    [],
  );
});

test('the stage declares its layers and returns claims', () => {
  assert.deepEqual([...claimsStage.provides], ['claims']);
  for (const need of ['sentences', 'entities', 'quotes', 'language', 'title'])
    assert.ok(claimsStage.requires.includes(need as never));
  const article = makeArticle('Minsk a nié que la Biélorussie ait envoyé des troupes en Russie.', {
    lang: 'fr',
    entities: ENTITIES,
  });
  const out = claimsStage.run(article, { referenceDate: null, templates: null });
  assert.equal(out.claims?.length, 1);
  assert.ok(out.claims?.[0].stances[0].rule.startsWith('fr-deny-verb'));
});
