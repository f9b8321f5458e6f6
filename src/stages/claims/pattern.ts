// Our own tiny pattern language for cue and predicate lexicons (no library matches word sequences on folded text).
//
// A pattern is words separated by spaces, matched against text folded by `foldText` (lower case, no accents,
// hyphens as spaces, one apostrophe). Each word may be:
//   `a|b|c`   alternatives; `_` joins words inside one (`droit_international`), as do spaces inside a macro
//   `word*`   any word starting with `word`; `*ant` any word ending with `ant`
//   `x?`      optional (a suffix on the whole word)
//   `...`     a gap of up to GAP_WORDS words that does not cross sentence punctuation; `...3`, of up to 3 words
//   `@name`   a macro from the file's `macros`, expanded to its alternatives
// A word ending in an apostrophe (`qu'`, `d'`) may be glued to the next word.

import { asciiWordsOnly } from '../../core/plain-chars.js';
import { AnchorIndex, anchorOf, type Anchors } from './anchors.js';

export const GAP_WORDS = 10;

// A letter or digit; written as an alternation, which V8 compiles ~40% faster than the class `[\\p{L}\\p{N}]`.
// Escaped words never hold it (their braces are escaped), so a FoldedRegExp can find and replace it in a source.
const LETTER = '(?:\\p{L}|\\p{N})';
/** What LETTER matches in a text whose letters and digits are all ASCII (see FoldedRegExp). */
const ASCII_LETTER = '[A-Za-z0-9]';
/** The rest of a word (`word*`). */
const WORD_REST = `${LETTER}*`;
// Commas may sit between the words of a cue ("Berichte, wonach"; "о том, что").
const SEP = `[\\s«»"“”‹›,]+`;
/**
 * Between two words: spaces and quote marks, or nothing after an apostrophe ("qu'il"). Used only after a word that
 * may end with an apostrophe: after any other, the lookbehind can never hold, and SEP alone matches the same (it
 * halves the compile time of a cue regex).
 */
const WORD_SEP = `(?:(?<=')[\\s«»"“”‹›]*|${SEP})`;
const gapSource = (words: number): string => `(?:[^\\s.;:!?']+(?:'[\\s«»"“”‹›]*|${SEP})){0,${words}}?`;
/** A gap word: `...` or `...N` (N words at most). */
const GAP_WORD = /^\.\.\.(\d{1,2})?$/;

export type Macros = Readonly<Record<string, string>>;

interface Piece {
  source: string;
  optional: boolean;
  gap: boolean;
  /** Some alternative may end with an apostrophe, so the next word may be glued to it. */
  apostrophe: boolean;
}

/** Whether a word of a pattern may end with an apostrophe (`qu'`, `d'`, `qu'*`). */
function mayEndWithApostrophe(word: string): boolean {
  return word.endsWith("'") || word.endsWith("'*");
}

/** The separator after a word: WORD_SEP after one that may end with an apostrophe, else SEP. */
function separatorAfter(apostrophe: boolean): string {
  return apostrophe ? WORD_SEP : SEP;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function expandMacros(word: string, macros: Macros, depth = 0): string[] {
  if (depth > 4) throw new Error(`macro nesting too deep at "${word}"`);
  return word.split('|').flatMap((alt) => {
    if (!alt.startsWith('@')) return [alt];
    const body = macros[alt.slice(1)];
    if (body === undefined) throw new Error(`unknown macro "${alt}"`);
    return expandMacros(body, macros, depth + 1);
  });
}

function wordSource(w: string): string {
  if (w.length > 1 && w.startsWith('*')) return `${LETTER}*${escapeRegex(w.slice(1))}`;
  if (w.length > 1 && w.endsWith('*')) return `${escapeRegex(w.slice(0, -1))}${WORD_REST}`;
  return escapeRegex(w);
}

function altSource(alt: string): string {
  const words = alt.trim().split(/\s+/);
  return words
    .map((w, i) => {
      const body = wordSource(w);
      if (i === words.length - 1) return body;
      return body + separatorAfter(mayEndWithApostrophe(w));
    })
    .join('');
}

/** Applied to every alternative after macro expansion (e.g. case and accent folding); words stay split by spaces. */
export type Normalise = (alternative: string) => string;

function compileWord(raw: string, macros: Macros, normalise: Normalise): Piece {
  const gap = GAP_WORD.exec(raw);
  if (gap)
    return {
      source: gapSource(gap[1] ? Number(gap[1]) : GAP_WORDS),
      optional: false,
      gap: true,
      apostrophe: false,
    };
  const optional = raw.endsWith('?') && raw.length > 1;
  const word = optional ? raw.slice(0, -1) : raw;
  const alts = [
    ...new Set(
      expandMacros(word, macros)
        .map((a) => normalise(a.replace(/_/g, ' ')))
        .filter((a) => a.length > 0),
    ),
  ];
  if (alts.length === 0) throw new Error(`empty word in pattern at "${raw}"`);
  // Longer alternatives first, so that "selon lesquelles" wins over "selon" (regex alternation is ordered).
  alts.sort((a, b) => b.length - a.length);
  const apostrophe = alts.some((a) => mayEndWithApostrophe(a.trim().split(/\s+/).pop() ?? ''));
  return {
    source: `(?:${factorSuffix(alts.map(altSource), WORD_REST).join('|')})`,
    optional,
    gap: false,
    apostrophe,
  };
}

/**
 * Neighbouring alternatives that end alike share one copy of the ending: `(?:a|b)X` matches as `aX|bX` does, in the
 * same order, and V8 compiles each `\p{…}` of a regex anew (~0.2 ms each), so a list of word stems compiles several
 * times faster.
 */
function factorSuffix(sources: readonly string[], suffix: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) out.push(`(?:${run.join('|')})${suffix}`);
    else out.push(...run.map((r) => r + suffix));
    run = [];
  };
  for (const source of sources) {
    if (source.endsWith(suffix) && source.length > suffix.length) run.push(source.slice(0, -suffix.length));
    else {
      flush();
      out.push(source);
    }
  }
  flush();
  return out;
}

