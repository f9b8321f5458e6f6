// Character tests the tokenizers' fast paths use instead of Unicode regexes (our own; no library for this).

/**
 * 1 for an ASCII letter or digit, or a Latin letter from U+00C0 to U+024F (× and ÷ excepted): surely a word
 * character. One entry per UTF-16 unit, so that hot loops read `PLAIN_WORD[c] === 1` without a call per character.
 */
export const PLAIN_WORD: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c <= 0x24f; c++)
    table[c] =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
        ? 1
        : 0;
  return table;
})();

/** Whether a UTF-16 unit is a plain word character (see PLAIN_WORD). */
export function plainWordChar(c: number): boolean {
  return PLAIN_WORD[c] === 1;
}
