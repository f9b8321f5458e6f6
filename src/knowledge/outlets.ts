// Outlets (news media, language services, mirrors): zod schema, validated loader and a lookup index.
import { readFileSync } from 'node:fs';
import { isCountryCode } from './countries.js';
import { parseYaml } from './yaml.js';
import { z } from 'zod';
import { SetupError } from '../core/errors.js';
import { codeIdentity, contentKey, readCached, writeCached } from '../core/cache.js';
import { OutletIndex, bareHost, nameKey } from './outlet-index.js';
import { knowledgeFile } from './paths.js';

export { OutletIndex, nameKey, type OutletMatch } from './outlet-index.js';

export const OUTLET_AFFILIATIONS = ['state', 'state-affiliated', 'independent', 'unknown'] as const;
export const OUTLET_KINDS = [
  'agency',
  'broadcaster',
  'newspaper',
  'magazine',
  'website',
  'aggregator',
  'ministry',
] as const;

const label = z.string().trim().min(1);
const domain = z
  .string()
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/, 'domain must be a lower-case host name');

export const OutletSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
    name: label,
    aliases: z.array(label).default([]),
    domains: z.array(domain).default([]),
    country: z
      .string()
      .refine((c) => /^[A-Z]{2}$/.test(c) && isCountryCode(c), 'country must be an ISO 3166-1 alpha-2 code')
      .nullable(),
    affiliation: z.enum(OUTLET_AFFILIATIONS),
    kind: z.enum(OUTLET_KINDS),
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'language must be an ISO 639-1 code')).min(1),
    parent: z.string().nullable().default(null),
    source: label,
  })
  .strict();

export type Outlet = z.infer<typeof OutletSchema>;
export type OutletAffiliation = Outlet['affiliation'];

function knowledgeError(origin: string, message: string): SetupError {
  return new SetupError('E_KNOWLEDGE', `${origin}: ${message}`);
}

function rowName(row: unknown, index: number): string {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return `row ${index + 1}${typeof id === 'string' ? ` (id "${id}")` : ''}`;
}

function validateRows(rows: unknown[], origin: string): Outlet[] {
  return rows.map((row, index) => {
    const result = OutletSchema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      throw knowledgeError(origin, `${rowName(row, index)}${where}: ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  });
}

/** Claims `key` for `id` in `owners`; returns the id already holding it, if another one does. */
function claim(owners: Map<string, string>, key: string, id: string): string | null {
  const owner = owners.get(key);
  if (owner !== undefined && owner !== id) return owner;
  owners.set(key, id);
  return null;
}

function checkIntegrity(outlets: Outlet[], origin: string): void {
  const byId = new Map<string, Outlet>();
  const domains = new Map<string, string>();
  const names = new Map<string, string>();
  for (const [index, outlet] of outlets.entries()) {
    const where = rowName(outlet, index);
    if (byId.has(outlet.id)) throw knowledgeError(origin, `${where}: duplicate id`);
    byId.set(outlet.id, outlet);
    for (const host of outlet.domains) {
      const other = claim(domains, bareHost(host), outlet.id);
      if (other) throw knowledgeError(origin, `${where}: domain "${host}" already belongs to "${other}"`);
    }
    for (const form of [outlet.name, ...outlet.aliases]) {
      const key = nameKey(form);
      if (key === '') throw knowledgeError(origin, `${where}: alias "${form}" has no letters or digits`);
      const other = claim(names, key, outlet.id);
      if (other) throw knowledgeError(origin, `${where}: alias "${form}" already names "${other}"`);
    }
  }
  for (const [index, outlet] of outlets.entries()) {
    const seen = new Set([outlet.id]);
    for (let up = outlet.parent; up !== null; up = byId.get(up)?.parent ?? null) {
      if (!byId.has(up))
        throw knowledgeError(origin, `${rowName(outlet, index)}: parent "${up}" does not exist`);
      if (seen.has(up))
        throw knowledgeError(origin, `${rowName(outlet, index)}: parent chain loops at "${up}"`);
      seen.add(up);
    }
  }
}

/**
 * Parses and validates outlet rows from YAML text; `origin` names the source in error messages. Outlets of a text
 * this build of the code already validated are read back from the on-disk cache (~40 ms of every worker's start-up).
 */
export function parseOutlets(yamlText: string, origin = 'outlets.yaml'): Outlet[] {
  const key = contentKey(`outlets|${codeIdentity()}`, yamlText);
  const hit = readCached<{ outlets: Outlet[] }>('outlets', key);
  if (hit && Array.isArray(hit.outlets)) return hit.outlets;
  const outlets = validateOutlets(yamlText, origin);
  writeCached('outlets', key, { outlets });
  return outlets;
}

function validateOutlets(yamlText: string, origin: string): Outlet[] {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (err) {
    throw knowledgeError(origin, `not valid YAML: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw knowledgeError(origin, 'the top level must be a list of outlets');
  const outlets = validateRows(data, origin);
  checkIntegrity(outlets, origin);
  return outlets;
}

/** Loads src/knowledge/outlets.yaml (or `path`); throws a SetupError naming the bad row. */
export function loadOutlets(path: string = knowledgeFile('outlets.yaml')): Outlet[] {
  return parseOutlets(readFileSync(path, 'utf8'), path);
}

let defaultIndex: OutletIndex | null = null;

/** The index over src/knowledge/outlets.yaml, loaded once. */
export function outletIndex(): OutletIndex {
  return (defaultIndex ??= new OutletIndex(loadOutlets()));
}
