// Turns raw bytes into text: BOM, UTF-8 validity, then chardet + iconv-lite; refuses empty and binary input.
import type Chardet from 'chardet';
import type Iconv from 'iconv-lite';
import { InputError } from '../core/errors.js';
import { lazyPackage } from '../core/lazy-package.js';

// chardet and iconv-lite load on first need (~25 ms of each worker's start-up): most input is UTF-8 already decoded.
const iconv = lazyPackage<typeof Iconv>('iconv-lite');
const chardet = lazyPackage<typeof Chardet>('chardet');

export interface Decoded {
  text: string;
  encoding: string;
}

const BINARY_MAGIC: Array<{ bytes: number[]; name: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'gzip data' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
];

/** Share of control characters (other than tab, newline, carriage return, form feed) above which text is binary. */
const MAX_CONTROL_RATIO = 0.05;

export function decodeBytes(bytes: Uint8Array, hint: string | null = null): Decoded {
  if (bytes.length === 0) throw new InputError('E_EMPTY', 'the input is empty (0 bytes)');
  const bom = decodeWithBom(bytes);
  const decoded = bom ?? decodeWithoutBom(bytes, hint);
  if (controlRatio(decoded.text) > MAX_CONTROL_RATIO) {
    throw new InputError(
      'E_BINARY',
      `the input looks binary (control characters after decoding as ${decoded.encoding})`,
    );
  }
  if (decoded.text.trim() === '') throw new InputError('E_EMPTY', 'the input holds only white space');
  return decoded;
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { text: utf8(b.subarray(3)), encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: iconv().decode(Buffer.from(b.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: iconv().decode(Buffer.from(b.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

function decodeWithoutBom(bytes: Uint8Array, hint: string | null): Decoded {
  const magic = BINARY_MAGIC.find((m) => m.bytes.every((v, i) => bytes[i] === v));
  if (magic) throw new InputError('E_BINARY', `the input is binary (${magic.name})`);
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: iconv().decode(Buffer.from(bytes), utf16), encoding: utf16 };
  if (nulRatio(bytes) > MAX_NUL_RATIO)
    throw new InputError('E_BINARY', 'the input is binary (it holds NUL bytes)');
  try {
    return { text: utf8(bytes, true), encoding: 'utf-8' };
  } catch {
    return decodeLegacy(bytes, hint);
  }
}

function decodeLegacy(bytes: Uint8Array, hint: string | null): Decoded {
  const candidates = [hint, chardet().detect(bytes)].filter(
    (e): e is string => !!e && iconv().encodingExists(e),
  );
  const encoding = (candidates[0] ?? 'windows-1252').toLowerCase();
  // ISO-8859-1 is read as its superset Windows-1252, as browsers do.
  const effective = encoding === 'iso-8859-1' ? 'windows-1252' : encoding;
  try {
    return { text: iconv().decode(Buffer.from(bytes), effective), encoding: effective };
  } catch (err) {
    throw new InputError('E_ENCODING', `could not decode as ${effective}: ${(err as Error).message}`);
  }
}

/** A stray NUL in scraped text is noise; many of them mean a binary file. */
const MAX_NUL_RATIO = 0.001;

function nulRatio(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) n++;
  return n / bytes.length;
}

/** UTF-16 without BOM: most ASCII text then has a zero in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

function utf8(bytes: Uint8Array, fatal = false): string {
  return new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(bytes);
}

function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  return controls / sample.length;
}
