// Our own lookups over outlets (no library matches aliases this way): by domain, by name, in a text.
import type { Outlet } from './outlets.js';

interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lower case, accents kept. */
  lower: string;
  /** Lower case, accents removed. */
  key: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN = /\p{Script=Latin}/u;
// Scripts written without spaces between words: their aliases are found as plain substrings.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    raw: m[0],
    lower: m[0].normalize('NFC').toLowerCase(),
    key: fold(m[0]),
  }));
}

/** Host name without a leading "www." (the form domains are indexed under). */
export function bareHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d?\./, '');
}

/** Case-, accent- and punctuation-insensitive key of a name: "Al-Alam" and "AL ALAM" share one. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}

/** Names of languages ("French", "français", "Español", …) in several display languages, folded. */
function languageNames(codes: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const locale of ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'pl', 'cs', 'nl', 'tr', 'ar']) {
    const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of codes) {
      const key = nameKey(names.of(code) ?? '');
      if (key !== '' && !key.includes(' ')) words.add(key);
    }
  }
  return words;
}

// ---- the index -----------------------------------------------------------------------------------

/** One place in a text where an outlet's name or alias occurs. */
export interface OutletMatch {
  start: number;
  end: number;
  text: string;
  outlet: Outlet;
  /** The alias (or name) that matched, as written in outlets.yaml. */
  alias: string;
}

interface AliasEntry {
  alias: string;
  outlet: Outlet;
  tokens: Token[];
  /** Acronyms and very short aliases ("RT", "AP", "dpa") match only exactly as written. */
  exact: boolean;
  /** Aliases written with accents need them in the text: "Libération" is not "Liberation Army". */
  accented: boolean;
}

const MAX_GAP = 3;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function aliasEntry(alias: string, outlet: Outlet): AliasEntry {
  const tokens = tokenize(alias);
  const letters = tokens.reduce((n, t) => n + t.raw.length, 0);
  const exact = letters <= 3 || (letters <= 5 && alias === alias.toUpperCase());
  const accented = tokens.some((t) => LATIN.test(t.raw) && t.lower !== t.key);
  return { alias, outlet, tokens, exact, accented };
}

/** Does `entry` match the text tokens starting at `at`? */
function matchesAt(entry: AliasEntry, text: string, tokens: Token[], at: number): boolean {
  const n = entry.tokens.length;
  if (at + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const want = entry.tokens[k];
    const got = tokens[at + k];
    if (entry.exact ? got.raw !== want.raw : got.key !== want.key) return false;
    if (entry.accented && got.lower !== want.lower) return false;
    // A capitalised alias word needs a capitalised text word: "The Times" is not "the times".
    if (!entry.exact && isUpper(want.raw[0]) && !isUpper(got.raw[0])) return false;
    if (k > 0) {
      const gap = text.slice(tokens[at + k - 1].end, got.start);
      if (gap.length > MAX_GAP || gap.includes('\n')) return false;
    }
  }
  return true;
}

/** Fast lookups over outlets: by domain, by name, and by scanning a text for aliases. */
export class OutletIndex {
  readonly outlets: readonly Outlet[];
  private readonly ids = new Map<string, Outlet>();
  private readonly domains = new Map<string, Outlet>();
  private readonly names = new Map<string, Outlet>();
  private readonly byFirstToken = new Map<string, AliasEntry[]>();
  private readonly unspaced: AliasEntry[] = [];
  private readonly languageWords: Set<string>;

  constructor(outlets: readonly Outlet[]) {
    this.outlets = outlets;
    for (const outlet of outlets) this.add(outlet);
    for (const list of this.byFirstToken.values()) {
      list.sort((a, b) => b.tokens.length - a.tokens.length || b.alias.length - a.alias.length);
    }
    this.languageWords = languageNames(new Set(outlets.flatMap((o) => o.languages)));
  }

