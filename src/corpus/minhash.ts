// MinHash signatures over word shingles and LSH band keys; our own (no maintained MinHash library for Node fits).

/**
 * Hashes in a signature: BANDS bands of ROWS rows. P(candidate) = 1 - (1 - J^ROWS)^BANDS: 0.94 at J = 0.2, 0.997 at
 * J = 0.3 (a copy cut to a third of its source), 0.006 at J = 0.01; link.ts verifies at most LSH_CANDIDATES.
 */
export const ROWS = 2;
export const BANDS = 64;
export const SIGNATURE_SIZE = ROWS * BANDS;
/** Words per shingle. */
export const SHINGLE_WORDS = 5;

/** 32-bit FNV-1a of a string. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: number[] = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/** Hashes of the word shingles of each paragraph (a paragraph shorter than a shingle gives one shingle). */
export function shingleHashes(
  paragraphs: ReadonlyArray<readonly string[]>,
  size = SHINGLE_WORDS,
): Set<number> {
  const out = new Set<number>();
  for (const w of paragraphs) {
    if (w.length === 0) continue;
    const hashes = w.map(hash32);
    const last = Math.max(1, w.length - size + 1);
    for (let i = 0; i < last; i++) {
      // Combines the word hashes in order: no string is built per shingle.
      let h = 0x9747b28c;
      for (let k = i; k < Math.min(i + size, w.length); k++) h = mix32(Math.imul(h, 0x01000193) ^ hashes[k]);
      out.add(h);
    }
  }
  return out;
}

/** The MinHash signature: for each seeded hash function, the minimum over the set. */
export function signature(shingles: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(s ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** One integer key per band: band number in the high bits, a hash of its rows in the low 32. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix32(Math.imul(h ^ sig[b * ROWS + r], 0x01000193));
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Share of the smaller set found in the larger. */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}
