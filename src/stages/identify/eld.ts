// eld's language detection (its 'small' 60-language database), scored by our own port of eld 2.1's `detect` over a
// typed-array copy of the database kept in our cache. eld holds its database as one object per n-gram (81,000 of
// them): evaluating eld's module costs every thread ~0.4 s, parsing the same data as JSON ~0.1 s and a heap of small
// objects that every later GC walks, and scoring walks them with `for…in`. The copy loads in a few milliseconds and
// scores with array reads; the text processing (eld's own separator regex and byte dictionary) and the arithmetic
// are eld's, so the answers are eld's (checked against `eld/small` in the tests). Falls back to `eld/small`.
import { readFileSync, statSync } from 'node:fs';
import { readCachedBytes, writeCachedBytes } from '../../core/cache.js';

export interface LanguageDetector {
  detect(text: string): { language: string };
}

interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

interface EldParts {
  /** eld's regex of the runs between words (`[^\p{L}]+` not ending in an apostrophe, BMP letters). */
  separators: RegExp;
  /** eld's stand-in character for each UTF-8 byte of a non-ASCII character. */
  dictionary: readonly string[];
  /** eld's database module. */
  database: URL;
  key: string;
}

/** eld adds this to every stored score (its database keeps scores minus it, to save space). */
const BASE_NGRAM_SCORE = 53;
/** eld reads the first 1000 characters, and stops its byte words past these byte counts. */
const MAX_CHARS = 1000;
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
/** eld cuts words to this many bytes for their inner n-grams. */
const MAX_WORD = 70;
const SPACE = 32;

/** The database as arrays: n-gram i is `units[keyStart[i]..keyStart[i+1])`, its scores `entries[entryStart[i]..]`. */
interface Compact {
  languages: string[];
  keyStart: Uint32Array;
  units: Uint16Array;
  entryStart: Uint32Array;
  entryLang: Uint8Array;
  entryScore: Int32Array;
}

function hashUnits(units: ArrayLike<number>, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ units[i], 0x01000193);
  return h >>> 0;
}

export function compact(data: NgramsData): Compact {
  const languages = Object.keys(data.languages)
    .map(Number)
    .sort((a, b) => a - b)
    .map((id) => data.languages[String(id)]);
  const keys = Object.keys(data.ngrams);
  const keyStart = new Uint32Array(keys.length + 1);
  const entryStart = new Uint32Array(keys.length + 1);
  let unitCount = 0;
  let entryCount = 0;
  keys.forEach((k, i) => {
    unitCount += k.length;
    entryCount += Object.keys(data.ngrams[k]).length;
    keyStart[i + 1] = unitCount;
    entryStart[i + 1] = entryCount;
  });
  const units = new Uint16Array(unitCount);
  const entryLang = new Uint8Array(entryCount);
  const entryScore = new Int32Array(entryCount);
  keys.forEach((k, i) => {
    for (let c = 0; c < k.length; c++) units[keyStart[i] + c] = k.charCodeAt(c);
    let e = entryStart[i];
    for (const [lang, score] of Object.entries(data.ngrams[k])) {
      entryLang[e] = Number(lang);
      entryScore[e++] = score;
    }
  });
  return { languages, keyStart, units, entryStart, entryLang, entryScore };
}

/** Byte layout of the cached copy: a header of counts, the languages as JSON, then the arrays, each 4-aligned. */
export function serialise(c: Compact): Buffer {
  const langs = Buffer.from(JSON.stringify(c.languages), 'utf8');
  const pad = (n: number): number => (n + 3) & ~3;
  const parts: Array<ArrayBufferView> = [c.keyStart, c.units, c.entryStart, c.entryLang, c.entryScore];
  const header = new Uint32Array([c.keyStart.length - 1, c.units.length, c.entryLang.length, langs.length]);
  const size = header.byteLength + pad(langs.length) + parts.reduce((s, p) => s + pad(p.byteLength), 0);
  const out = Buffer.alloc(size);
  let at = 0;
  for (const part of [header, langs, ...parts]) {
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += pad(part.byteLength);
  }
  return out;
}

