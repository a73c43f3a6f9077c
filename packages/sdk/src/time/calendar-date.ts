/**
 * Calendar dates as plain numbers.
 *
 * Review deadlines are calendar dates in the UK, not instants. JavaScript's `Date` turns a
 * date into an instant in the host's time zone, so a deadline computed in a browser in
 * Auckland could land a day away from one computed in London. Everything here works on
 * day numbers (days since 1970-01-01, proleptic Gregorian) with integer arithmetic, so the
 * answer never depends on where or when the code runs.
 */

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days since 1970-01-01 (day 0), negative before it. */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day number of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a day number (Howard Hinnant's civil_from_days). */
export function civilDate(days: DayNumber): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week: 0 Monday … 6 Sunday (ISO order). */
export function weekday(days: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO weekday index 3).
  return (((days + 3) % 7) + 7) % 7;
}

export function isWeekend(days: DayNumber): boolean {
  return weekday(days) >= 5;
}

/** Whether `text` is a real `YYYY-MM-DD` date (not 2023-02-30). */
export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The day number of an ISO date. Throws a `RangeError` (without the value) on anything else. */
export function fromIsoDate(text: IsoDate): DayNumber {
  if (!isIsoDate(text)) throw new RangeError('Expected a calendar date in the form YYYY-MM-DD, for example 2023-04-12.');
  return dayNumber(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

/** The ISO date of a day number. */
export function toIsoDate(days: DayNumber): IsoDate {
  const { year, month, day } = civilDate(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds calendar days to an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(fromIsoDate(date) + days);
}

/**
 * Adds calendar months, keeping the day of the month where it exists and otherwise using
 * the month's last day (31 January + 1 month = 28 or 29 February), as deadlines are read.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = civilDate(fromIsoDate(date));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toIsoDate(dayNumber(y, m, Math.min(day, daysInMonth(y, m))));
}

/**
 * Today's date in the UK (Europe/London), whatever the host's time zone. Statutory clocks
 * run on UK calendar days, so "today" must too.
 */
export function todayInUk(now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
