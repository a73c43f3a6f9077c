/**
 * Partial and uncertain dates, written in the Extended Date/Time Format (EDTF, ISO 8601-2).
 *
 * Chronologies are full of dates like "April 2023", "about 12 April" and "some time before
 * June". EDTF writes each exactly: `2023-04`, `2023-04-12~`, `../2023-06`. The kit supports
 * EDTF level 0 and the level-1 features chronologies need:
 *
 * | Written | Means |
 * | --- | --- |
 * | `2023`, `2023-04`, `2023-04-12` | a year, a month, a day |
 * | `2023-04-12T14:30` | a day and a time of day (seconds and a zone are optional) |
 * | `2023-21` … `2023-24` | spring, summer, autumn, winter 2023 (meteorological seasons) |
 * | `…?` `…~` `…%` | uncertain, approximate, both (a suffix on the whole date) |
 * | `2023-04-XX`, `2023-XX`, `2023-XX-XX` | a day or month that is not known |
 * | `202X`, `20XX` | a decade, a century |
 * | `2023-04/2023-06` | a range; each end is any of the above |
 * | `../2023-06`, `2023-04/..` | open: any time up to, or from |
 * | `/2023-06`, `2023-04/` | an end that is not known |
 *
 * Every value knows the days it could fall on (`earliest`, `latest`), so it can be sorted,
 * compared and drawn as a range without pretending to a precision it lacks.
 */
import { civilDate, dayNumber, daysInMonth, fromIsoDate, toIsoDate, type DayNumber, type IsoDate } from './calendar-date.js';
import { draft, localise, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';

export type Precision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A time of day written on an exact date, as recorded (no time-zone conversion). */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
  /** `Z` or `±HH:MM` when the source gave one; kept, never applied. */
  readonly offset?: string;
}

/** One date, however precise. */
export interface PartialDatePoint {
  readonly kind: 'date';
  /** The date in canonical EDTF. */
  readonly edtf: string;
  readonly precision: Precision;
  /** The year; for a decade or century, its first year. */
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly season?: Season;
  /** Written with unspecified digits beyond its precision, e.g. `2023-04-XX`. */
  readonly unspecified: boolean;
  readonly time?: TimeOfDay;
  /** `?`: the source is not sure of this date. */
  readonly uncertain: boolean;
  /** `~`: the date is roughly right. */
  readonly approximate: boolean;
  /** First and last day of the stated period. */
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** First and last day it could be: the stated period, widened when approximate. */
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
}

/** An end of a range that is open (`..`: any time before or after) or not known (empty). */
export interface OpenEnd {
  readonly kind: 'open' | 'unknown';
}

/** A range between two dates, either of which may be open or not known. */
export interface PartialDateInterval {
  readonly kind: 'interval';
  readonly edtf: string;
  readonly start: PartialDatePoint | OpenEnd;
  readonly end: PartialDatePoint | OpenEnd;
  readonly uncertain: boolean;
  readonly approximate: boolean;
  /** First and last day it could cover; `null` when that end is unbounded. */
  readonly earliest: IsoDate | null;
  readonly latest: IsoDate | null;
}

export type PartialDate = PartialDatePoint | PartialDateInterval;

/** How far an approximate (`~`) date may be from its stated period, by its precision. */
export interface ApproximationMargins {
  /** For days: calendar days either side. Default 7. */
  readonly days: number;
  /** For months and seasons: months either side. Default 1. */
  readonly months: number;
  /** For years, decades and centuries: years either side. Default 1. */
  readonly years: number;
}

export const DEFAULT_APPROXIMATION: ApproximationMargins = { days: 7, months: 1, years: 1 };

export interface PartialDateParseOptions {
  readonly approximation?: Partial<ApproximationMargins>;
}

export type PartialDateErrorCode =
  | 'empty'
  | 'format'
  | 'month'
  | 'day'
  | 'time'
  | 'unsupported'
  | 'interval-order'
  | 'interval-ends';

