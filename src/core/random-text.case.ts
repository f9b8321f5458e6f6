// Test support (not built into the package): random texts for property tests, pieces glued with a range cut between two.
import fc from 'fast-check';

export interface CutText {
  text: string;
  from: number;
  to: number;
}

/** A seeded generator of numbers in [0, 1): the same sequence for the same seed, for reproducible random tests. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** Up to `max` pieces joined, and a range [from, to) whose ends fall between pieces. */
export function piecesWithRange(pieces: readonly string[], max = 30): fc.Arbitrary<CutText> {
  return fc
    .tuple(fc.array(fc.constantFrom(...pieces), { maxLength: max }), fc.nat(), fc.nat())
    .map(([parts, a, b]) => {
      const cuts = [0];
      for (const p of parts) cuts.push(cuts[cuts.length - 1] + p.length);
      const from = cuts[a % cuts.length];
      return { text: parts.join(''), from, to: Math.max(from, cuts[b % cuts.length]) };
    });
}
