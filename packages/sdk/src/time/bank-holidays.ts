/**
 * UK bank holidays for each of the three divisions, computed from the rules that make them:
 * fixed dates with substitute days at weekends, Easter by the Gregorian computus, first and
 * last Mondays, plus a data table of one-off and moved holidays proclaimed since 2012.
 *
 * A partnership can add later proclamations (a coronation, a jubilee) as configuration,
 * without waiting for a release: see {@link CalendarChange} and {@link createCalendar}.
 */
import * as z from 'zod/mini';
import { dayNumber, daysInMonth, fromIsoDate, isIsoDate, toIsoDate, weekday, type DayNumber, type IsoDate } from './calendar-date.js';
import { draft, type LocalisedText } from '../localised-text.js';

/** The UK's bank-holiday divisions, as GOV.UK names them. */
export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Division = (typeof DIVISIONS)[number];

export interface BankHoliday {
  readonly date: IsoDate;
  readonly title: LocalisedText;
  /** True when the holiday moved off a weekend to this day. */
  readonly substitute: boolean;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm / Meeus). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(dayNumber(year, month, day));
}

const MONDAY = 0;

function firstMonday(year: number, month: number): DayNumber {
  const first = dayNumber(year, month, 1);
  return first + ((MONDAY - weekday(first) + 7) % 7);
}

function lastMonday(year: number, month: number): DayNumber {
  const last = dayNumber(year, month, daysInMonth(year, month));
  return last - ((weekday(last) - MONDAY + 7) % 7);
}

const T = {
  newYear: draft('New Year’s Day', 'Dydd Calan'),
  secondJanuary: draft('2nd January', '2 Ionawr'),
  stPatrick: draft('St Patrick’s Day', 'Dydd Gŵyl Padrig'),
  goodFriday: draft('Good Friday', 'Dydd Gwener y Groglith'),
  easterMonday: draft('Easter Monday', 'Dydd Llun y Pasg'),
  earlyMay: draft('Early May bank holiday', 'Gŵyl banc dechrau Mai'),
  spring: draft('Spring bank holiday', 'Gŵyl banc y gwanwyn'),
  boyne: draft('Battle of the Boyne (Orangemen’s Day)', 'Brwydr y Boyne (Diwrnod yr Orenwyr)'),
  summer: draft('Summer bank holiday', 'Gŵyl banc yr haf'),
  stAndrew: draft('St Andrew’s Day', 'Dydd Gŵyl Andreas'),
  christmas: draft('Christmas Day', 'Dydd Nadolig'),
  boxing: draft('Boxing Day', 'Gŵyl San Steffan'),
};

interface Rule {
  readonly title: LocalisedText;
  readonly date: (year: number) => DayNumber;
  /** Fixed-date holidays move to the next free weekday when they fall at a weekend. */
  readonly fixed: boolean;
}

const fixed = (title: LocalisedText, month: number, day: number): Rule => ({
  title,
  fixed: true,
  date: (year) => dayNumber(year, month, day),
});
const moving = (title: LocalisedText, date: (year: number) => DayNumber): Rule => ({ title, fixed: false, date });
const easterOffset = (days: number) => (year: number) => fromIsoDate(easterSunday(year)) + days;

const COMMON_END = [fixed(T.christmas, 12, 25), fixed(T.boxing, 12, 26)];

const RULES: Record<Division, Rule[]> = {
  'england-and-wales': [
    fixed(T.newYear, 1, 1),
    moving(T.goodFriday, easterOffset(-2)),
    moving(T.easterMonday, easterOffset(1)),
    moving(T.earlyMay, (y) => firstMonday(y, 5)),
    moving(T.spring, (y) => lastMonday(y, 5)),
    moving(T.summer, (y) => lastMonday(y, 8)),
    ...COMMON_END,
  ],
  scotland: [
    fixed(T.newYear, 1, 1),
    fixed(T.secondJanuary, 1, 2),
    moving(T.goodFriday, easterOffset(-2)),
    moving(T.earlyMay, (y) => firstMonday(y, 5)),
    moving(T.spring, (y) => lastMonday(y, 5)),
    moving(T.summer, (y) => firstMonday(y, 8)),
    fixed(T.stAndrew, 11, 30),
    ...COMMON_END,
  ],
  'northern-ireland': [
    fixed(T.newYear, 1, 1),
    fixed(T.stPatrick, 3, 17),
    moving(T.goodFriday, easterOffset(-2)),
    moving(T.easterMonday, easterOffset(1)),
    moving(T.earlyMay, (y) => firstMonday(y, 5)),
    moving(T.spring, (y) => lastMonday(y, 5)),
    fixed(T.boyne, 7, 12),
    moving(T.summer, (y) => lastMonday(y, 8)),
    ...COMMON_END,
  ],
};

