// Templates learned across a folder remove a site's repeated lines that no lexicon knows.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { readInputs } from '../ingest/read.js';
import { analyzeItem } from './analyze.js';
import { learnTemplates } from './templates.js';

const FOOTER =
  'Le Phare du Ponant est un journal indépendant fondé en 1998 par des marins, des pêcheurs et des enseignants du Finistère.';
const topics = ['la pêche', 'le port', 'la marée', 'les ferries', 'le phare', 'la criée'];

it('learns a repeated footer across a folder and removes it; without templates it stays', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'echotrace-templates-'));
  topics.forEach((topic, i) => {
    const body = `Le conseil municipal a débattu mardi de ${topic}, un dossier suivi de près par les habitants du quartier. `;
    writeFileSync(
      join(dir, `${i}.txt`),
      `Un titre sur ${topic} à Brest\n\n${body.repeat(3)}\n\n${body.replace('mardi', 'jeudi').repeat(2)}\n\n${FOOTER}\n`,
    );
  });
  const templates = await learnTemplates([dir]);
  assert.ok(templates, 'templates learned');
  const footerKept = async (withTemplates: boolean): Promise<boolean> => {
    for await (const item of readInputs([join(dir, '0.txt')])) {
      const record = analyzeItem({ ...item, group: dir }, { templates: withTemplates ? templates : null });
      assert.equal(record.error, null);
      if (record.error !== null) return false;
      return record.body.some((b) => record.text.slice(b.start, b.end).includes(FOOTER));
    }
    return false;
  };
  assert.equal(await footerKept(false), true);
  assert.equal(await footerKept(true), false);
});
