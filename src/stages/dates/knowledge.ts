// Loads src/knowledge/<lang>/dates.yaml (zod): the words that trigger the date parser and feed our own date rules.
import { existsSync, readFileSync } from 'node:fs';
import { parseValidated } from '../../knowledge/yaml.js';
import { z } from 'zod';
import { SetupError } from '../../core/errors.js';
import { knowledgeFile } from '../../knowledge/paths.js';

const words = z.array(z.string().min(1));
const DatesSchema = z
  .object({
    lang: z.string().regex(/^[a-z]{2}$/),
    months: z
      .array(
        z.object({ id: z.string(), month: z.number().int().min(1).max(12), forms: words.min(1) }).strict(),
      )
      .length(12),
    weekdays: z
      .array(
        z.object({ id: z.string(), weekday: z.number().int().min(0).max(6), forms: words.min(1) }).strict(),
      )
      .length(7),
    relative: words,
    past: words,
    next: words,
    monthIn: words,
    durationPrefixes: words,
  })
  .strict();

export interface DateWords {
  lang: string;
  /**
   * Where a date may be: month and weekday names, relative and time-unit words, and all-numeric date shapes
   * ("11.09.2023", "2023-10-17", "17/10"). A bare number is no trigger: "15 personnes" holds no date, and chrono
   * read junk near such numbers ("6 déc" in "6 décès"). A numeric shape is group 1. A word must not follow a letter:
   * the reader checks that (`triggerFollowsLetter`), since a lookbehind at the head of the expression ran at every
   * character of the text.
   */
  trigger: RegExp;
  /** A whole weekday name: chrono's bare abbreviations ("mer", "sun", "sat") are words of running text. */
  weekdayName: RegExp;
  /** "en juin", "septembre dernier", "last September": groups month, dir (past/next) or in. */
  monthExpression: RegExp;
  monthOf: Map<string, number>;
  past: Set<string>;
  next: Set<string>;
  durationPrefix: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
/** An all-numeric date shape: day, month and year (any order) joined by one separator. */
const NUMERIC_DATE = '(?<!\\d)\\d{1,4}[./-]\\d{1,2}';
const word = (body: string): string => `(?<![\\p{L}])(?:${body})(?![\\p{L}])`;

function compile(data: z.infer<typeof DatesSchema>): DateWords {
  const monthForms = data.months.flatMap((m) => m.forms);
  const months = alt(monthForms);
  const dirs = alt([...data.past, ...data.next]);
  const triggerWords = [...monthForms, ...data.weekdays.flatMap((w) => w.forms), ...data.relative];
  return {
    lang: data.lang,
    trigger: new RegExp(`(${NUMERIC_DATE})|(?:${alt(triggerWords)})(?![\\p{L}])`, 'giu'),
    weekdayName: new RegExp(word(alt(data.weekdays.flatMap((w) => w.forms))), 'iu'),
    monthExpression: new RegExp(
      word(
        `(?:(?:${alt(data.monthIn)})\\s+)?(?<m2>${months})\\s+(?<d1>${dirs})|(?<d2>${dirs})\\s+(?<m3>${months})|(?<in>${alt(data.monthIn)})\\s+(?<m1>${months})`,
      ),
      'giu',
    ),
    monthOf: new Map(data.months.flatMap((m) => m.forms.map((f) => [f.toLowerCase(), m.month] as const))),
    past: new Set(data.past.map((w) => w.toLowerCase())),
    next: new Set(data.next.map((w) => w.toLowerCase())),
    durationPrefix: new RegExp(`^(?:${alt(data.durationPrefixes)})\\s`, 'iu'),
  };
}

const cache = new Map<string, DateWords | null>();

/** The date words of a language, or null when src/knowledge/<lang>/dates.yaml does not exist. */
export function dateWords(lang: string): DateWords | null {
  if (cache.has(lang)) return cache.get(lang) ?? null;
  const file = knowledgeFile(`${lang}/dates.yaml`);
  let words: DateWords | null = null;
  if (/^[a-z]{2}$/.test(lang) && existsSync(file)) {
    const parsed = parseValidated(readFileSync(file, 'utf8'), DatesSchema, 'dates');
    if (!parsed.success) throw new SetupError('E_KNOWLEDGE', `${file}: ${parsed.error.message}`);
    words = compile(parsed.data);
  }
  cache.set(lang, words);
  return words;
}