const localisedTextSchema = z.object({
  'en-GB': z.string().check(z.minLength(1)),
  cy: z.optional(z.string()),
});

const isoDateSchema = z.string().check(z.refine(isIsoDate, { error: 'Enter the date as YYYY-MM-DD' }));

/**
 * A proclaimed change to the usual bank holidays: an extra day, a holiday moved to another
 * date, or one removed. Plain data, so a partnership can keep its own list in JSON.
 */
export const calendarChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add'),
    divisions: z.array(z.enum(DIVISIONS)).check(z.minLength(1)),
    date: isoDateSchema,
    title: localisedTextSchema,
  }),
  z.object({
    kind: z.literal('move'),
    divisions: z.array(z.enum(DIVISIONS)).check(z.minLength(1)),
    from: isoDateSchema,
    to: isoDateSchema,
  }),
  z.object({
    kind: z.literal('remove'),
    divisions: z.array(z.enum(DIVISIONS)).check(z.minLength(1)),
    date: isoDateSchema,
  }),
]);
export type CalendarChange = z.infer<typeof calendarChangeSchema>;

const ALL = [...DIVISIONS];

/** Changes proclaimed since 2012 (GOV.UK's published bank holidays). */
export const PROCLAIMED_CHANGES: readonly CalendarChange[] = [
  { kind: 'move', divisions: ALL, from: '2012-05-28', to: '2012-06-04' },
  { kind: 'add', divisions: ALL, date: '2012-06-05', title: { 'en-GB': 'Queen’s Diamond Jubilee', cy: 'Jiwbilî Diemwnt y Frenhines' } },
  { kind: 'move', divisions: ALL, from: '2020-05-04', to: '2020-05-08' },
  { kind: 'move', divisions: ALL, from: '2022-05-30', to: '2022-06-02' },
  { kind: 'add', divisions: ALL, date: '2022-06-03', title: { 'en-GB': 'Platinum Jubilee bank holiday', cy: 'Gŵyl banc y Jiwbilî Blatinwm' } },
  {
    kind: 'add',
    divisions: ALL,
    date: '2022-09-19',
    title: { 'en-GB': 'Bank holiday for the State Funeral of Queen Elizabeth II', cy: 'Gŵyl banc Angladd Gwladol y Frenhines Elizabeth II' },
  },
  {
    kind: 'add',
    divisions: ALL,
    date: '2023-05-08',
    title: { 'en-GB': 'Bank holiday for the coronation of King Charles III', cy: 'Gŵyl banc coroni’r Brenin Charles III' },
  },
];

/** Why a calendar configuration was refused; the message names the entry, not its values. */
export class CalendarConfigError extends Error {
  override readonly name = 'CalendarConfigError';
}

/** A working-day calendar: the built-in rules plus proclaimed and configured changes. */
export interface Calendar {
  /** Bank holidays of a division in a year, sorted by date, with titles. */
  bankHolidayEvents(division: Division, year: number): BankHoliday[];
  /** Bank-holiday dates of a division in a year, as sorted ISO dates. */
  bankHolidays(division: Division, year: number): IsoDate[];
  /** Whether a day (by day number) is a bank holiday in a division. */
  isBankHolidayDay(day: DayNumber, division: Division): boolean;
}

