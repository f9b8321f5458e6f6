// A few curated actors of our own for tests, so the stages can be tested without the full actors.yaml.
import { parseActors } from '../../knowledge/actors.js';
import { useActors } from '../entities/gazetteer.js';

const YAML = `
- id: test-presidency
  type: organization
  name: Presidency of Ruritania
  names: { en: [Presidency of Ruritania] }
  source: test
- id: test-palace
  type: organization
  name: Blue Palace
  names: { en: [Blue Palace], fr: [Palais bleu] }
  refersTo: test-presidency
  source: test
- id: test-kremlin
  type: organization
  name: Kremlin
  names: { en: [Kremlin], fr: [Kremlin] }
  refersTo: country:RU
  country: RU
  source: test
- id: test-alliance
  type: organization
  name: Northern Alliance Council
  names: { en: [Northern Alliance Council], fr: [Conseil de l'Alliance du Nord] }
  aliases: [NAC, CAN]
  source: test
`;

/** Replaces the curated actors with the test list. */
export function useTestActors(): void {
  useActors(parseActors(YAML, 'test-actors'));
}
