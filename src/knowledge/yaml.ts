// Parses the YAML knowledge files: js-yaml with the core schema (no dates, no custom tags), ~8x faster than `yaml`;
// large files are parsed once and their data kept in the on-disk cache (JSON reads ~10x faster than YAML parses).
import type * as JsYaml from 'js-yaml';
import type { z } from 'zod';
import { codeIdentity, contentKey, readCached, writeCached } from '../core/cache.js';
import { lazyPackage } from '../core/lazy-package.js';

/** Below this size parsing is cheaper than a cache lookup. */
const CACHE_FROM_CHARS = 16_384;
/** Bumped when the parser or its options change, so cached data is parsed again. */
const PARSER = 'js-yaml@4|core';

/**
 * js-yaml, loaded on first need (~25 ms of a worker's start-up): once the cache holds every file's validated data, a
 * worker parses no YAML at all.
 */
const jsYaml = lazyPackage<typeof JsYaml>('js-yaml');

function load(source: string): unknown {
  const yaml = jsYaml();
  return yaml.load(source, { schema: yaml.CORE_SCHEMA });
}

/** Parses YAML text to plain data; throws on malformed YAML (the caller names the file). */
export function parseYaml(source: string): unknown {
  if (source.length < CACHE_FROM_CHARS) return load(source);
  const key = contentKey(PARSER, source);
  const hit = readCached<{ data: unknown }>('yaml', key);
  if (hit && 'data' in hit) return hit.data;
  const data = load(source);
  writeCached('yaml', key, { data });
  return data;
}

/**
 * Parses YAML and validates it with a zod schema (`kind` names the schema). A text this build of the code already
 * validated is read back from the on-disk cache as validated data, so neither js-yaml nor zod runs: ~0.1 s of every
 * worker's start-up. Malformed YAML throws, as `parseYaml` does; invalid data is zod's failed result, never cached.
 */
export function parseValidated<T>(
  source: string,
  schema: z.ZodType<T>,
  kind: string,
): z.ZodSafeParseResult<T> {
  const key = contentKey(`${PARSER}|${kind}|${codeIdentity()}`, source);
  const hit = readCached<{ data: T }>('validated', key);
  if (hit && 'data' in hit) return { success: true, data: hit.data };
  const result = schema.safeParse(parseYaml(source));
  if (result.success) writeCached('validated', key, { data: result.data });
  return result;
}