/** Compiles a pattern to the source of a regular expression (flags `u`), with word boundaries at both ends. */
export function compilePatternSource(
  pattern: string,
  macros: Macros = {},
  normalise: Normalise = (a) => a,
): string {
  const pieces = pattern
    .trim()
    .split(/\s+/)
    .map((w) => compileWord(w, macros, normalise));
  if (pieces.every((p) => p.optional || p.gap)) throw new Error(`pattern "${pattern}" can match nothing`);
  if (pieces[0].gap || pieces[pieces.length - 1].gap)
    throw new Error(`pattern "${pattern}" starts or ends with a gap`);
  // Separators follow each piece up to the last required one; optional pieces after it lead with theirs.
  const lastRequired = pieces.reduce((at, p, i) => (p.optional ? at : i), 0);
  let out = '';
  pieces.forEach((piece, i) => {
    if (i > lastRequired) {
      // Whichever of the pieces since the last required one matched last stands before this one.
      const before = pieces.slice(lastRequired, i);
      out += `(?:${separatorAfter(before.some((p) => p.gap || p.apostrophe))}${piece.source})?`;
    } else {
      const sep = i === lastRequired || piece.gap ? '' : separatorAfter(piece.apostrophe);
      out += piece.optional ? `(?:${piece.source}${sep})?` : `${piece.source}${sep}`;
    }
  });
  return `(?<!${LETTER})${out}(?:(?<=')|(?!${LETTER}))`;
}

/** A cheap pre-test: whether a folded text can match the pattern at all. */
export interface PreTest {
  test(folded: string): boolean;
}

/** The letters a word anchors on (see anchorOf): its leading run, or the run after a leading `*`. */
function anchorLength(word: string): number {
  return /^\*?([\p{L}\p{N}]*)/u.exec(word)?.[1].length ?? 0;
}

/**
 * The pre-test of a pattern: each of its required words must stand in the text (see anchors.ts). Every word of a
 * pattern starts where a word of the folded text starts (after a separator or an apostrophe), so a text lacking one
 * of them cannot match. Patterns sharing an index share one pass over the words of each text.
 * The pattern is checked by `compilePattern`, which the loaders run first; this only reads its words.
 */
export function compileCore(
  pattern: string,
  macros: Macros = {},
  normalise: Normalise = (a) => a,
  index: AnchorIndex = new AnchorIndex(),
): PreTest {
  const words = pattern.trim().split(/\s+/);
  const required = words.filter((w) => !GAP_WORD.test(w) && !(w.endsWith('?') && w.length > 1));
  if (!required.length) throw new Error(`pattern "${pattern}" can match nothing`);
  const all = required.map((word) => {
    const anchors: Anchors = { exact: [], prefixes: [], suffixes: [], always: false };
    for (const alt of expandMacros(word, macros)) {
      // Each word of a multi-word alternative starts a word of the text: anchor on the longest ("a lie" → "lie").
      const parts = normalise(alt.replace(/_/g, ' ')).trim().split(/\s+/).filter(Boolean);
      if (parts.length)
        anchorOf(
          parts.reduce((a, b) => (anchorLength(b) > anchorLength(a) ? b : a)),
          anchors,
        );
      else anchors.always = true;
    }
    return anchors;
  });
  return index.addAll(all);
}

/** What the claim stages ask of a regex over folded text: a RegExp and a FoldedRegExp both answer it. */
export interface TextRegExp {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
  test(s: string): boolean;
}

/**
 * A regex over folded text built from pattern sources, compiled in two forms, each on first need: where a text's
 * letters and digits are all ASCII (most sentences of a Latin-script language, once folded), the Unicode letter
 * class is replaced by `[A-Za-z0-9]`, which matches exactly the same there; other texts run the exact form. V8
 * compiles each `\p{…}` of a regex anew (~0.2 ms each): the claim lexicons' ~1,000 of them cost every worker ~0.5 s.
 * `lastIndex` is this object's and is carried to the form that runs, so the usual `exec` loops work unchanged.
 */
export class FoldedRegExp implements TextRegExp {
  lastIndex = 0;
  private ascii: RegExp | null = null;
  private exact: RegExp | null = null;
  /** The source has no letter class: both forms are the same regex. */
  private readonly plain: boolean;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    this.plain = !source.includes(LETTER);
  }

  /** Compiles the exact form now (a malformed source throws here, not at first use). */
  check(): this {
    this.exactForm();
    return this;
  }

  private exactForm(): RegExp {
    return (this.exact ??= new RegExp(this.source, this.flags));
  }

  private formFor(s: string): RegExp {
    if (this.plain || !asciiWordsOnly(s)) return this.exactForm();
    return (this.ascii ??= new RegExp(this.source.replaceAll(LETTER, ASCII_LETTER), this.flags));
  }

  exec(s: string): RegExpExecArray | null {
    const re = this.formFor(s);
    re.lastIndex = this.lastIndex;
    const m = re.exec(s);
    this.lastIndex = re.lastIndex;
    return m;
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}

/** Compiles a pattern to a global, Unicode regular expression over folded text (checked now). */
export function compilePattern(pattern: string, macros: Macros = {}, normalise?: Normalise): FoldedRegExp {
  return new FoldedRegExp(compilePatternSource(pattern, macros, normalise), 'gu').check();
}
