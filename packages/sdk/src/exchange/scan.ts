/**
 * Finding identifying details in free text before it is shared: names and details the
 * pseudonym key knows, staff names, and the patterns identifying details take whatever the
 * key says (email addresses, UK phone numbers, NHS numbers, National Insurance numbers,
 * postcodes, dates of birth, exact dates).
 *
 * A scan is conservative: a false alarm costs an editor a second look, a miss can identify a
 * child. It is also idempotent: nothing it writes is something it would change again, so a
 * redacted text scanned twice is unchanged.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import { daysInMonth } from '../time/calendar-date.js';
import { formatPartialDate } from '../time/format.js';
import { MONTH_NUMBERS, parseDateText } from './date-text.js';

/** What a change to text was for. Reports name rules, never the text they replaced. */
export type TextRule =
  | 'key-name'
  | 'key-identifier'
  | 'staff-name'
  | 'email'
  | 'phone'
  | 'nhs-number'
  | 'ni-number'
  | 'postcode'
  | 'date-of-birth'
  | 'exact-date';

/** What replaces a detail in text. None of these is itself something a scan would change. */
export const REDACTION_PLACEHOLDERS = {
  name: draft('[name removed]', '[enw wedi’i ddileu]'),
  identifier: draft('[identifying detail removed]', '[manylyn adnabod wedi’i ddileu]'),
  email: draft('[email address removed]', '[cyfeiriad e-bost wedi’i ddileu]'),
  phone: draft('[phone number removed]', '[rhif ffôn wedi’i ddileu]'),
  nhs: draft('[NHS number removed]', '[rhif GIG wedi’i ddileu]'),
  ni: draft('[National Insurance number removed]', '[rhif Yswiriant Gwladol wedi’i ddileu]'),
  postcode: draft('[postcode removed]', '[cod post wedi’i ddileu]'),
  dateOfBirth: draft('[date of birth removed]', '[dyddiad geni wedi’i ddileu]'),
} satisfies Record<string, LocalisedText>;

export interface ScanPerson {
  /** The names the person is known by, as in the key. */
  readonly names: readonly string[];
  /** What their names become: their pseudonym. */
  readonly replacement: string;
}

export interface TextScannerOptions {
  readonly people?: readonly ScanPerson[];
  /** Details the key knows (addresses, schools, dates of birth, numbers): always removed. */
  readonly identifiers?: readonly string[];
  readonly staff?: ReadonlyArray<{ readonly name: string; readonly role: string }>;
  /** `roles`: staff names become their roles. `keep`: staff names stay. */
  readonly staffNames: 'keep' | 'roles';
  /** `month`: exact dates in text become the month ("12 March 2023" → "March 2023"). */
  readonly dates: 'exact' | 'month';
  /** The language of placeholders and of months written for numeric dates. */
  readonly locale: Locale;
}

export interface TextScanResult {
  readonly text: string;
  /** The rules that changed the text, each once. */
  readonly rules: readonly TextRule[];
}

export interface TextScanner {
  scan(text: string): TextScanResult;
}

// Letters and digits in any script: a name is a whole word, not part of one.
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal as a pattern that tolerates the spacing, apostrophes and hyphens people vary. */
function literalPattern(text: string): string {
  const body = text
    .trim()
    .split(/\s+/)
    .map((word) => escape(word).replace(/['’‘`]/g, "['’‘`]").replace(/-/g, '[-‐‑]'))
    .join('\\s+');
  const start = /^[\p{L}\p{N}]/u.test(text.trim()) ? BEFORE : '';
  const end = /[\p{L}\p{N}]$/u.test(text.trim()) ? AFTER : '';
  return `${start}${body}${end}`;
}

/** The form two spellings of a name share: case, spacing, apostrophes and hyphens aside. */
function normalise(text: string, keepCase = false): string {
  const t = text.trim().replace(/\s+/g, ' ').replace(/['‘`]/g, '’').replace(/[‐‑]/g, '-');
  return keepCase ? t : t.toLowerCase();
}

interface NameEntry {
  /** The exact spelling, for first names and surnames, which only match as written. */
  readonly exact?: string;
  /** `null` keeps the name (staff in a profile that keeps their names). */
  readonly replacement: string | null;
  readonly rule: TextRule | null;
}

function alternation(texts: Iterable<string>): RegExp | undefined {
  const unique = [...new Set(texts)].filter((t) => t.trim());
  if (!unique.length) return undefined;
  // Longest first, so "Sam Okafor-Reed" is matched before "Sam".
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(unique.map(literalPattern).join('|'), 'giu');
}

const MONTH_WORDS = Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.charAt(0).toUpperCase() + m.slice(1));
// The full stop after an abbreviated month is taken only before a day or year, never a
// sentence's own full stop.
const MONTH = `(${MONTH_WORDS.join('|')})`;
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';

