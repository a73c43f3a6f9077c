/**
 * Working days: weekdays that are not bank holidays in the division.
 *
 * Counting follows how statutory time limits are read: "within 5 working days of becoming
 * aware" counts the working days after the day of awareness, so the day itself is day 0.
 */
import { fromIsoDate, isWeekend, toIsoDate, type IsoDate } from './calendar-date.js';
import { assertDivision, defaultCalendar, type Calendar, type Division } from './bank-holidays.js';

function day(date: IsoDate): number {
  return fromIsoDate(date);
}

/** Whether `date` is a working day in `division`. */
export function isWorkingDay(date: IsoDate, division: Division, calendar: Calendar = defaultCalendar): boolean {
  assertDivision(division);
  const d = day(date);
  return !isWeekend(d) && !calendar.isBankHolidayDay(d, division);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative). Day 1 is the
 * first working day after `date`, whatever kind of day `date` is; `n = 0` returns `date`.
 */
export function addWorkingDays(date: IsoDate, n: number, division: Division, calendar: Calendar = defaultCalendar): IsoDate {
  assertDivision(division);
  if (!Number.isInteger(n)) throw new RangeError('Give the number of working days as a whole number.');
  // About 253 working days a year: anything beyond this cannot land inside the calendar.
  if (Math.abs(n) > 2_600_000) throw new RangeError('Give fewer working days: the date would fall outside the calendar.');
  let current = day(date);
  const step = n < 0 ? -1 : 1;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    current += step;
    if (!isWeekend(current) && !calendar.isBankHolidayDay(current, division)) remaining--;
  }
  return toIsoDate(current);
}

/**
 * Working days from `from` to `to`: those after `from`, up to and including `to`. It is the
 * inverse of {@link addWorkingDays}: `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 * When `to` is earlier, the result is negative: minus the working days from `to` (included)
 * up to `from` (excluded).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, division: Division, calendar: Calendar = defaultCalendar): number {
  assertDivision(division);
  const start = day(from);
  const end = day(to);
  const isWorking = (d: number) => !isWeekend(d) && !calendar.isBankHolidayDay(d, division);
  let count = 0;
  if (end >= start) {
    for (let d = start + 1; d <= end; d++) if (isWorking(d)) count++;
    return count;
  }
  for (let d = end; d < start; d++) if (isWorking(d)) count++;
  return -count;
}
