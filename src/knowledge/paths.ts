// Locates files of src/knowledge/ from any module, in the source tree or in an installed package.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | null = null;

function isEchotraceRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'echotrace';
  } catch {
    return false;
  }
}

/** The folder of the package.json whose name is "echotrace", found by walking up from this module. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isEchotraceRoot(dir)) return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json of "echotrace" not found above ' + import.meta.url);
    dir = parent;
  }
}

/** Absolute path of `<root>/src/knowledge/<rel>`. */
export function knowledgeFile(rel: string): string {
  return join(packageRoot(), 'src', 'knowledge', rel);
}
