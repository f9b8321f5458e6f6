// Sniffs the encoding an HTML page declares (<meta charset>, http-equiv Content-Type) in its first 2 KB of bytes.

/** How far into the bytes a declaration is looked for (HTML's prescan reads 1024; pages often put it later). */
const SNIFF_BYTES = 2048;

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** The declared encoding name, lower-cased, or null when the page declares none. */
export function sniffCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one char, so an ASCII declaration is found whatever the real encoding.
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const match = META_CHARSET.exec(head);
  if (!match) return null;
  const name = match[1].toLowerCase();
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (HTML spec: treat as UTF-8).
  if (name.startsWith('utf-16')) return 'utf-8';
  return name === 'x-user-defined' ? 'windows-1252' : name;
}
