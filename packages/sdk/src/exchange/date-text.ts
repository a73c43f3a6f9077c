/**
 * Dates as people write them in agency spreadsheets, read into EDTF: "12/04/2023",
 * "12 April 2023", "April 2023", "about 12 April 2023", "early May 2023", "before June 2023",
 * "between March and May 2023", "2023?", and the same in Welsh ("tua 12 Ebrill 2023").
 * Anything already in EDTF passes through. What cannot be read is refused, never guessed:
 * a chronology date placed wrongly is worse than one flagged for a person to fix.
 */
import { addDays, daysInMonth, dayNumber, toIsoDate } from '../time/calendar-date.js';
import { isPartialDate, parsePartialDate } from '../time/edtf.js';

/** Month names and abbreviations, English and Welsh, lower case, to month numbers. */
export const MONTH_NUMBERS: Record<string, number> = {};
const MONTHS = MONTH_NUMBERS;
[
  ['january', 'jan', 'ionawr'],
  ['february', 'feb', 'chwefror'],
  ['march', 'mar', 'mawrth'],
  ['april', 'apr', 'ebrill'],
  ['may', 'mai'],
  ['june', 'jun', 'mehefin'],
  ['july', 'jul', 'gorffennaf'],
  ['august', 'aug', 'awst'],
  ['september', 'sep', 'sept', 'medi'],
  ['october', 'oct', 'hydref'],
  ['november', 'nov', 'tachwedd'],
  ['december', 'dec', 'rhagfyr'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24, gwanwyn: 21, haf: 22, gaeaf: 24 };

const APPROXIMATE = /^(about|approx\.?|approximately|around|circa|c\.|ca\.|roughly|tua|oddeutu)\s+/;
const UNCERTAIN = /^(possibly|probably|maybe|perhaps|uncertain:?|efallai)\s+/;

export interface DateTextOptions {
  /** How to read numeric dates like 04/05/2023. UK agencies write day first. Default 'dmy'. */
  readonly order?: 'dmy' | 'mdy';
}

export type DateTextResult = { readonly ok: true; readonly edtf: string } | { readonly ok: false };

const pad = (n: number) => String(n).padStart(2, '0');

/** One date without qualifiers: "12/04/2023", "12th April 2023", "April 2023", "2023". */
function plain(text: string, order: 'dmy' | 'mdy'): string | undefined {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th|af|ain|ydd|fed|ed)?\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[2]!]) {
    const [day, month, year] = [Number(m[1]), MONTHS[m[2]!]!, Number(m[3])];
    return day >= 1 && day <= daysInMonth(year, month) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[1]!]) {
    const [month, day, year] = [MONTHS[m[1]!]!, Number(m[2]), Number(m[3])];
    return day >= 1 && day <= daysInMonth(year, month) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  m = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[1]!]) return `${m[2]}-${pad(MONTHS[m[1]!]!)}`;
  if (m && SEASONS[m[1]!]) return `${m[2]}-${SEASONS[m[1]!]}`;
  m = /^(\d{4})$/.exec(text);
  if (m) return m[1];
  return isPartialDate(text) && !text.includes('/') ? parsePartialDate(text).edtf : undefined;
}

/** The day, month or year before a plain date, for "before …". */
function previous(edtf: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(edtf)) return addDays(edtf, -1);
  const m = /^(\d{4})-(\d{2})$/.exec(edtf);
  if (m) return Number(m[2]) === 1 ? `${Number(m[1]) - 1}-12` : `${m[1]}-${pad(Number(m[2]) - 1)}`;
  if (/^\d{4}$/.test(edtf)) return String(Number(edtf) - 1).padStart(4, '0');
  return undefined;
}

/** The day, month or year after a plain date, for "after …". */
function next(edtf: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(edtf)) return addDays(edtf, 1);
  const m = /^(\d{4})-(\d{2})$/.exec(edtf);
  if (m) return Number(m[2]) === 12 ? `${Number(m[1]) + 1}-01` : `${m[1]}-${pad(Number(m[2]) + 1)}`;
  if (/^\d{4}$/.test(edtf)) return String(Number(edtf) + 1).padStart(4, '0');
  return undefined;
}

