// Character tests the tokenizers' fast paths use instead of Unicode regexes (our own; no library for this).

/** An ASCII letter or digit, or a Latin letter from U+00C0 to U+024F (× and ÷ excepted): surely a word character. */
export function plainWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}
