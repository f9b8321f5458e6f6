// Calendar arithmetic for our own date rules: the weekday rule, bare weekdays, month expressions, ISO values.

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay(d: DayDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Parses YYYY, YYYY-MM, YYYY-MM-DD (or a timestamp) into a day; missing parts become 1. */
export function parseIso(value: string | null): DayDate | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value) : null;
  return m ? { year: +m[1], month: m[2] ? +m[2] : 1, day: m[3] ? +m[3] : 1 } : null;
}

function weekdayOf(d: DayDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function isValid(d: DayDate): boolean {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return t.getUTCFullYear() === d.year && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
}

export function compareDays(a: DayDate, b: DayDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** How far back the weekday rule looks for a matching year. */
const WEEKDAY_YEARS_BACK = 40;

/** 'mardi 17 octobre' → the latest year where 17 October is a Tuesday, no later than the reference day. */
export function yearFromWeekday(month: number, day: number, weekday: number, ref: DayDate): DayDate | null {
  for (let year = ref.year; year > ref.year - WEEKDAY_YEARS_BACK; year--) {
    const d = { year, month, day };
    if (isValid(d) && weekdayOf(d) === weekday && compareDays(d, ref) <= 0) return d;
  }
  return null;
}

/** A bare weekday ('lundi') in a report: the latest such day on or before the reference day. */
export function lastWeekday(weekday: number, ref: DayDate): DayDate {
  const t = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() - weekday + 7) % 7));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A month without a year: the latest one before (past), after (next) or not after (in) the reference month. */
export function monthAround(month: number, ref: DayDate, dir: 'past' | 'next' | 'in'): string {
  if (dir === 'next') return isoMonth(month > ref.month ? ref.year : ref.year + 1, month);
  const sameYear = dir === 'past' ? month < ref.month : month <= ref.month;
  return isoMonth(sameYear ? ref.year : ref.year - 1, month);
}

/** A day and month without a year: the year that puts it nearest the reference day. */
export function nearestYear(month: number, day: number, ref: DayDate): DayDate {
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, month, day }));
  const distance = (d: DayDate): number =>
    Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(ref.year, ref.month - 1, ref.day));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

export function todayUtc(): DayDate {
  const t = new Date();
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