/** "early", "mid" or "late" in a month: the first, middle or last part of it. */
function partOfMonth(part: string, month: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return undefined;
  const [year, mo] = [Number(m[1]), Number(m[2])];
  const last = daysInMonth(year, mo);
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return `${toIsoDate(dayNumber(year, mo, from))}/${toIsoDate(dayNumber(year, mo, to))}`;
}

/** A single date with optional qualifiers: "about 12 April 2023", "2023-04?", "early May 2023". */
function single(text: string, order: 'dmy' | 'mdy'): string | undefined {
  let rest = text;
  let approximate = false;
  let uncertain = false;
  if (APPROXIMATE.test(rest)) {
    approximate = true;
    rest = rest.replace(APPROXIMATE, '');
  }
  if (UNCERTAIN.test(rest)) {
    uncertain = true;
    rest = rest.replace(UNCERTAIN, '');
  }
  if (rest.endsWith('?')) {
    uncertain = true;
    rest = rest.slice(0, -1).trim();
  }
  const part = /^(early|mid|late)[\s-]+(.+)$/.exec(rest);
  if (part && !approximate && !uncertain) {
    const month = plain(part[2]!, order);
    return month ? partOfMonth(part[1]!, month) : undefined;
  }
  const date = plain(rest, order);
  if (!date || date.includes('/')) return date;
  const qualifier = approximate && uncertain ? '%' : approximate ? '~' : uncertain ? '?' : '';
  return /[?~%]$/.test(date) ? (qualifier ? undefined : date) : `${date}${qualifier}`;
}

/**
 * Reads a date as written in a spreadsheet or form into EDTF. Returns `{ ok: false }` when
 * the text cannot be read with confidence.
 */
export function parseDateText(input: string, options: DateTextOptions = {}): DateTextResult {
  const order = options.order ?? 'dmy';
  const text = input.trim().replace(/\s+/g, ' ').replace(/[–—]/g, '-');
  if (!text) return { ok: false };
  if (isPartialDate(text)) return { ok: true, edtf: parsePartialDate(text).edtf };
  const lower = text.toLowerCase();
  let edtf: string | undefined;

  let m = /^(?:between|rhwng)\s+(.+?)\s+(?:and|a|ac)\s+(.+)$/.exec(lower) ?? /^(.+?)\s+(?:to|until|-|i)\s+(.+)$/.exec(lower);
  if (m) {
    // "between March and May 2023": the first end borrows the second's year.
    const endText = m[2]!;
    const year = /(\d{4})$/.exec(endText)?.[1];
    const startText = /\d{4}$/.test(m[1]!) || !year ? m[1]! : `${m[1]} ${year}`;
    const start = single(startText, order);
    const end = single(endText, order);
    edtf = start && end && !start.includes('/') && !end.includes('/') ? `${start}/${end}` : undefined;
  } else if ((m = /^(?:before|prior to|cyn)\s+(.+)$/.exec(lower))) {
    const date = single(m[1]!, order);
    const before = date && !/[/?~%]/.test(date) ? previous(date) : undefined;
    edtf = before ? `../${before}` : undefined;
  } else if ((m = /^(?:by|no later than|erbyn)\s+(.+)$/.exec(lower))) {
    const date = single(m[1]!, order);
    edtf = date && !date.includes('/') ? `../${date}` : undefined;
  } else if ((m = /^(?:after|ar ôl)\s+(.+)$/.exec(lower))) {
    const date = single(m[1]!, order);
    const after = date && !/[/?~%]/.test(date) ? next(date) : undefined;
    edtf = after ? `${after}/..` : undefined;
  } else if ((m = /^(?:from|since|o)\s+(.+?)(?:\s+onwards|\s+ymlaen)?$/.exec(lower))) {
    const date = single(m[1]!, order);
    edtf = date && !date.includes('/') ? `${date}/..` : undefined;
  } else {
    edtf = single(lower, order);
  }
  return edtf && isPartialDate(edtf) ? { ok: true, edtf: parsePartialDate(edtf).edtf } : { ok: false };
}
