// Finds date mentions with chrono-node's locale parsers, run only on small windows around date-like words, plus our
// own month-expression rule ("septembre dernier", "en juin"), which chrono does not read.
import type * as chrono from 'chrono-node';
import { isSpaceAt, type Span } from '../../core/span.js';
import { dateWords, type DateWords } from './knowledge.js';
import { requirePackage } from '../../core/lazy-package.js';

export type MentionKind = 'absolute' | 'day-month' | 'relative' | 'weekday' | 'month';

export interface RawMention extends Span {
  text: string;
  kind: MentionKind;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  hour: number | null;
  minute: number | null;
  /** For month expressions: which way from the reference month. */
  dir: 'past' | 'next' | 'in' | null;
  rule: string;
}

type Parser = { parse(text: string, ref?: Date): chrono.ParsedResult[] };
type Configured = Parser & { parsers: object[]; clone(): Configured };

/**
 * Parsers of a casual configuration swapped for their strict form. English "N units ago / later" in casual mode reads
 * abbreviated units ("2 hrs", "3 mos") with two case-insensitive expressions that take V8 ~0.25 s to compile, in
 * every worker; the strict forms (full unit names, "later", "after", "from now") compile in a few milliseconds.
 */
const STRICT_PARSERS: Record<string, readonly string[]> = {
  en: ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser'],
};

function withStrictParsers(code: string, casual: Configured): Parser {
  const names = STRICT_PARSERS[code];
  if (!names) return casual;
  const out = casual.clone();
  out.parsers = out.parsers.map((p) => {
    const make = p.constructor as new (strictMode: boolean) => object;
    return names.includes(make.name) ? new make(true) : p;
  });
  return out;
}

/**
 * Fixes the pattern of parsers that build a new RegExp on every call (`innerPattern()`, taking no context: fr "il y a
 * N unités", "dans N unités", "les N derniers jours"). chrono reuses a parser's word-bounded pattern only while
 * `innerPattern` returns the same object, so these re-made two expressions per window read (~0.5% of all analysis
 * time). Memoised once per parser instance (the configurations' parsers are chrono's own, shared by this module
 * only); a pattern that takes the parse context (arity > 0) is left as it is.
 */
function withFixedPatterns<T extends Parser>(configured: T): T {
  const parsers = (configured as unknown as { parsers?: object[] }).parsers ?? [];
  for (const parser of parsers) {
    const p = parser as { innerPattern?: unknown; pattern?: unknown };
    const make = p.innerPattern;
    if (typeof make !== 'function' || make.length !== 0 || typeof p.pattern !== 'function') continue;
    let fixed: RegExp | null = null;
    p.innerPattern = function (this: unknown): RegExp {
      return (fixed ??= (make as () => RegExp).call(this));
    };
  }
  return configured;
}

/** chrono-node's locales we use; each is loaded on first need (loading all of chrono costs ~0.2 s at start-up). */
const LOCALES = new Set(['en', 'fr', 'de', 'es', 'it', 'ru', 'pt', 'nl', 'ja', 'zh', 'sv', 'uk', 'fi']);
const loaded = new Map<string, { casual: Parser; strict: Parser }>();

function locale(code: string): { casual: Parser; strict: Parser } {
  let hit = loaded.get(code);
  if (!hit) {
    const mod = requirePackage(`chrono-node/${code}`) as { casual: Configured; strict: Parser };
    hit = {
      casual: withFixedPatterns(withStrictParsers(code, mod.casual)),
      strict: withFixedPatterns(mod.strict),
    };
    loaded.set(code, hit);
  }
  return hit;
}

const DIGIT = /\d/g;
/** Characters of context read on each side of a trigger word. */
const WINDOW = 45;

export function parserFor(lang: string | null): Parser {
  return lang && LOCALES.has(lang) ? locale(lang).casual : locale('en').strict;
}

/**
 * Whether a date-word trigger match (not a numeric one, group 1) follows a letter, so is no word: the check the
 * expression leaves to its reader (see DateWords.trigger).
 */
function triggerFollowsLetter(s: string, m: RegExpExecArray): boolean {
  const i = m.index;
  if (m[1] !== undefined || i === 0) return false;
  const c = s.charCodeAt(i - 1);
  const astral = (c & 0xfc00) === 0xdc00 && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return LETTER.test(astral ? s.slice(i - 2, i) : s[i - 1]);
}

