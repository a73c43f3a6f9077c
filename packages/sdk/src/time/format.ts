/**
 * Partial dates in words, in British English and Welsh: "about 12 April 2023",
 * "April 2023 (day not known)", "between April and June 2023", "by June 2023".
 *
 * Welsh wording is a draft for review by a Welsh speaker (docs/localisation.md). Month and
 * season names take the mutation the preceding word calls for ("o Fehefin", "a Thachwedd").
 */
import type { Locale } from '../locale.js';
import type { IsoDate } from './calendar-date.js';
import { fromIsoDate, civilDate } from './calendar-date.js';
import { parsePartialDate, type OpenEnd, type PartialDate, type PartialDatePoint } from './edtf.js';
import { aspirateMutate, softMutate } from '../welsh.js';

const MONTHS: Record<Locale, readonly string[]> = {
  'en-GB': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

const SEASON_NAMES: Record<Locale, Record<string, string>> = {
  'en-GB': { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
  cy: { spring: 'gwanwyn', summer: 'haf', autumn: 'hydref', winter: 'gaeaf' },
};

interface Words {
  about: string;
  uncertain: string;
  dayNotKnown: string;
  monthNotKnown: string;
  at: string;
  between: (a: string, b: string) => string;
  by: (a: string) => string;
  until: (a: string) => string;
  from: (a: string) => string;
  fromOnwards: (a: string) => string;
  startNotKnown: string;
  endNotKnown: string;
  decade: (year: number) => string;
  century: (first: number, last: number) => string;
}

const SOFT = softMutate;
const ASPIRATE = aspirateMutate;

function mutate(text: string, mutation: (word: string) => string): string {
  // Only month and season names mutate here: numbers and other words are left alone.
  const [first = '', ...rest] = text.split(' ');
  const mutable = [...MONTHS.cy, ...Object.values(SEASON_NAMES.cy)].includes(first);
  return mutable ? [mutation(first), ...rest].join(' ') : text;
}

/**
 * "and" in Welsh: `ac` before a vowel sound, `a` (with aspirate mutation) otherwise. Numbers
 * are read aloud, so 1 (un), 8 (wyth) and 11 (un ar ddeg) take `ac` too.
 */
function welshAnd(next: string): string {
  return /^[aeiouwyAEIOUWY]|^(1|8|11)(?!\d)/.test(next) ? `ac ${next}` : `a ${mutate(next, ASPIRATE)}`;
}

const WORDS: Record<Locale, Words> = {
  'en-GB': {
    about: 'about',
    uncertain: 'uncertain',
    dayNotKnown: 'day not known',
    monthNotKnown: 'month not known',
    at: 'at',
    between: (a, b) => `between ${a} and ${b}`,
    by: (a) => `by ${a}`,
    until: (a) => `until ${a}`,
    from: (a) => `from ${a}`,
    fromOnwards: (a) => `from ${a} onwards`,
    startNotKnown: 'start not known',
    endNotKnown: 'end not known',
    decade: (year) => `the ${year}s`,
    century: (first, last) => `${first} to ${last}`,
  },
  cy: {
    about: 'tua',
    uncertain: 'ansicr',
    dayNotKnown: 'diwrnod yn anhysbys',
    monthNotKnown: 'mis yn anhysbys',
    at: 'am',
    between: (a, b) => `rhwng ${a} ${welshAnd(b)}`,
    by: (a) => `erbyn ${a}`,
    until: (a) => `hyd at ${mutate(a, SOFT)}`,
    from: (a) => `o ${mutate(a, SOFT)}`,
    fromOnwards: (a) => `o ${mutate(a, SOFT)} ymlaen`,
    startNotKnown: 'dechrau yn anhysbys',
    endNotKnown: 'diwedd yn anhysbys',
    decade: (year) => `y ${year}au`,
    century: (first, last) => `${first} i ${last}`,
  },
};

export interface FormatOptions {
  /** Leave out the year (the caller shows it nearby, as in a range). */
  readonly omitYear?: boolean;
}

function monthName(month: number, locale: Locale): string {
  return MONTHS[locale][month - 1]!;
}

function time(point: PartialDatePoint): string {
  const t = point.time!;
  const hhmm = `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
  return t.second === undefined ? hhmm : `${hhmm}:${String(t.second).padStart(2, '0')}`;
}

/** The stated period in words, without qualifiers. */
function period(point: PartialDatePoint, locale: Locale, omitYear = false): string {
  const year = omitYear ? '' : ` ${point.year}`;
  switch (point.precision) {
    case 'day': {
      const words = `${point.day} ${monthName(point.month!, locale)}${year}`;
      return point.time ? `${words} ${WORDS[locale].at} ${time(point)}` : words;
    }
    case 'month':
      return `${monthName(point.month!, locale)}${year}`;
    case 'season': {
      const name = SEASON_NAMES[locale][point.season!]!;
      // Winter 2023 runs from December 2023 into 2024.
      const span = point.season === 'winter' ? `${point.year}–${String(point.year + 1).slice(-2)}` : `${point.year}`;
      return omitYear ? name : `${name} ${span}`;
    }
    case 'year':
      return `${point.year}`;
    case 'decade':
      return WORDS[locale].decade(point.year);
    case 'century':
      return WORDS[locale].century(point.year, point.year + 99);
  }
}

function point(value: PartialDatePoint, locale: Locale, options: FormatOptions = {}): string {
  const words = WORDS[locale];
  let text = period(value, locale, options.omitYear);
  if (value.approximate) text = `${words.about} ${locale === 'cy' ? mutate(text, ASPIRATE) : text}`;
  const notes: string[] = [];
  if (value.unspecified && value.precision === 'month') notes.push(words.dayNotKnown);
  if (value.unspecified && value.precision === 'year') notes.push(words.monthNotKnown);
  if (value.uncertain) notes.push(words.uncertain);
  return notes.length ? `${text} (${notes.join(', ')})` : text;
}

function isPlain(value: PartialDatePoint): boolean {
  return !value.approximate && !value.uncertain && !value.unspecified && !value.time;
}

function range(start: PartialDatePoint | OpenEnd, end: PartialDatePoint | OpenEnd, locale: Locale): string {
  const words = WORDS[locale];
  if (start.kind === 'date' && end.kind === 'date') {
    // "between 3 and 14 April 2023", "between April and June 2023": say the year once.
    const sameYear = start.year === end.year && isPlain(start) && isPlain(end);
    if (sameYear && start.precision === 'day' && end.precision === 'day' && start.month === end.month) {
      return words.between(String(start.day), point(end, locale));
    }
    if (sameYear && ['day', 'month'].includes(start.precision) && ['day', 'month'].includes(end.precision)) {
      return words.between(point(start, locale, { omitYear: true }), point(end, locale));
    }
    return words.between(point(start, locale), point(end, locale));
  }
  if (start.kind === 'date') {
    const from = point(start, locale);
    return end.kind === 'open' ? words.fromOnwards(from) : `${words.from(from)} (${words.endNotKnown})`;
  }
  const to = point(end as PartialDatePoint, locale);
  return start.kind === 'open' ? words.by(to) : `${words.until(to)} (${words.startNotKnown})`;
}

/**
 * A partial date in words, in British English (default) or Welsh.
 *
 * An open start (`../2023-06`) reads "by June 2023": EDTF ranges include their ends, so
 * the event happened no later than June. Write `../2023-05` for "before June".
 */
export function formatPartialDate(date: PartialDate | string, locale: Locale = 'en-GB'): string {
  const value = typeof date === 'string' ? parsePartialDate(date) : date;
  return value.kind === 'date' ? point(value, locale) : range(value.start, value.end, locale);
}

/** An exact calendar date in words: "12 April 2023" / "12 Ebrill 2023". */
export function formatIsoDate(date: IsoDate, locale: Locale = 'en-GB'): string {
  const { year, month, day } = civilDate(fromIsoDate(date));
  return `${day} ${monthName(month, locale)} ${year}`;
}