export function deserialise(bytes: Buffer): Compact | null {
  if (bytes.byteLength < 16) return null;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const [keys, unitCount, entries, langBytes] = new Uint32Array(buffer, 0, 4);
  const pad = (n: number): number => (n + 3) & ~3;
  let at = 16;
  const take = <T>(make: (at: number) => T, bytesLong: number): T => {
    const v = make(at);
    at += pad(bytesLong);
    return v;
  };
  try {
    const languages = take(
      (a) => JSON.parse(Buffer.from(buffer, a, langBytes).toString('utf8')) as string[],
      langBytes,
    );
    const keyStart = take((a) => new Uint32Array(buffer, a, keys + 1), (keys + 1) * 4);
    const units = take((a) => new Uint16Array(buffer, a, unitCount), unitCount * 2);
    const entryStart = take((a) => new Uint32Array(buffer, a, keys + 1), (keys + 1) * 4);
    const entryLang = take((a) => new Uint8Array(buffer, a, entries), entries);
    const entryScore = take((a) => new Int32Array(buffer, a, entries), entries * 4);
    if (at !== buffer.byteLength || keyStart[keys] !== unitCount || entryStart[keys] !== entries) return null;
    return { languages, keyStart, units, entryStart, entryLang, entryScore };
  } catch {
    return null;
  }
}

/** eld's detection over the compact database. */
export class CompactEld implements LanguageDetector {
  private readonly table: Int32Array;
  private readonly mask: number;
  /** Detection number at which each n-gram was last counted (an n-gram counts once per text, as in eld). */
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly scores: Int32Array;
  /** eld's byte dictionary as UTF-16 units. */
  private readonly dict: Uint16Array;
  /** The current text's byte words, as units, and where each word ends. */
  private word = new Uint16Array(1024);
  private readonly key = new Uint16Array(MAX_WORD + 8);