const ERROR_MESSAGES: Record<PartialDateErrorCode, LocalisedText> = {
  empty: draft('Enter a date', 'Rhowch ddyddiad'),
  format: draft(
    'Enter a date like 2023-04-12, 2023-04 or 2023; add ~ for about, ? for uncertain or % for both; or a range like 2023-04/2023-06',
    'Rhowch ddyddiad fel 2023-04-12, 2023-04 neu 2023; ychwanegwch ~ am tua, ? am ansicr neu % am y ddau; neu ystod fel 2023-04/2023-06',
  ),
  month: draft(
    'The month must be from 01 to 12, or 21 to 24 for a season',
    'Rhaid i’r mis fod rhwng 01 a 12, neu rhwng 21 a 24 ar gyfer tymor',
  ),
  day: draft('The day must be a real day of that month', 'Rhaid i’r diwrnod fod yn ddiwrnod go iawn yn y mis hwnnw'),
  time: draft(
    'Enter a time of day as HH:MM from 00:00 to 23:59, only on an exact date without ~, ? or %',
    'Rhowch amser fel HH:MM rhwng 00:00 a 23:59, dim ond ar ddyddiad union heb ~, ? na %',
  ),
  unsupported: draft(
    'That form of date is not supported: use a year, month, season or day, with X for unknown digits (2023-04-XX)',
    'Nid yw’r math hwnnw o ddyddiad yn cael ei gefnogi: defnyddiwch flwyddyn, mis, tymor neu ddiwrnod, gydag X ar gyfer digidau anhysbys (2023-04-XX)',
  ),
  'interval-order': draft('The start of a range must not be after its end', 'Ni ddylai dechrau ystod fod ar ôl ei diwedd'),
  'interval-ends': draft(
    'Give at least one end of a range as a date, like 2023-04/.. or ../2023-06',
    'Rhowch o leiaf un pen o ystod fel dyddiad, fel 2023-04/.. neu ../2023-06',
  ),
};

/**
 * Why a partial date could not be read. The message says what form is expected and never
 * repeats what was entered (it may be part of a case record).
 */
export class PartialDateError extends Error {
  override readonly name = 'PartialDateError';

  constructor(readonly code: PartialDateErrorCode) {
    super(ERROR_MESSAGES[code]['en-GB']);
  }

  /** The message in one of the kit's languages. */
  localisedMessage(locale: Locale): string {
    return localise(ERROR_MESSAGES[this.code], locale);
  }
}

/** The error message for a code, for validation layers that report codes. */
export function partialDateErrorMessage(errorCode: PartialDateErrorCode): LocalisedText {
  return ERROR_MESSAGES[errorCode];
}

const SEASONS: Record<number, Season> = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' };
// Meteorological seasons (Met Office): spring is March to May; winter runs into next year.
const SEASON_MONTHS: Record<Season, [startMonth: number, months: number]> = {
  spring: [3, 3],
  summer: [6, 3],
  autumn: [9, 3],
  winter: [12, 3],
};

