// Tests of our calendar rules: the weekday fixes the year, bare weekdays and month expressions against a reference.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDay, lastWeekday, monthAround, nearestYear, parseIso, yearFromWeekday } from './calendar.js';

const day = (iso: string): NonNullable<ReturnType<typeof parseIso>> => parseIso(iso)!;

describe('calendar', () => {
  it('a weekday with a day and month gives the latest matching year no later than the reference', () => {
    assert.equal(isoDay(yearFromWeekday(10, 17, 2, day('2026-11-23'))!), '2023-10-17');
    assert.equal(isoDay(yearFromWeekday(10, 17, 2, day('2023-10-17'))!), '2023-10-17');
    assert.equal(isoDay(yearFromWeekday(10, 17, 2, day('2023-10-16'))!), '2017-10-17');
    assert.equal(isoDay(yearFromWeekday(2, 29, 4, day('2025-01-01'))!), '2024-02-29');
    assert.equal(yearFromWeekday(2, 30, 1, day('2025-01-01')), null);
  });

  it('a bare weekday is the latest such day on or before the reference', () => {
    assert.equal(isoDay(lastWeekday(1, day('2024-10-30'))), '2024-10-28');
    assert.equal(isoDay(lastWeekday(3, day('2024-10-30'))), '2024-10-30');
  });

  it('month expressions and day-month dates resolve around the reference', () => {
    assert.equal(monthAround(9, day('2023-10-18'), 'past'), '2023-09');
    assert.equal(monthAround(11, day('2023-10-18'), 'past'), '2022-11');
    assert.equal(monthAround(4, day('2023-03-09'), 'next'), '2023-04');
    assert.equal(monthAround(6, day('2024-10-30'), 'in'), '2024-06');
    assert.equal(isoDay(nearestYear(12, 30, day('2024-01-02'))), '2023-12-30');
  });
});
