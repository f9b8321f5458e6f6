// Character tests the tokenizers' fast paths use instead of Unicode regexes (our own; no library for this).

/** Codes below this are classified by PLAIN_WORD; all others are not plain word characters. */
export const PLAIN_LIMIT = 0x250;

/**
 * 1 for an ASCII letter or digit, or a Latin letter from U+00C0 to U+024F (× and ÷ excepted): surely a word
 * character. A table, so that hot loops read `c < PLAIN_LIMIT && PLAIN_WORD[c] === 1` without a call per character.
 */
export const PLAIN_WORD: Uint8Array = (() => {
  const table = new Uint8Array(PLAIN_LIMIT);
  for (let c = 0; c < PLAIN_LIMIT; c++)
    table[c] =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
        ? 1
        : 0;
  return table;
})();

/** Whether a code is a plain word character (see PLAIN_WORD). */
export function plainWordChar(c: number): boolean {
  return c < PLAIN_LIMIT && PLAIN_WORD[c] === 1;
}