/** The usual holidays of a year, substitute days included. */
function ruleHolidays(division: Division, year: number): BankHoliday[] {
  const taken = new Map<DayNumber, BankHoliday>();
  const rules = RULES[division];
  const onWeekday = (d: DayNumber) => weekday(d) < 5;
  // Holidays that fall on weekdays keep their day; weekend fixed holidays then move to the
  // next weekday not already taken (Christmas on Saturday → Monday, Boxing Day → Tuesday).
  for (const rule of rules) {
    const day = rule.date(year);
    if (!rule.fixed || onWeekday(day)) taken.set(day, { date: toIsoDate(day), title: rule.title, substitute: false });
  }
  for (const rule of rules) {
    const day = rule.date(year);
    if (!rule.fixed || onWeekday(day)) continue;
    let substitute = day + 1;
    while (!onWeekday(substitute) || taken.has(substitute)) substitute++;
    taken.set(substitute, { date: toIsoDate(substitute), title: rule.title, substitute: true });
  }
  return [...taken.values()];
}

/**
 * A calendar with extra changes on top of the built-in rules and proclamations.
 *
 * @throws {CalendarConfigError} when a change is malformed.
 */
export function createCalendar(options: { changes?: readonly unknown[] } = {}): Calendar {
  const changes: CalendarChange[] = [...PROCLAIMED_CHANGES];
  (options.changes ?? []).forEach((change, index) => {
    const result = calendarChangeSchema.safeParse(change);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      throw new CalendarConfigError(
        `Calendar change ${index + 1}${where} is not valid: give kind (add, move or remove), divisions, and dates as YYYY-MM-DD.`,
      );
    }
    changes.push(result.data);
  });

  const cache = new Map<string, BankHoliday[]>();
  function bankHolidayEvents(division: Division, year: number): BankHoliday[] {
    assertCalendarYear(year);
    const key = `${division}:${year}`;
    const cached = cache.get(key);
    if (cached) return cached.slice();
    let holidays = ruleHolidays(division, year);
    const inYear = (date: string) => date.startsWith(`${String(year).padStart(4, '0')}-`);
    for (const change of changes) {
      if (!change.divisions.includes(division)) continue;
      if (change.kind === 'move' && inYear(change.from)) {
        holidays = holidays.map((h) => (h.date === change.from ? { ...h, date: change.to } : h));
      } else if (change.kind === 'remove' && inYear(change.date)) {
        holidays = holidays.filter((h) => h.date !== change.date);
      } else if (change.kind === 'add' && inYear(change.date) && !holidays.some((h) => h.date === change.date)) {
        const title: LocalisedText = { 'en-GB': change.title['en-GB'], cy: change.title.cy ?? change.title['en-GB'], welsh: 'draft' };
        holidays.push({ date: change.date, title, substitute: false });
      }
    }
    holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
    cache.set(key, holidays);
    return holidays.slice();
  }

  return {
    bankHolidayEvents,
    bankHolidays: (division, year) => bankHolidayEvents(division, year).map((h) => h.date),
    isBankHolidayDay(day, division) {
      const date = toIsoDate(day);
      return bankHolidayEvents(division, Number(date.slice(0, 4))).some((h) => h.date === date);
    },
  };
}

/** The calendar with the built-in rules and GOV.UK's proclaimed changes. */
export const defaultCalendar: Calendar = createCalendar();

/**
 * The years the calendar covers: today's pattern of bank holidays has held since 1978, when
 * the early May bank holiday began. Earlier years would be answered wrongly, so they are
 * refused rather than guessed.
 */
export const CALENDAR_YEARS = { first: 1978, last: 9999 } as const;

export function assertCalendarYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last) {
    throw new RangeError(`Bank holidays are computed for the years ${CALENDAR_YEARS.first} to ${CALENDAR_YEARS.last}: give a whole year in that range.`);
  }
}

/** Bank-holiday dates of a division in a year, sorted, as ISO dates. */
export function bankHolidays(division: Division, year: number, calendar: Calendar = defaultCalendar): IsoDate[] {
  assertDivision(division);
  assertCalendarYear(year);
  return calendar.bankHolidays(division, year);
}

export function isDivision(value: unknown): value is Division {
  return typeof value === 'string' && (DIVISIONS as readonly string[]).includes(value);
}

export function assertDivision(value: unknown): asserts value is Division {
  if (!isDivision(value)) throw new RangeError(`Choose a division: ${DIVISIONS.join(', ')}.`);
}