const POINT =
  /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX)(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?([?~%])?$/;

function monthStart(year: number, month: number): DayNumber {
  return dayNumber(year, month, 1);
}

function monthEnd(year: number, month: number): DayNumber {
  return dayNumber(year, month, daysInMonth(year, month));
}

/** Shifts a day number by whole months, to the same end of the month it started on. */
function shiftMonths(day: DayNumber, months: number, toEnd: boolean): DayNumber {
  const { year, month } = civilDate(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toEnd ? monthEnd(y, m) : monthStart(y, m);
}

function parsePoint(text: string, margins: ApproximationMargins): PartialDatePoint {
  const match = POINT.exec(text);
  if (!match) {
    // Recognisably EDTF level 2 or extended years: say it is unsupported, not malformed.
    if (/^(Y|-|\{|\[)|[\^]|\d[?~%]-/.test(text)) throw new PartialDateError('unsupported');
    throw new PartialDateError('format');
  }
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, offset, qualifier] = match as unknown as (
    | string
    | undefined
  )[];
  const uncertain = qualifier === '?' || qualifier === '%';
  const approximate = qualifier === '~' || qualifier === '%';

  let precision: Precision;
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  let season: Season | undefined;
  let unspecified = false;
  let start: DayNumber;
  let end: DayNumber;

  if (yearText!.includes('X')) {
    // 202X is a decade, 20XX a century; level 1 allows nothing after them.
    if (monthText !== undefined) throw new PartialDateError('unsupported');
    const digits = yearText!.replace(/X/g, '');
    precision = digits.length === 3 ? 'decade' : 'century';
    const span = precision === 'decade' ? 10 : 100;
    year = Number(digits) * span;
    unspecified = true;
    start = dayNumber(year, 1, 1);
    end = dayNumber(year + span - 1, 12, 31);
  } else {
    year = Number(yearText);
    if (monthText === undefined) {
      precision = 'year';
      start = dayNumber(year, 1, 1);
      end = dayNumber(year, 12, 31);
    } else if (monthText === 'XX') {
      if (dayText !== undefined && dayText !== 'XX') throw new PartialDateError('unsupported');
      precision = 'year';
      unspecified = true;
      start = dayNumber(year, 1, 1);
      end = dayNumber(year, 12, 31);
    } else {
      const m = Number(monthText);
      if (SEASONS[m]) {
        if (dayText !== undefined) throw new PartialDateError('month');
        precision = 'season';
        season = SEASONS[m];
        const [first, count] = SEASON_MONTHS[season];
        start = monthStart(year, first);
        end = shiftMonths(start, count - 1, true);
      } else {
        if (m < 1 || m > 12) throw new PartialDateError('month');
        month = m;
        if (dayText === undefined || dayText === 'XX') {
          precision = 'month';
          unspecified = dayText === 'XX';
          start = monthStart(year, m);
          end = monthEnd(year, m);
        } else {
          const d = Number(dayText);
          if (d < 1 || d > daysInMonth(year, m)) throw new PartialDateError('day');
          precision = 'day';
          day = d;
          start = end = dayNumber(year, m, d);
        }
      }
    }
  }

  let time: TimeOfDay | undefined;
  if (hourText !== undefined) {
    const [hour, minute, second] = [Number(hourText), Number(minuteText), secondText === undefined ? undefined : Number(secondText)];
    if (precision !== 'day' || qualifier || hour > 23 || minute > 59 || (second ?? 0) > 59) {
      throw new PartialDateError('time');
    }
    time = { hour, minute, ...(second === undefined ? {} : { second }), ...(offset ? { offset } : {}) };
  }

  let earliest = start;
  let latest = end;
  if (approximate) {
    if (precision === 'day') {
      earliest -= margins.days;
      latest += margins.days;
    } else if (precision === 'month' || precision === 'season') {
      earliest = shiftMonths(start, -margins.months, false);
      latest = shiftMonths(end, margins.months, true);
    } else {
      const first = civilDate(start).year - margins.years;
      const last = civilDate(end).year + margins.years;
      earliest = dayNumber(first, 1, 1);
      latest = dayNumber(last, 12, 31);
    }
  }

  return {
    kind: 'date',
    edtf: text,
    precision,
    year,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    ...(season === undefined ? {} : { season }),
    unspecified,
    ...(time ? { time } : {}),
    uncertain,
    approximate,
    start: toIsoDate(start),
    end: toIsoDate(end),
    earliest: toIsoDate(earliest),
    latest: toIsoDate(latest),
  };
}

function parseEnd(text: string, margins: ApproximationMargins): PartialDatePoint | OpenEnd {
  if (text === '') return { kind: 'unknown' };
  if (text === '..') return { kind: 'open' };
  return parsePoint(text, margins);
}

/**
 * Reads an EDTF date or range.
 *
 * @throws {PartialDateError} with a `code` and a message saying what form is expected.
 */
export function parsePartialDate(input: string, options: PartialDateParseOptions = {}): PartialDate {
  if (typeof input !== 'string') throw new PartialDateError('format');
  const margins = { ...DEFAULT_APPROXIMATION, ...options.approximation };
  // EDTF's letters are upper case; accept lower case from people typing.
  const text = input.trim().replace(/x/g, 'X').replace(/t(?=\d)/, 'T').replace(/z$/, 'Z');
  if (text === '') throw new PartialDateError('empty');
  const parts = text.split('/');
  if (parts.length === 1) return parsePoint(text, margins);
  if (parts.length > 2) throw new PartialDateError('format');

  const start = parseEnd(parts[0]!, margins);
  const end = parseEnd(parts[1]!, margins);
  if (start.kind !== 'date' && end.kind !== 'date') throw new PartialDateError('interval-ends');
  if (start.kind === 'date' && end.kind === 'date' && start.start > end.end) {
    throw new PartialDateError('interval-order');
  }
  return {
    kind: 'interval',
    edtf: text,
    start,
    end,
    uncertain: (start.kind === 'date' && start.uncertain) || (end.kind === 'date' && end.uncertain),
    approximate: (start.kind === 'date' && start.approximate) || (end.kind === 'date' && end.approximate),
    earliest: start.kind === 'date' ? start.earliest : null,
    latest: end.kind === 'date' ? end.latest : null,
  };
}

/** The result of {@link safeParsePartialDate}: never throws. */
export type PartialDateResult =
  | { readonly ok: true; readonly value: PartialDate }
  | { readonly ok: false; readonly error: PartialDateError };

/** Like {@link parsePartialDate}, but returns the error instead of throwing it. */
export function safeParsePartialDate(input: unknown, options: PartialDateParseOptions = {}): PartialDateResult {
  try {
    if (typeof input !== 'string') return { ok: false, error: new PartialDateError(input == null ? 'empty' : 'format') };
    return { ok: true, value: parsePartialDate(input, options) };
  } catch (error) {
    if (error instanceof PartialDateError) return { ok: false, error };
    throw error;
  }
}

/** Whether `input` is a date or range the kit can read. */
export function isPartialDate(input: unknown): boolean {
  return safeParsePartialDate(input).ok;
}

function asValue(date: PartialDate | string): PartialDate {
  return typeof date === 'string' ? parsePartialDate(date) : date;
}

/** The days a value could fall on, as day numbers; unbounded ends are ±Infinity. */
export function possibleDays(date: PartialDate | string): { earliest: number; latest: number } {
  const value = asValue(date);
  return {
    earliest: value.earliest === null ? -Infinity : fromIsoDate(value.earliest),
    latest: value.latest === null ? Infinity : fromIsoDate(value.latest),
  };
}

// The stated period (before widening for approximation) orders entries: "about 12 April"
// belongs beside 12 April, not a week earlier.
function statedDays(value: PartialDate): { start: number; end: number } {
  if (value.kind === 'date') return { start: fromIsoDate(value.start), end: fromIsoDate(value.end) };
  return {
    start: value.start.kind === 'date' ? fromIsoDate(value.start.start) : -Infinity,
    end: value.end.kind === 'date' ? fromIsoDate(value.end.end) : Infinity,
  };
}

function minutesOf(value: PartialDate): number {
  if (value.kind !== 'date' || !value.time) return -1; // untimed entries lead their day
  return value.time.hour * 3600 + value.time.minute * 60 + (value.time.second ?? 0);
}

function qualifierRank(value: PartialDate): number {
  return (value.approximate ? 1 : 0) + (value.uncertain ? 2 : 0);
}

/**
 * A total order for dates of mixed precision, for sorting chronologies: by the first day of
 * the stated period, then the shorter period first (12 April before "April"), then by time of
 * day (untimed first), then exact before approximate before uncertain, then by the EDTF text.
 * If one value certainly ends before another starts, it sorts first.
 */
export function comparePartialDates(a: PartialDate | string, b: PartialDate | string): number {
  return compareSortKeys(partialDateSortKey(a), partialDateSortKey(b));
}

/**
 * The values {@link comparePartialDates} orders by, worked out once. Sorting thousands of
 * entries compares each one many times; comparing keys avoids re-reading its dates each time.
 */
export interface PartialDateSortKey {
  readonly start: number;
  readonly end: number;
  readonly minutes: number;
  readonly qualifier: number;
  readonly edtf: string;
}

export function partialDateSortKey(date: PartialDate | string): PartialDateSortKey {
  const value = asValue(date);
  const stated = statedDays(value);
  return { start: stated.start, end: stated.end, minutes: minutesOf(value), qualifier: qualifierRank(value), edtf: value.edtf };
}

/** Orders two sort keys exactly as {@link comparePartialDates} orders their dates. */
export function compareSortKeys(x: PartialDateSortKey, y: PartialDateSortKey): number {
  return (
    compareNumbers(x.start, y.start) ||
    compareNumbers(x.end, y.end) ||
    compareNumbers(x.minutes, y.minutes) ||
    compareNumbers(x.qualifier, y.qualifier) ||
    (x.edtf < y.edtf ? -1 : x.edtf > y.edtf ? 1 : 0)
  );
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts items by a partial date (stable: items with equal dates keep their order). */
export function sortByPartialDate<T>(items: readonly T[], dateOf: (item: T) => PartialDate | string): T[] {
  const keyed = items.map((item) => ({ item, key: partialDateSortKey(dateOf(item)) }));
  keyed.sort((p, q) => compareSortKeys(p.key, q.key));
  return keyed.map(({ item }) => item);
}

/** Whether the two could fall on a common day. */
export function partialDatesOverlap(a: PartialDate | string, b: PartialDate | string): boolean {
  const x = possibleDays(a);
  const y = possibleDays(b);
  return x.earliest <= y.latest && y.earliest <= x.latest;
}

/** Whether every day `inner` could fall on is a day `outer` could fall on. */
export function partialDateContains(outer: PartialDate | string, inner: PartialDate | string): boolean {
  const o = possibleDays(outer);
  const i = possibleDays(inner);
  return o.earliest <= i.earliest && i.latest <= o.latest;
}

/** Whether `a` certainly ends before `b` could start. */
export function isCertainlyBefore(a: PartialDate | string, b: PartialDate | string): boolean {
  return possibleDays(a).latest < possibleDays(b).earliest;
}
