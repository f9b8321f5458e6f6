// Turns raw date mentions into ISO values as precise as known, using the article's reference day where needed.
import type { DateMention } from '../../core/article.js';
import {
  isoDay,
  isoMonth,
  lastWeekday,
  monthAround,
  nearestYear,
  yearFromWeekday,
  type DayDate,
} from './calendar.js';
import { resolveRelative, type RawMention } from './mentions.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function withTime(day: string, m: RawMention): string {
  return m.hour === null ? day : `${day}T${pad(m.hour)}:${pad(m.minute ?? 0)}`;
}

function absoluteValue(m: RawMention): string | null {
  if (m.year === null) return null;
  if (m.month === null) return String(m.year).padStart(4, '0');
  if (m.day === null) return isoMonth(m.year, m.month);
  return withTime(isoDay({ year: m.year, month: m.month, day: m.day }), m);
}

/** Values that need no anchor: explicit years, and a weekday with a day and month (the weekday fixes the year). */
export function fixedValue(m: RawMention, ref: DayDate): { value: string; rule: string } | null {
  if (m.kind === 'absolute') {
    const value = absoluteValue(m);
    return value ? { value, rule: m.rule } : null;
  }
  if (m.kind === 'day-month' && m.weekday !== null && m.month !== null && m.day !== null) {
    const d = yearFromWeekday(m.month, m.day, m.weekday, ref);
    return d ? { value: withTime(isoDay(d), m), rule: 'dates.weekday-year' } : null;
  }
  return null;
}

function anchoredValue(m: RawMention, anchor: DayDate, lang: string | null): string | null {
  if (m.kind === 'day-month' && m.month !== null && m.day !== null)
    return withTime(isoDay(nearestYear(m.month, m.day, anchor)), m);
  if (m.kind === 'weekday' && m.weekday !== null) return isoDay(lastWeekday(m.weekday, anchor));
  if (m.kind === 'month' && m.month !== null && m.dir !== null) return monthAround(m.month, anchor, m.dir);
  if (m.kind === 'relative') {
    const r = resolveRelative(m, lang, new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12)));
    if (!r || r.year === null || r.month === null) return null;
    return r.day === null ? isoMonth(r.year, r.month) : isoDay({ year: r.year, month: r.month, day: r.day });
  }
  return null;
}

/** Every mention with its value: fixed ones first, the rest against the anchor (null when there is none). */
export function valueMentions(
  raw: readonly RawMention[],
  ref: DayDate,
  anchor: DayDate | null,
  lang: string | null,
): DateMention[] {
  return raw.map((m) => {
    const fixed = fixedValue(m, ref);
    // Literals, not `{ ...base }`: a spread in this hot loop missed its inline cache (a runtime call per mention).
    if (fixed) return { start: m.start, end: m.end, text: m.text, value: fixed.value, rule: fixed.rule };
    const value = anchor ? anchoredValue(m, anchor, lang) : null;
    const rule = anchor ? `${m.rule}+anchor` : `${m.rule}:no-anchor`;
    return { start: m.start, end: m.end, text: m.text, value, rule };
  });
}
