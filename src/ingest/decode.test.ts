import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { InputError } from '../core/errors.js';
import { decodeBytes } from './decode.js';

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    return err.code;
  }
  return 'no error';
};

describe('decodeBytes', () => {
  const french = 'Le ministre a déclaré mercredi à Genève que « la trêve tiendra » — été, garçon, cœur.\n';

  it('reads UTF-8 and strips a UTF-8 BOM', () => {
    assert.deepEqual(decodeBytes(Buffer.from(french)), { text: french, encoding: 'utf-8' });
    assert.equal(
      decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french)])).text,
      french,
    );
  });

  it('detects Windows-1252 / Latin-1 text', () => {
    const latin =
      'Le ministre a déclaré mercredi à Genève que la trêve tiendrait, selon le porte-parole. Été chaud à Besançon.';
    const decoded = decodeBytes(iconv.encode(latin, 'windows-1252'));
    assert.equal(decoded.text, latin);
    assert.match(decoded.encoding, /windows-1252|iso-8859/);
  });

  it('reads UTF-16 with a BOM (LE and BE) and without one', () => {
    assert.equal(
      decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(french, 'utf-16le')])).text,
      french,
    );
    assert.equal(
      decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(french, 'utf-16be')])).encoding,
      'utf-16be',
    );
    assert.equal(
      decodeBytes(iconv.encode('Plain English text about a summit in Vienna.', 'utf-16le')).encoding,
      'utf-16le',
    );
  });

  it('reads KOI8-R Russian text', () => {
    const russian =
      'Пресс-секретарь Кремля заявил журналистам, что никаких доказательств не было представлено. '.repeat(3);
    assert.equal(decodeBytes(iconv.encode(russian, 'koi8-r')).text, russian);
  });

  it('refuses empty, blank and binary input with coded errors', () => {
    assert.equal(
      code(() => decodeBytes(new Uint8Array())),
      'E_EMPTY',
    );
    assert.equal(
      code(() => decodeBytes(Buffer.from(' \n\t\n'))),
      'E_EMPTY',
    );
    assert.equal(
      code(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))),
      'E_BINARY',
    );
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    assert.equal(
      code(() => decodeBytes(noise)),
      'E_BINARY',
    );
  });
});
