// A memoising twin of knowledge/actors.ts `foldText` (same output, each distinct character folded once), for speed.
import { foldText } from '../../knowledge/actors.js';

export type Folded = ReturnType<typeof foldText>;

const memo = new Map<string, string>();
/** Folded form by UTF-16 code for the Basic Multilingual Plane (filled on first sight). */
const bmp: Array<string | undefined> = new Array<string | undefined>(0x10000);

function foldChar(ch: string): string {
  let out = memo.get(ch);
  if (out === undefined) {
    out = foldText(ch).text;
    memo.set(ch, out);
  }
  return out;
}

function foldCode(text: string, i: number, code: number): string {
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) return foldChar(String.fromCodePoint(code));
  let out = bmp[code];
  if (out === undefined) bmp[code] = out = foldChar(text[i]);
  return out;
}

/** Case- and accent-folds a text like `foldText`, keeping for each folded unit the offsets it came from. */
export function foldFast(text: string): Folded {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldCode(text, i, code);
    const isSpace = folded === ' ';
    if (isSpace && lastSpace) ends[ends.length - 1] = i + width;
    else
      for (let k = 0; k < folded.length; k++) {
        parts.push(folded[k]);
        starts.push(i);
        ends.push(i + width);
      }
    lastSpace = isSpace;
    i += width;
  }
  return { text: parts.join(''), starts, ends };
}
