// Deterministic ids: sha256 of natural keys, so the same input always gets the same id.
import * as crypto from 'node:crypto';

/** Node's one-shot digest (20.12 and later) skips the Hash object; older versions stream through one. */
const oneShot: ((algorithm: string, data: string, encoding: 'hex') => string) | undefined = (
  crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }
).hash;

export function sha256Hex(value: string): string {
  return oneShot
    ? oneShot('sha256', value, 'hex')
    : crypto.createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The article id: sha256 of its text. */
export function articleId(text: string): string {
  return sha256Hex(text);
}

/** A short id for an annotation from its natural key parts (kind, article, offsets, name …). */
export function stableId(...parts: Array<string | number | null | undefined>): string {
  return sha256Hex(parts.map((p) => (p === null || p === undefined ? '' : String(p))).join('\u241f')).slice(
    0,
    16,
  );
}
