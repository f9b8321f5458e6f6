// Curated actors (people, organisations, metonyms, groups): zod schema, validated loader and a name index.
import { readFileSync } from 'node:fs';
import { isCountryCode } from './countries.js';
import { parseYaml } from './yaml.js';
import { charCodeAt } from '../core/plain-chars.js';
import { z } from 'zod';
import { contentKey, readCached, writeCached } from '../core/cache.js';
import { SetupError } from '../core/errors.js';
import { knowledgeFile } from './paths.js';

export const ACTOR_LANGS = ['en', 'fr', 'de', 'es', 'it', 'ru'] as const;
export type ActorLang = (typeof ACTOR_LANGS)[number];

const label = z.string().trim().min(1);
const nameList = z.array(label).min(1);
const year = z.number().int().min(1900).max(2100);

const RoleSchema = z
  .object({
    en: label,
    fr: label.optional(),
    de: label.optional(),
    es: label.optional(),
    it: label.optional(),
    ru: label.optional(),
    since: year.optional(),
    until: year.optional(),
  })
  .strict()
  .refine((r) => r.since === undefined || r.until === undefined || r.since <= r.until, {
    message: 'since is after until',
  });

export const ActorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
    type: z.enum(['person', 'organization', 'location', 'group']),
    name: label,
    /** Full names as each language's press writes them; a language left out uses the `en` forms. */
    names: z
      .object({
        en: nameList,
        fr: nameList.optional(),
        de: nameList.optional(),
        es: nameList.optional(),
        it: nameList.optional(),
        ru: nameList.optional(),
      })
      .strict(),
    aliases: z.array(label).default([]),
    roles: z.array(RoleSchema).default([]),
    country: z
      .string()
      .refine((c) => isCountryCode(c), 'country must be an ISO 3166-1 alpha-2 code')
      .nullable()
      .default(null),
    refersTo: z.string().nullable().default(null),
    source: label,
  })
  .strict();

export type Actor = z.infer<typeof ActorSchema>;
export type ActorRole = z.infer<typeof RoleSchema>;

/** A role label in one language, with the years it held when known. */
export interface RoleLabel {
  label: string;
  since: number | null;
  until: number | null;
}

function knowledgeError(origin: string, message: string): SetupError {
  return new SetupError('E_KNOWLEDGE', `${origin}: ${message}`);
}

function rowName(row: unknown, index: number): string {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return `row ${index + 1}${typeof id === 'string' ? ` (id "${id}")` : ''}`;
}

function validateRows(rows: unknown[], origin: string): Actor[] {
  return rows.map((row, index) => {
    const result = ActorSchema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      throw knowledgeError(origin, `${rowName(row, index)}${where}: ${issue?.message ?? 'invalid'}`);
    }
    if (!result.data.names.en.includes(result.data.name)) {
      throw knowledgeError(origin, `${rowName(row, index)}: name is not among names.en`);
    }
    return result.data;
  });
}

function checkIntegrity(actors: Actor[], origin: string): void {
  const ids = new Set<string>();
  for (const [index, actor] of actors.entries()) {
    if (ids.has(actor.id)) throw knowledgeError(origin, `${rowName(actor, index)}: duplicate id`);
    ids.add(actor.id);
  }
  for (const [index, actor] of actors.entries()) {
    const target = actor.refersTo;
    if (target === null) continue;
    const country = /^country:([A-Z]{2})$/.exec(target);
    const ok = country ? isCountryCode(country[1]) : ids.has(target) && target !== actor.id;
    if (!ok) throw knowledgeError(origin, `${rowName(actor, index)}: refersTo "${target}" does not resolve`);
  }
}

/** The last text parsed and its actors: the entity, claim and signature stages each load the file once. */
let lastParsed: { text: string; actors: Actor[] } | null = null;

/** Texts at least this long keep their validated actors in the on-disk cache (core/cache.ts). */
const CACHE_MIN_CHARS = 16_000;
const CACHE_VERSION = 'actors/1';