/** Merged windows around every trigger inside a region, snapped to white space. */
function windows(text: string, region: Span, trigger: RegExp, words: boolean): Span[] {
  const out: Span[] = [];
  const slice = text.slice(region.start, region.end);
  trigger.lastIndex = 0;
  for (let m = trigger.exec(slice); m; m = trigger.exec(slice)) {
    if (words && triggerFollowsLetter(slice, m)) {
      // As the lookbehind did: no trigger starts here; the next may start at the following character.
      trigger.lastIndex = m.index + 1;
      continue;
    }
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(slice.length, m.index + m[0].length + WINDOW);
    while (start > 0 && !isSpaceAt(slice, start - 1)) start--;
    while (end < slice.length && !isSpaceAt(slice, end)) end++;
    // A trigger inside the last window extends it, so a date that straddles its edge ("… on August 4, 1962") is read
    // whole.
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out.map((w) => ({ start: region.start + w.start, end: region.start + w.end }));
}

const LETTER = /\p{L}/u;

/** Whether chrono's match cuts a word ("6 déc" read in "6 décès": its patterns end at \b, which é defeats). */
function cutsWord(windowText: string, r: chrono.ParsedResult): boolean {
  const end = r.index + r.text.length;
  const inWord = (a: string | undefined, b: string | undefined): boolean =>
    a !== undefined && b !== undefined && LETTER.test(a) && LETTER.test(b);
  return inWord(windowText[r.index - 1], windowText[r.index]) || inWord(windowText[end - 1], windowText[end]);
}

function kindOf(r: chrono.ParsedResult, words: DateWords | null): MentionKind | null {
  const c = r.start;
  const tags = [...r.tags()];
  const relative = tags.some((t) => t.startsWith('result/relative') || t.startsWith('casualReference'));
  if (relative) return words?.durationPrefix.test(r.text) ? null : 'relative';
  if (c.isCertain('year')) return 'absolute';
  if (c.isCertain('month') && c.isCertain('day')) return 'day-month';
  // A bare weekday must be a whole weekday name of the language, not chrono's abbreviations ("la mer", "the sun").
  if (c.isCertain('weekday')) return !words || words.weekdayName.test(r.text) ? 'weekday' : null;
  return null;
}

function fromChrono(r: chrono.ParsedResult, offset: number, kind: MentionKind): RawMention {
  const c = r.start;
  const get = (k: chrono.Component): number | null => (c.isCertain(k) ? (c.get(k) ?? null) : null);
  return {
    start: offset + r.index,
    end: offset + r.index + r.text.length,
    text: r.text,
    kind,
    year: get('year'),
    month: get('month'),
    day: get('day'),
    weekday: get('weekday'),
    hour: get('hour'),
    minute: get('minute'),
    dir: null,
    rule: `dates.chrono.${kind}`,
  };
}

const NUMERIC = /^(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})\b/u;

/**
 * All-numeric dates in our own order, not the parser's: day.month everywhere ("11.09.2023" is 11 September), except
 * slashes in English, which keep the US month/day; a number above 12 decides either way.
 */
function numericOrder(m: RawMention, lang: string | null): RawMention {
  const g = NUMERIC.exec(m.text)?.groups;
  if (!g || m.kind !== 'absolute') return m;
  const a = Number(g.a);
  const b = Number(g.b);
  let dayFirst = !(lang === 'en' && g.sep === '/');
  if (a > 12) dayFirst = true;
  else if (b > 12) dayFirst = false;
  const day = dayFirst ? a : b;
  const month = dayFirst ? b : a;
  if (month < 1 || month > 12 || day < 1) return m;
  return { ...m, day, month, rule: `${m.rule}.numeric-${dayFirst ? 'dmy' : 'mdy'}` };
}

function monthExpressions(text: string, region: Span, words: DateWords): RawMention[] {
  const out: RawMention[] = [];
  const slice = text.slice(region.start, region.end);
  for (const m of slice.matchAll(words.monthExpression)) {
    const g = m.groups ?? {};
    const monthWord = (g.m1 ?? g.m2 ?? g.m3 ?? '').toLowerCase();
    const dirWord = (g.d1 ?? g.d2 ?? '').toLowerCase();
    const dir = g.in ? 'in' : words.past.has(dirWord) ? 'past' : words.next.has(dirWord) ? 'next' : null;
    const month = words.monthOf.get(monthWord) ?? null;
    if (dir === null || month === null) continue;
    const start = region.start + m.index;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      kind: 'month',
      year: null,
      month,
      day: null,
      weekday: null,
      hour: null,
      minute: null,
      dir,
      rule: `dates.month-expression.${dir}`,
    });
  }
  return out;
}

/** Every date mention in the regions, left to right; chrono's wins where our month rule overlaps it. */
export function findMentions(
  text: string,
  regions: readonly Span[],
  lang: string | null,
  ref: Date,
): RawMention[] {
  const words = lang ? dateWords(lang) : null;
  const parser = parserFor(lang);
  const trigger = words?.trigger ?? DIGIT;
  const found: RawMention[] = [];
  for (const region of regions) {
    for (const w of windows(text, region, trigger, words !== null)) {
      const windowText = text.slice(w.start, w.end);
      for (const r of parser.parse(windowText, ref)) {
        const kind = cutsWord(windowText, r) ? null : kindOf(r, words);
        if (kind) found.push(numericOrder(fromChrono(r, w.start, kind), lang));
      }
      // Month names are triggers, so every month expression lies inside a window.
      if (!words) continue;
      for (const m of monthExpressions(text, w, words)) {
        if (!found.some((f) => f.start < m.end && m.start < f.end)) found.push(m);
      }
    }
  }
  return dedupe(found.sort((a, b) => a.start - b.start || b.end - a.end));
}

function dedupe(sorted: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** Re-reads a relative mention against the reference day (chrono knows "hier", "il y a deux jours", "last week"). */
export function resolveRelative(m: RawMention, lang: string | null, ref: Date): RawMention | null {
  const r = parserFor(lang).parse(m.text, ref)[0];
  return r ? { ...fromChrono(r, m.start - r.index, 'relative'), rule: m.rule } : null;
}
