// Locates ../shared (evaluation data beside the repository) for tests that must skip when it is absent.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from this module to the repository root and returns its sibling `shared/`, or null. */
export function sharedDirectory(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, '..', 'shared');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}

export const SKIP_NO_SHARED = '../shared is absent (a fresh clone has no evaluation data): skipped';