  private add(outlet: Outlet): void {
    this.ids.set(outlet.id, outlet);
    for (const host of outlet.domains) this.domains.set(bareHost(host), outlet);
    for (const alias of new Set([outlet.name, ...outlet.aliases])) {
      this.names.set(nameKey(alias), outlet);
      const entry = aliasEntry(alias, outlet);
      if (UNSPACED.test(alias)) this.unspaced.push(entry);
      const first = entry.tokens[0].key;
      this.byFirstToken.set(first, [...(this.byFirstToken.get(first) ?? []), entry]);
    }
  }

  get(id: string): Outlet | null {
    return this.ids.get(id) ?? null;
  }

  /** The outlet this one is a service, edition or programme of, or null. */
  parentOf(outlet: Outlet): Outlet | null {
    return outlet.parent === null ? null : this.get(outlet.parent);
  }

  /** The outlet of a host or URL: the most specific listed domain, walking up subdomains. */
  byDomain(hostOrUrl: string): Outlet | null {
    const host = hostOf(hostOrUrl);
    if (host === null) return null;
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const outlet = this.domains.get(labels.slice(i).join('.'));
      if (outlet) return outlet;
    }
    return null;
  }

  /**
   * The outlet a whole string names, ignoring case, accents and punctuation. Falls back to: a host name
   * ("regnum.ru"), a leading language word ("FRENCH PRESS TV"), a trailing qualifier ("Sputnik Belarus -
   * Russian", "RT Germany (old)").
   */
  byName(text: string, depth = 0): Outlet | null {
    const key = nameKey(text);
    if (key === '' || depth > 4) return null;
    const exact = this.names.get(key);
    if (exact) return exact;
    if (/^\S+\.[a-z]{2,}\S*$/i.test(text.trim())) {
      const outlet = this.byDomain(text.trim());
      if (outlet) return outlet;
    }
    const [first, ...rest] = key.split(' ');
    if (rest.length > 0 && this.languageWords.has(first)) {
      const outlet = this.names.get(rest.join(' '));
      if (outlet) return outlet;
    }
    const qualified = /^(.*?\S)\s*(?:\s[-–—@]\s?[^-–—@]*|\([^()]*\)|\[[^[\]]*\])\s*$/su.exec(text);
    return qualified ? this.byName(qualified[1], depth + 1) : null;
  }

  /** Every occurrence of an outlet alias in `text`, longest first at each place, left to right. */
  findIn(text: string): OutletMatch[] {
    const tokens = tokenize(text);
    const found: OutletMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const entry = (this.byFirstToken.get(tokens[i].key) ?? []).find((e) => matchesAt(e, text, tokens, i));
      if (!entry) {
        i++;
        continue;
      }
      const last = tokens[i + entry.tokens.length - 1];
      found.push(this.match(text, tokens[i].start, last.end, entry));
      i += entry.tokens.length;
    }
    return this.addUnspaced(text, found);
  }

  private match(text: string, start: number, end: number, entry: AliasEntry): OutletMatch {
    return { start, end, text: text.slice(start, end), outlet: entry.outlet, alias: entry.alias };
  }

  /** Aliases in Chinese, Japanese or Korean script, found as substrings where nothing matched yet. */
  private addUnspaced(text: string, found: OutletMatch[]): OutletMatch[] {
    const entries = [...this.unspaced].sort((a, b) => b.alias.length - a.alias.length);
    for (const entry of entries) {
      for (let at = text.indexOf(entry.alias); at >= 0; at = text.indexOf(entry.alias, at + 1)) {
        const end = at + entry.alias.length;
        if (found.some((m) => m.start < end && at < m.end)) continue;
        found.push(this.match(text, at, end, entry));
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

/** The lower-case host of a URL or host name (port, path and "www." removed), or null. */
function hostOf(hostOrUrl: string): string | null {
  const raw = hostOrUrl.trim();
  let host: string;
  try {
    host = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? new URL(raw).hostname : raw.split(/[/?#]/)[0].split(':')[0];
  } catch {
    return null;
  }
  host = bareHost(host);
  return /^[a-z0-9.-]+\.[a-z0-9-]{2,}$/.test(host) ? host : null;
}