/**
 * Parses and validates actor rows from YAML text; `origin` names the source in error messages. The same text gives
 * the same (shared, not to be changed) array; a large text checked before is read back from the on-disk cache.
 */
export function parseActors(yamlText: string, origin = 'actors.yaml'): Actor[] {
  if (lastParsed?.text === yamlText) return lastParsed.actors;
  const key = yamlText.length >= CACHE_MIN_CHARS ? contentKey(CACHE_VERSION, yamlText) : null;
  let actors = key ? readCached<Actor[]>('actors', key) : undefined;
  if (!actors) {
    actors = checkActors(yamlText, origin);
    if (key) writeCached('actors', key, actors);
  }
  lastParsed = { text: yamlText, actors };
  return actors;
}

function checkActors(yamlText: string, origin: string): Actor[] {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (err) {
    throw knowledgeError(origin, `not valid YAML: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw knowledgeError(origin, 'the top level must be a list of actors');
  const actors = validateRows(data, origin);
  checkIntegrity(actors, origin);
  return actors;
}

/** Loads src/knowledge/actors.yaml (or `path`); throws a SetupError naming the bad row. */
export function loadActors(path: string = knowledgeFile('actors.yaml')): Actor[] {
  return parseActors(readFileSync(path, 'utf8'), path);
}

/** The forms of an actor's name in one language (falls back to English), without aliases. */
export function namesIn(actor: Actor, lang: ActorLang): string[] {
  return actor.names[lang] ?? actor.names.en;
}

/** Every surface form an actor can be named by: canonical name, all languages' names, aliases. */
export function surfaceForms(actor: Actor): string[] {
  const forms = [actor.name, ...ACTOR_LANGS.flatMap((lang) => actor.names[lang] ?? []), ...actor.aliases];
  return [...new Set(forms)];
}

/** The role labels of an actor in one language; roles without a label in that language are left out. */
export function rolesIn(actor: Actor, lang: ActorLang): RoleLabel[] {
  return actor.roles.flatMap((role) => {
    const text = role[lang];
    return text ? [{ label: text, since: role.since ?? null, until: role.until ?? null }] : [];
  });
}

/** One place in a text where an actor's name or alias occurs. */
export interface ActorMatch {
  start: number;
  end: number;
  text: string;
  /** All actors named by that form (more than one when the form is ambiguous). */
  actors: Actor[];
}

interface FoldedText {
  text: string;
  /** For each folded code unit: the original UTF-16 offsets of the character it came from. */
  starts: number[];
  ends: number[];
}

// Letters that do not decompose under NFD but that writers of other languages often drop.
const PLAIN_LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };
const APOSTROPHES = /^[’‘ʼ`´]$/u;
const SEPARATORS = /^[\s\-‐‑‒–—]$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function foldCharSlow(ch: string): string {
  if (APOSTROPHES.test(ch)) return "'";
  if (SEPARATORS.test(ch)) return ' ';
  const lower = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return [...lower].map((c) => PLAIN_LETTERS[c] ?? c).join('');
}

/** Folded form by UTF-16 code for the Basic Multilingual Plane (filled on first sight); other characters by string. */
const bmpFolds: Array<string | undefined> = new Array<string | undefined>(0x10000);
const astralFolds = new Map<string, string>();

function foldCode(text: string, i: number, code: number): string {
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) {
    const ch = String.fromCodePoint(code);
    let out = astralFolds.get(ch);
    if (out === undefined) astralFolds.set(ch, (out = foldCharSlow(ch)));
    return out;
  }
  let out = bmpFolds[code];
  if (out === undefined) bmpFolds[code] = out = foldCharSlow(text[i]);
  return out;
}

const FOLDS_TO_ITSELF = 1;
const FOLDS_TO_SPACE = 2;
/** What each BMP code folds to, as bits (FOLDS_TO_ITSELF, FOLDS_TO_SPACE; 4: known, neither), 0 until first sight. */
const bmpKinds = new Uint8Array(0x10000);

function bmpKind(text: string, i: number, code: number): number {
  const folded = foldCode(text, i, code);
  let kind = 4;
  if (folded.length === 1 && folded.charCodeAt(0) === code) kind |= FOLDS_TO_ITSELF;
  if (folded === ' ') kind |= FOLDS_TO_SPACE;
  bmpKinds[code] = kind;
  return kind;
}

/**
 * Case- and accent-folds a text, hyphens as spaces and space runs as one, keeping original offsets. Characters that
 * fold to themselves are copied in runs. Offsets go to plain arrays: they live in the young generation, where typed
 * arrays of this size would each take a malloc'd backing store, freed by a sweeper (two per sentence folded).
 */
export function foldText(text: string): FoldedText {
  const length = text.length;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  /** Start of the run of characters copied as they are (not yet in `parts`). */
  let run = 0;
  let lastSpace = false;
  for (let i = 0; i < length;) {
    let code = charCodeAt.call(text, i);
    let width = 1;
    let kind: number;
    // A surrogate (0xd800-0xdfff), tested with one comparison that runs for every character: a second one, reached
    // only past 0xd800, had no type feedback when V8 optimised this function and so deoptimised it at the first emoji.
    if ((code & 0xf800) === 0xd800) {
      code = text.codePointAt(i) ?? code;
      width = code > 0xffff ? 2 : 1;
      kind = foldCode(text, i, code) === ' ' ? FOLDS_TO_SPACE : 0;
    } else {
      kind = bmpKinds[code];
      if (kind === 0) kind = bmpKind(text, i, code);
    }
    const isSpace = (kind & FOLDS_TO_SPACE) !== 0;
    if (isSpace && lastSpace) {
      if (run < i) parts.push(text.slice(run, i));
      run = i + width;
      ends[ends.length - 1] = i + width;
    } else if ((kind & FOLDS_TO_ITSELF) !== 0) {
      starts.push(i);
      ends.push(i + 1);
    } else {
      if (run < i) parts.push(text.slice(run, i));
      run = i + width;
      const folded = foldCode(text, i, code);
      parts.push(folded);
      for (let k = 0; k < folded.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
    }
    lastSpace = isSpace;
    i += width;
  }
  if (run < length) parts.push(text.slice(run));
  return { text: parts.join(''), starts, ends };
}

/** The reference folding, one character at a time with no memo (tests check `foldText` against it). */
export function foldTextReference(text: string): { text: string; starts: number[]; ends: number[] } {
  const out = { text: '', starts: [] as number[], ends: [] as number[] };
  const parts: string[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const folded = foldCharSlow(ch);
    const isSpace = folded === ' ';
    if (isSpace && lastSpace) out.ends[out.ends.length - 1] = i + ch.length;
    else
      for (const unit of folded.split('')) {
        parts.push(unit);
        out.starts.push(i);
        out.ends.push(i + ch.length);
      }
    lastSpace = isSpace;
    i += ch.length;
  }
  out.text = parts.join('');
  return out;
}

/**
 * Folds a few samples that take every branch of foldText (capitals, accents, a ligature, a run of spaces, a hyphen, an
 * astral letter; one-byte and two-byte strings), so that V8 has type feedback for all of them when it optimises the
 * function. A branch first reached in optimised code deoptimises it, and each re-optimisation cost every worker
 * ~15 ms of compiling (four compilations per worker were seen).
 */
function primeFoldText(): void {
  const samples = ['Élysée  a déclaré: «Cœur-ça» 2023.', 'Le 𝐀 “Öl”  — ñ\u00a0x’s', 'plain words only'];
  for (let round = 0; round < 4; round++) for (const s of samples) foldText(s);
}
primeFoldText();

/** The key under which a name is indexed and looked up. */
export function nameKey(name: string): string {
  return foldText(name.trim()).text;
}

/**
 * How a form must be written in running text: acronyms ("UN", "ONU") only in capitals, so that "Au" or "who"
 * do not match; capitalised names with a capital first letter; lower-case forms ("les Occidentaux") anyhow.
 */
type CaseMode = 'caps' | 'initial' | 'any';

function caseModeOf(form: string): CaseMode {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return 'caps';
  const first = form.charAt(0);
  return first !== first.toLowerCase() ? 'initial' : 'any';
}

function caseAllows(mode: CaseMode, written: string): boolean {
  if (mode === 'caps') return written === written.toUpperCase();
  const first = written.charAt(0);
  return mode === 'any' || first === first.toUpperCase();
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Array<{ actor: Actor; mode: CaseMode }>;
}

/** Finds curated actors by name: exact lookups and every occurrence in a text. */
export class ActorIndex {
  private readonly byId = new Map<string, Actor>();
  private readonly byKey = new Map<string, Actor[]>();
  private readonly root: TrieNode = { next: new Map(), entries: [] };

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      this.byId.set(actor.id, actor);
      for (const form of surfaceForms(actor)) this.add(form, actor);
    }
  }

  private add(form: string, actor: Actor): void {
    const key = nameKey(form);
    if (!key) return;
    const list = this.byKey.get(key) ?? [];
    if (!list.includes(actor)) list.push(actor);
    this.byKey.set(key, list);
    let node = this.root;
    for (const unit of key) {
      const child = node.next.get(unit) ?? { next: new Map(), entries: [] };
      node.next.set(unit, child);
      node = child;
    }
    const mode = caseModeOf(form);
    if (!node.entries.some((e) => e.actor === actor && e.mode === mode)) node.entries.push({ actor, mode });
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /** Actors with exactly this name or alias, ignoring case, accents, hyphens and apostrophe styles. */
  lookup(name: string): Actor[] {
    return [...(this.byKey.get(nameKey(name)) ?? [])];
  }

  /** Role labels of an actor in a language (empty for an unknown id). */
  rolesFor(actorId: string, lang: ActorLang): RoleLabel[] {
    const actor = this.byId.get(actorId);
    return actor ? rolesIn(actor, lang) : [];
  }

  /**
   * Every occurrence of a known name or alias in `text`, on word boundaries, accent-insensitive and
   * case-insensitive within the limits of each form's CaseMode. Overlaps are settled longest first (then
   * leftmost); the result is in text order.
   */
  longestMatchesIn(text: string): ActorMatch[] {
    const folded = foldText(text);
    const candidates = this.candidatesIn(text, folded);
    candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const taken = new Uint8Array(folded.text.length);
    const kept: ActorMatch[] = [];
    for (const c of candidates) {
      if (taken.subarray(c.from, c.to).includes(1)) continue;
      taken.fill(1, c.from, c.to);
      kept.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), actors: c.actors });
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  private candidatesIn(text: string, folded: FoldedText) {
    const s = folded.text;
    const found: Array<{ from: number; to: number; start: number; end: number; actors: Actor[] }> = [];
    for (let from = 0; from < s.length; from++) {
      if (s[from] === ' ' || (from > 0 && WORD_CHAR.test(s[from - 1]) && WORD_CHAR.test(s[from]))) continue;
      let node = this.root.next.get(s[from]);
      for (let to = from + 1; node; node = to < s.length ? node.next.get(s[to++]) : undefined) {
        if (node.entries.length === 0) continue;
        if (to < s.length && WORD_CHAR.test(s[to]) && WORD_CHAR.test(s[to - 1])) continue;
        const start = folded.starts[from];
        const end = folded.ends[to - 1];
        const written = text.slice(start, end);
        const actors = [
          ...new Set(node.entries.filter((e) => caseAllows(e.mode, written)).map((e) => e.actor)),
        ];
        if (actors.length > 0) found.push({ from, to, start, end, actors });
      }
    }
    return found;
  }
}

/** Loads the actors file and indexes it. */
export function loadActorIndex(path?: string): ActorIndex {
  return new ActorIndex(loadActors(path));
}