  constructor(
    private readonly db: Compact,
    private readonly separators: RegExp,
    dictionary: readonly string[],
  ) {
    const n = db.keyStart.length - 1;
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < n; i++) {
      let slot = hashUnits(db.units, db.keyStart[i], db.keyStart[i + 1]) & this.mask;
      while (this.table[slot] !== -1) slot = (slot + 1) & this.mask;
      this.table[slot] = i;
    }
    this.seen = new Uint32Array(n);
    this.scores = new Int32Array(db.languages.length);
    this.dict = Uint16Array.from(dictionary, (c) => c.charCodeAt(0));
  }

  /** The n-gram index of `key[0..length)`, or -1. */
  private find(length: number): number {
    const { units, keyStart } = this.db;
    let slot = hashUnits(this.key, 0, length) & this.mask;
    for (let i = this.table[slot]; i !== -1; slot = (slot + 1) & this.mask, i = this.table[slot]) {
      const from = keyStart[i];
      if (keyStart[i + 1] - from !== length) continue;
      let k = 0;
      while (k < length && units[from + k] === this.key[k]) k++;
      if (k === length) return i;
    }
    return -1;
  }

  /** Counts the n-gram `[ ]word[from..to)[ ]` once per text. */
  private count(from: number, to: number, lead: boolean, trail: boolean): void {
    let n = 0;
    if (lead) this.key[n++] = SPACE;
    for (let i = from; i < to; i++) this.key[n++] = this.word[i];
    if (trail) this.key[n++] = SPACE;
    const i = this.find(n);
    if (i < 0 || this.seen[i] === this.stamp) return;
    this.seen[i] = this.stamp;
    const { entryStart, entryLang, entryScore } = this.db;
    for (let e = entryStart[i]; e < entryStart[i + 1]; e++)
      this.scores[entryLang[e]] += entryScore[e] + BASE_NGRAM_SCORE;
  }

  /** eld's getByteNgrams for one byte word (`word[0..len)`), each n-gram counted. */
  private countWord(len: number): void {
    const cut = len > MAX_WORD ? MAX_WORD : len;
    let j = 0;
    for (; j + 4 < cut; j += 3) this.count(j, j + 4, j === 0, false);
    this.count(Math.max(0, cut - 4), len, j === 0, true);
  }

  private push(unit: number, len: number): number {
    if (len === this.word.length) {
      const grown = new Uint16Array(len * 2);
      grown.set(this.word);
      this.word = grown;
    }
    this.word[len] = unit;
    return len + 1;
  }

  /** eld's strToUtf8Bytes, each byte word counted as it ends. */
  private countWords(str: string): void {
    const d = this.dict;
    let len = 0;
    let bytes = 0;
    for (let ii = 0; ii < str.length; ii++) {
      let code = str.charCodeAt(ii);
      if (code < 0x80) {
        if (code === SPACE) {
          if (len > 0) this.countWord(len);
          len = 0;
          if (bytes > CUT_AFTER) break;
        } else len = this.push(code, len);
        bytes++;
      } else if (code < 0x800) {
        len = this.push(d[0xc0 | (code >> 6)], len);
        len = this.push(d[0x80 | (code & 0x3f)], len);
        bytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        len = this.push(d[0xe0 | (code >> 12)], len);
        len = this.push(d[0x80 | ((code >> 6) & 0x3f)], len);
        len = this.push(d[0x80 | (code & 0x3f)], len);
        bytes += 3;
      } else {
        ii++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff));
        len = this.push(d[0xf0 | (code >> 18)], len);
        len = this.push(d[0x80 | ((code >> 12) & 0x3f)], len);
        len = this.push(d[0x80 | ((code >> 6) & 0x3f)], len);
        len = this.push(d[0x80 | (code & 0x3f)], len);
        bytes += 4;
      }
      if (bytes > ENFORCE_CUT_AFTER) break;
    }
    if (len > 0) this.countWord(len);
  }

  detect(text: string): { language: string } {
    const processed = text.substring(0, MAX_CHARS).replace(this.separators, ' ').trim().toLowerCase();
    this.scores.fill(0);
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    this.countWords(processed);
    // eld's getMaxLang: the first language with the highest positive score.
    let best = -1;
    let bestScore = 0;
    for (let lang = 0; lang < this.scores.length; lang++) {
      if (this.scores[lang] > 0 && this.scores[lang] > bestScore) {
        bestScore = this.scores[lang];
        best = lang;
      }
    }
    return { language: best < 0 ? '' : (this.db.languages[best] ?? '') };
  }
}

/** eld's internal modules (not among its package exports, so found by path next to its entry). */
async function eldParts(): Promise<EldParts | null> {
  try {
    const entry = import.meta.resolve('eld/small');
    const patterns = (await import(new URL('../regexPatterns.js', entry).href)) as { separators?: unknown };
    const dictionary = (await import(new URL('../dictionary.js', entry).href)) as { dictionary?: unknown };
    if (!(patterns.separators instanceof RegExp) || !Array.isArray(dictionary.dictionary)) return null;
    if (dictionary.dictionary.length !== 256) return null;
    const database = new URL('../ngrams/small.js', entry);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', entry), 'utf8')) as {
      version?: string;
    };
    const key = `eld@${pkg.version}|small|${statSync(database).size}`;
    return {
      separators: patterns.separators,
      dictionary: dictionary.dictionary as string[],
      database,
      key,
    };
  } catch {
    return null;
  }
}

/** Name of the cached compact copy (bumped with its layout). */
const CACHE_NAME = 'eld-small-compact-1';

async function loadDetector(): Promise<LanguageDetector> {
  const parts = await eldParts();
  if (!parts) return ((await import('eld/small')) as { eld: LanguageDetector }).eld;
  const bytes = readCachedBytes(CACHE_NAME, parts.key);
  let db = bytes ? deserialise(bytes) : null;
  if (!db) {
    // eld's own database module: ~0.4 s, once per machine.
    const data = ((await import(parts.database.href)) as { ngramsData: NgramsData }).ngramsData;
    db = compact(data);
    writeCachedBytes(CACHE_NAME, parts.key, serialise(db));
  }
  return new CompactEld(db, parts.separators, parts.dictionary);
}

export const eldDetector: LanguageDetector = await loadDetector();
