// A cache of derived data on disk (JSON files under ~/.cache/echotrace): what is slow to rebuild at every start-up.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `ECHOTRACE_CACHE` (a directory, or `off`), else $XDG_CACHE_HOME/echotrace, else ~/.cache/echotrace. */
export function cacheDirectory(): string | null {
  const set = process.env.ECHOTRACE_CACHE;
  if (set === 'off' || set === '0') return null;
  if (set) return set;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : tmpdir());
  return join(base, 'echotrace');
}

/** The file of a cache entry: its name and a digest of everything it was derived from. */
function entryPath(name: string, key: string, extension = 'json'): string | null {
  const dir = cacheDirectory();
  if (!dir) return null;
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return join(dir, `${name}-${digest}.${extension}`);
}

/** The cached value for `key`, or undefined (absent, unreadable, or not JSON: the caller rebuilds it). */
export function readCached<T>(name: string, key: string): T | undefined {
  const path = entryPath(name, key);
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Stores a value (written whole, then renamed, so readers never see half a file); a cache that cannot be written is skipped. */
export function writeCached(name: string, key: string, value: unknown): void {
  writeEntry(entryPath(name, key), JSON.stringify(value));
}

/** The cached bytes for `key` (binary data: typed arrays), or undefined; the caller checks their layout. */
export function readCachedBytes(name: string, key: string): Buffer | undefined {
  const path = entryPath(name, key, 'bin');
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Stores bytes as `writeCached` stores a value. */
export function writeCachedBytes(name: string, key: string, bytes: Uint8Array): void {
  writeEntry(entryPath(name, key, 'bin'), bytes);
}

function writeEntry(path: string | null, content: string | Uint8Array): void {
  if (!path) return;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch {
    // A read-only home or a full disk only costs speed.
  }
}

/** The key of data derived from `content` by the code of `version` (a digest: contents can be large). */
export function contentKey(version: string, content: string | Buffer): string {
  return `${version}|${createHash('sha256').update(content).digest('hex')}`;
}

/**
 * Whether a file's exact content already passed a check (named by `kind`, with the checking code's version in it),
 * so the check may be skipped; `remember()` records a pass for next time.
 */
export class CheckMarker {
  readonly known: boolean;
  private readonly key: string;

  constructor(
    private readonly kind: string,
    content: string | Buffer,
  ) {
    this.key = contentKey(kind, content);
    this.known = readCached<boolean>('checked', this.key) === true;
  }

  remember(): void {
    if (!this.known) writeCached('checked', this.key, true);
  }
}

let identity: string | null = null;

/**
 * A digest of this build of the code, for data whose derivation is the code itself (validated knowledge): the path
 * and content of every module file of the tree this one runs from (dist/ or src/; ~0.6 MB, ~5 ms once), and the
 * package manifest and lockfile beside it. An edit or a dependency change gives another digest; a rebuild of the
 * same sources does not.
 */
export function codeIdentity(): string {
  if (identity !== null) return identity;
  const tree = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  const add = (path: string): void => {
    hash.update(`${relative(tree, path)}\0`);
    try {
      hash.update(readFileSync(path));
    } catch {
      hash.update('absent');
    }
    hash.update('\0');
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:js|ts|mjs|cjs)$/.test(entry.name)) add(path);
    }
  };
  walk(tree);
  for (const name of ['package.json', 'package-lock.json']) add(join(tree, '..', name));
  hash.update(process.version);
  return (identity = hash.digest('hex').slice(0, 16));
}