// Dates in text, each with the groups the replacement needs. Month names must be capitalised,
// so "may 12 people" is not a date.
const ISO_BODY = '(\\d{4})-(\\d{2})-(\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const NUMERIC_BODY = '(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})';
const DAY_MONTH_BODY = `${WEEKDAY}(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?:\\.?,?\\s+(\\d{4}))?`;
const MONTH_DAY_BODY = `${WEEKDAY}${MONTH}\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}(?:,?\\s+(\\d{4}))?`;
const dates = (body: string) => new RegExp(`${BEFORE}${body}${AFTER}`, 'gu');
const ISO_DATE = dates(ISO_BODY);
const NUMERIC_DATE = dates(NUMERIC_BODY);
const DAY_MONTH = dates(DAY_MONTH_BODY);
const MONTH_DAY = dates(MONTH_DAY_BODY);
const ANY_DATE = [ISO_BODY, NUMERIC_BODY, DAY_MONTH_BODY, MONTH_DAY_BODY].map((body) => body.replace(/\((?!\?)/g, '(?:')).join('|');

// A stated date of birth: the phrase and the date go together.
const DATE_OF_BIRTH = new RegExp(
  `${BEFORE}(?:date\\s+of\\s+birth|d\\.?o\\.?b\\.?|born(?:\\s+on)?|dyddiad\\s+geni|ganwyd(?:\\s+ar)?)\\s*:?\\s*(?:${ANY_DATE})${AFTER}`,
  'giu',
);
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Health service numbers named as such (NHS, CHI in Scotland, H&C in Northern Ireland).
const HEALTH_NUMBER_PHRASE = /(?<![\p{L}\p{N}])(?:NHS|CHI|H&C|HSC)\s*(?:no\.?|number)?\s*:?\s*\d(?:[\s-]?\d){9}(?!\p{N})/giu;
const TEN_DIGITS = /(?<![\p{L}\p{N}])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\p{N})/gu;
const NI_NUMBER = /(?<![\p{L}\p{N}])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\p{N}])/gu;
const PHONE = /(?<![\p{L}\p{N}+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d(?:\)?[ -]?\d){8,9}(?!\p{N})/gu;
// Upper case only: "Q1 2nd" in lower case is far more often not a postcode. Postcodes the
// key knows are removed in any case.
const POSTCODE = /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;

/** The NHS number check digit (modulus 11): a random ten-digit number passes one time in 11. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.startsWith('44') && text.trim().startsWith('+') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (year === undefined ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]! : daysInMonth(year, month));
}

/** Builds a scanner from the key's names and details and the audience's rules. */
export function textScanner(options: TextScannerOptions): TextScanner {
  const { locale } = options;
  const placeholder = (p: LocalisedText) => p[locale];

  // Names: full names match in any case; single first names and surnames only as written,
  // so the surname "Reed" does not take the word "reed". A word shared by two people with
  // different replacements becomes "[name removed]", never the wrong pseudonym.
  const names = new Map<string, NameEntry[]>();
  const addName = (text: string, entry: NameEntry) => {
    const key = normalise(text);
    if (!key) return;
    names.set(key, [...(names.get(key) ?? []), entry]);
  };
  const addPerson = (fullNames: readonly string[], replacement: string | null, rule: TextRule | null, withParts: boolean) => {
    for (const name of fullNames) {
      const words = normalise(name, true).split(' ');
      // A one-word name ("Kai") is matched as written, like a first name taken from a full one.
      addName(name, words.length === 1 ? { exact: words[0]!, replacement, rule } : { replacement, rule });
      if (!withParts || words.length < 2) continue;
      for (const word of words) {
        if (word.length < 2 || TITLES.has(word.toLowerCase().replace(/\.$/, ''))) continue;
        addName(word, { exact: word, replacement, rule });
      }
    }
  };
  for (const person of options.people ?? []) addPerson(person.names, person.replacement, 'key-name', true);
  for (const member of options.staff ?? []) {
    // Staff whose names are kept still go in, so a child's first name that a member of staff
    // shares does not take part of the staff name.
    if (options.staffNames === 'roles') addPerson([member.name], member.role, 'staff-name', true);
    else addPerson([member.name], null, null, false);
  }
  const namePattern = alternation([...names.keys()].flatMap((key) => names.get(key)!.map((e) => e.exact ?? key)));

  const identifierDays = new Set<string>();
  for (const identifier of options.identifiers ?? []) {
    const date = parseDateText(identifier);
    if (date.ok && /^\d{4}-\d{2}-\d{2}$/.test(date.edtf)) identifierDays.add(date.edtf);
  }
  const identifierMonthDays = new Set([...identifierDays].map((d) => d.slice(5)));
  const identifierPattern = alternation(options.identifiers ?? []);

  const once = (input: string, rules: Set<TextRule>): string => {
    let text = input;
    const apply = (pattern: RegExp | undefined, replace: (match: string, groups: string[]) => { text: string; rule: TextRule } | undefined) => {
      if (!pattern) return;
      text = text.replace(pattern, (match: string, ...rest: unknown[]) => {
        // The arguments after the match are the groups, then the offset (a number).
        const groups = rest.slice(0, rest.findIndex((a) => typeof a === 'number')) as string[];
        const result = replace(match, groups);
        if (!result || result.text === match) return match;
        rules.add(result.rule);
        return result.text;
      });
    };

    apply(DATE_OF_BIRTH, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.dateOfBirth), rule: 'date-of-birth' }));
    apply(EMAIL, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.email), rule: 'email' }));
    apply(identifierPattern, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.identifier), rule: 'key-identifier' }));
    apply(namePattern, (match) => {
      const entries = names.get(normalise(match));
      if (!entries) return undefined;
      const written = normalise(match, true);
      const fitting = entries.filter((e) => e.exact === undefined || e.exact === written || e.exact.toUpperCase() === written);
      if (!fitting.length) return undefined;
      const replacements = new Set(fitting.map((e) => e.replacement));
      const redacting = fitting.find((e) => e.rule);
      if (!redacting) return undefined;
      const replacement = replacements.size === 1 ? redacting.replacement! : placeholder(REDACTION_PLACEHOLDERS.name);
      return { text: replacement, rule: redacting.rule! };
    });
    apply(HEALTH_NUMBER_PHRASE, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.nhs), rule: 'nhs-number' }));
    apply(TEN_DIGITS, (match) =>
      isNhsNumber(match.replace(/\D/g, '')) ? { text: placeholder(REDACTION_PLACEHOLDERS.nhs), rule: 'nhs-number' } : undefined,
    );
    apply(NI_NUMBER, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.ni), rule: 'ni-number' }));
    apply(PHONE, (match) => {
      const digits = phoneDigits(match);
      return /^0\d{9,10}$/.test(digits) ? { text: placeholder(REDACTION_PLACEHOLDERS.phone), rule: 'phone' } : undefined;
    });
    apply(POSTCODE, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.postcode), rule: 'postcode' }));

    // Dates: a key's date of birth in any spelling is removed; other exact dates keep only
    // their month when the audience needs that.
    const date = (year: number | undefined, month: number, day: number, monthText: () => string) => {
      if (!validDay(year, month, day)) return undefined;
      const monthDay = `${pad(month)}-${pad(day)}`;
      if (year !== undefined ? identifierDays.has(`${year}-${monthDay}`) : identifierMonthDays.has(monthDay)) {
        return { text: placeholder(REDACTION_PLACEHOLDERS.identifier), rule: 'key-identifier' as const };
      }
      return options.dates === 'month' ? { text: monthText(), rule: 'exact-date' as const } : undefined;
    };
    const numericYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 70 ? 2000 : 1900));
    apply(ISO_DATE, (_, [y, m, d]) => date(Number(y), Number(m), Number(d), () => formatPartialDate(`${y}-${m}`, locale)));
    apply(NUMERIC_DATE, (_, [d, m, y]) => {
      const year = numericYear(y!);
      return date(year, Number(m), Number(d), () => formatPartialDate(`${year}-${pad(Number(m))}`, locale));
    });
    const named = (day: string, month: string, year: string | undefined) =>
      date(year ? Number(year) : undefined, MONTH_NUMBERS[month.toLowerCase()] ?? 0, Number(day), () => (year ? `${month} ${year}` : month));
    apply(DAY_MONTH, (_, [day, month, year]) => named(day!, month!, year));
    apply(MONTH_DAY, (_, [month, day, year]) => named(day!, month!, year));
    return text;
  };

  return {
    scan(input: string): TextScanResult {
      // A change can make a new match ("1 14 August" → "1 August"), so scan until nothing
      // changes: that is what makes a scan idempotent. Each pass only removes digits or
      // writes placeholders, so it settles within a few passes.
      const rules = new Set<TextRule>();
      let text = input;
      for (let pass = 0; pass < 8; pass++) {
        const next = once(text, rules);
        if (next === text) break;
        text = next;
      }
      return { text, rules: [...rules] };
    },
  };
}
