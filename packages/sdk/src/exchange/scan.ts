/**
 * Finding identifying details in free text before it is shared: names and details the
 * pseudonym key knows, staff names, and the patterns identifying details take whatever the
 * key says (email addresses, UK and Irish phone numbers, NHS numbers, National Insurance
 * numbers, postcodes, dates of birth, exact dates).
 *
 * A scan is conservative: a false alarm costs an editor a second look, a miss can identify a
 * child. It is also idempotent: it runs until nothing changes, and nothing it writes is
 * something it would change again, so a redacted text scanned twice is unchanged.
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
export const REDACTION_PLACEHOLDERS = Object.freeze({
  name: draft('[name removed]', '[enw wedi’i ddileu]'),
  identifier: draft('[identifying detail removed]', '[manylyn adnabod wedi’i ddileu]'),
  link: draft('[link removed]', '[dolen wedi’i thynnu]'),
  email: draft('[email address removed]', '[cyfeiriad e-bost wedi’i ddileu]'),
  phone: draft('[phone number removed]', '[rhif ffôn wedi’i ddileu]'),
  nhs: draft('[NHS number removed]', '[rhif GIG wedi’i ddileu]'),
  ni: draft('[National Insurance number removed]', '[rhif Yswiriant Gwladol wedi’i ddileu]'),
  postcode: draft('[postcode removed]', '[cod post wedi’i ddileu]'),
  dateOfBirth: draft('[date of birth removed]', '[dyddiad geni wedi’i ddileu]'),
} satisfies Record<string, LocalisedText>);

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
  /**
   * Whether an id, code or web address names someone the key knows or holds a detail from
   * it ("jesse-samplefield-notes", ".../cases/ZZ1-4QX/"). Such strings cannot be rewritten
   * like text, so redaction removes or refuses them.
   */
  identifies(text: string): boolean;
}

// --- Normalising ---------------------------------------------------------------------------

// Characters that change how text matches without changing how it reads: soft hyphens and
// zero-width characters (Word and web pages insert them), and a byte-order mark. A zero-width
// joiner between two emoji is kept: it is what makes 👩🏽‍⚕️ one picture (a health worker)
// rather than two, and no name is written with emoji.
const INVISIBLE = /[\u00AD\u200B\u200C\u2060\uFEFF]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * Text as the scan reads it, and as a redacted copy keeps it: one Unicode form (NFC), no
 * invisible characters, full-width letters and digits as ordinary ones, one apostrophe.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u02BC/g, '’');
}

/** Letters and digits only, lower case: how two spellings of an identifier compare. */
export function skeleton(text: string): string {
  return normaliseText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const DASHES = '-‐‑‒–—';
// The same, for inside a character class, where a bare "-" would make a range.
const DASH_CLASS = '\\-‐‑‒–—';
const APOSTROPHES = "'’‘`";
// Letters on either side of a name end it; digits do not ("Jesse2021" is Jesse).
const NAME_BEFORE = '(?<!\\p{L})';
const NAME_AFTER = '(?!\\p{L})';
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** A name as a pattern: any spacing, comma or line break between words; any dash or apostrophe. */
function namePattern(words: readonly string[], joiner = '[,\\s]+'): string {
  const body = words
    .map((word) =>
      [...word]
        .map((c) => {
          if (DASHES.includes(c)) return `[${DASH_CLASS}\\s]`;
          if (APOSTROPHES.includes(c)) return `[${APOSTROPHES}]`;
          // "Zoë" is also written "Zoe".
          const base = c.normalize('NFD').replace(/\p{M}/gu, '');
          return base !== c && base ? `[${c}${base}]` : escape(c);
        })
        .join(''),
    )
    .join(joiner);
  // A plural ("the Samplefields") is the same name.
  return `${NAME_BEFORE}${body}(?:s|es)?${NAME_AFTER}`;
}

/** A detail as a pattern: its letters and digits, with any separators (or none) between them. */
function identifierPattern(detail: string): string {
  const chars = [...skeleton(detail)];
  if (chars.length < 4) return `${BEFORE}${escape(normaliseText(detail).trim()).replace(/\s+/g, '\\s+')}${AFTER}`;
  return `${BEFORE}${chars.map(escape).join(`[\\s.,/${DASH_CLASS}${APOSTROPHES}]*`)}${AFTER}`;
}

// --- Names -----------------------------------------------------------------------------------

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'baby', 'infant', 'unborn', 'child', 'adult', 'the', 'of', 'and']);

/** Month and weekday names in English and Welsh, as names would collide with them. */
const CALENDAR_WORDS = new Set([
  ...Object.keys(MONTH_NUMBERS),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);

/**
 * First names that are everyday words. Alone, they become "[name removed]" rather than the
 * pseudonym, so "Will attend" cannot tell a reader that Child K is called Will.
 */
const WORD_NAMES = new Set([
  ...CALENDAR_WORDS,
  ...['will', 'may', 'june', 'april', 'august', 'rose', 'grace', 'hope', 'faith', 'joy', 'mark', 'bill', 'pat', 'sue', 'ray', 'dawn'],
  ...['summer', 'autumn', 'holly', 'ivy', 'amber', 'ruby', 'pearl', 'jack', 'frank', 'rob', 'sunny', 'victor', 'hunter', 'brook', 'reed', 'young'],
]);

/** The words of a name, as written, without the punctuation around them. */
function nameWords(name: string): string[] {
  return normaliseText(name)
    .split(/[\s,;:()[\]{}"]+/)
    .map((w) => w.replace(/^[.'’‘`]+|[.'’‘`]+$/g, ''))
    .filter(Boolean);
}

/** The parts of a word a name might be shortened to: "O’Brien-Smith" → O’Brien, OBrien, Smith. */
function wordParts(word: string): string[] {
  const pieces = word.split(new RegExp(`[${DASH_CLASS}]`)).filter(Boolean);
  const parts = new Set<string>(pieces.length > 1 ? [word, ...pieces] : [word]);
  for (const piece of [...parts]) {
    if (new RegExp(`[${APOSTROPHES}]`).test(piece)) {
      parts.add(piece.replace(new RegExp(`[${APOSTROPHES}]`, 'g'), ''));
      for (const bit of piece.split(new RegExp(`[${APOSTROPHES}]`))) parts.add(bit);
    }
  }
  return [...parts].filter((p) => p.length >= 2 && !TITLES.has(p.toLowerCase()));
}

interface NameEntry {
  /** A single word: matched only when it is not all lower case ("reed" is a plant). */
  readonly single: boolean;
  /** `null` keeps the name (staff in a profile that keeps their names). */
  readonly replacement: string | null;
  readonly rule: TextRule | null;
}

// --- Dates -----------------------------------------------------------------------------------

/** Welsh months after "o" ("12fed o Fawrth"), and the word they mutate from. */
const MUTATED_MONTHS: Record<string, string> = {
  fawrth: 'mawrth',
  fai: 'mai',
  fehefin: 'mehefin',
  orffennaf: 'gorffennaf',
  fedi: 'medi',
  dachwedd: 'tachwedd',
  ragfyr: 'rhagfyr',
};
const MONTH_NAMES: Record<string, number> = { ...MONTH_NUMBERS };
for (const [mutated, radical] of Object.entries(MUTATED_MONTHS)) MONTH_NAMES[mutated] = MONTH_NUMBERS[radical]!;

const byLength = (a: string, b: string) => b.length - a.length;
const MONTHS_ANY_CASE = `(?<mon>${Object.keys(MONTH_NAMES).sort(byLength).join('|')})`;
// Before a day ("March 12"), a month must be capitalised or in capitals: "may 12 people" is
// not a date.
const MONTHS_CAPITALISED = `(?<mon>${Object.keys(MONTH_NAMES)
  .sort(byLength)
  .flatMap((m) => [m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()])
  .join('|')})`;
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)';
const ORDINAL = '(?:st|nd|rd|th|af|ain|il|ydd|fed|ed|eg)?';
const DAY = `\\d{1,2}${ORDINAL}`;
// Several days before one month: "3, 10 and 24 March", "12–13 March", "between 12 and 14 March".
const DAY_LIST = `(?:${DAY}(?:\\s*(?:,|and|&|or|to|[${DASH_CLASS}])\\s*|\\s+))*`;

interface DatePattern {
  readonly regex: RegExp;
  /** The day, month and year (if written) of a match, and its month as text. */
  readonly read: (groups: Record<string, string | undefined>) => { year?: number; month: number; day: number; monthText?: string } | undefined;
}

const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 70 ? 2000 : 1900));
// A date does not start straight after a slash or a dot: "14/8, 14 Aug" is not "8, 14 Aug".
const dates = (body: string, flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}/.])${body}${AFTER}`, flags);
const monthWord = (text: string) => {
  const lower = text.toLowerCase().replace(/\.$/, '');
  const radical = MUTATED_MONTHS[lower];
  if (!radical) return text.replace(/\.$/, '');
  const upper = text === text.toUpperCase();
  return upper ? radical.toUpperCase() : radical.charAt(0).toUpperCase() + radical.slice(1);
};

const DATE_PATTERNS: readonly DatePattern[] = [
  // 2023-04-12, 2023/04/12, 2023.4.12, with a time and zone.
  {
    regex: dates(`(?<y>\\d{4})(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`),
    read: (g) => ({ year: Number(g['y']), month: Number(g['m']), day: Number(g['d']) }),
  },
  // 20230412.
  {
    regex: dates('(?<y>(?:19|20)\\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])'),
    read: (g) => ({ year: Number(g['y']), month: Number(g['m']), day: Number(g['d']) }),
  },
  // 12/04/2023, 12.04.23, 12 / 04 / 2023.
  {
    regex: dates('(?<d>\\d{1,2})\\s*(?<s>[-/.])\\s*(?<m>\\d{1,2})\\s*\\k<s>\\s*(?<y>\\d{4}|\\d{2})'),
    read: (g) => ({ year: fullYear(g['y']!), month: Number(g['m']), day: Number(g['d']) }),
  },
  // 12 March 2023, Tuesday 12th of March, 12-Mar-23, 12Mar2023, 3, 10 and 24 March, 12fed o Fawrth.
  {
    regex: dates(
      `${WEEKDAY}?(?:the\\s+)?${DAY_LIST}(?<d>\\d{1,2})${ORDINAL}[\\s${DASH_CLASS}]*(?:of\\s+|o\\s+)?${MONTHS_ANY_CASE}(?:(?:\\.?,?\\s+|\\.?[${DASH_CLASS}]|\\.)?(?<y>\\d{4})|\\.?[${DASH_CLASS}](?<yy>\\d{2}))?`,
    ),
    read: (g) => ({ ...(g['y'] ? { year: Number(g['y']) } : g['yy'] ? { year: fullYear(g['yy']) } : {}), month: MONTH_NAMES[g['mon']!.toLowerCase()]!, day: Number(g['d']), monthText: monthWord(g['mon']!) }),
  },
  // March 12, March the 12th, 2023, March 12-14, Mawrth 12fed.
  {
    regex: dates(
      `${WEEKDAY}?${MONTHS_CAPITALISED}\\.?\\s+(?:the\\s+)?(?<d>\\d{1,2})${ORDINAL}(?:\\s*(?:[${DASH_CLASS}]|to|and)\\s*${DAY})*(?:,?\\s+(?<y>\\d{4}))?`,
      'gu',
    ),
    read: (g) => ({ ...(g['y'] ? { year: Number(g['y']) } : {}), month: MONTH_NAMES[g['mon']!.toLowerCase()]!, day: Number(g['d']), monthText: monthWord(g['mon']!) }),
  },
  // A day and month in figures with no year, where the words around it say it is a date:
  // "on 12/3", "w/c 13/03", "Tuesday 12/3". Alone, "24/7" and "10/10" are not dates.
  {
    regex: dates(`(?<ctx>(?:on|w/c|from|until|till|by|dated|before|after|between|and)\\s+|${WEEKDAY})(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})(?!\\s*/\\s*\\d)`),
    read: (g) => ({ month: Number(g['m']), day: Number(g['d']) }),
  },
];

// A stated date of birth: the phrase and the date go together.
const ANY_DATE = DATE_PATTERNS.map((p) => `(?:${p.regex.source.replace(/\(\?<(\w+)>/g, '(?:').replace(/\\k<s>/g, '[-/.]')})`).join('|');
const DATE_OF_BIRTH = new RegExp(`${BEFORE}(?:date\\s+of\\s+birth|d\\.?o\\.?b\\.?|born(?:\\s+on)?|dyddiad\\s+geni|ganwyd(?:\\s+ar)?)\\s*:?\\s*(?:${ANY_DATE})`, 'giu');

// --- Other patterns --------------------------------------------------------------------------

const URL = /(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]}’”]/giu;
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Health service numbers named as such (NHS, CHI in Scotland, H&C in Northern Ireland).
const HEALTH_NUMBER_PHRASE = /(?<![\p{L}\p{N}])(?:NHS|CHI|H&C|HSC)\s*(?:no\.?|number)?\s*:?\s*\d(?:[\s./-]?\d){9}(?!\p{N})/giu;
const TEN_DIGITS = /(?<![\p{L}\p{N}])\d{3}[ ./-]?\d{3}[ ./-]?\d{4}(?!\p{N})/gu;
const NI_NUMBER = /(?<![\p{L}\p{N}])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?[A-D](?![\p{L}\p{N}])/giu;
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+|00)44[\s.-]?(?:\(0\)[\s.-]?)?|\(0\)[\s.-]?|\(?0)\d(?:\)?[ .-]?\d){8,9}(?!\p{N})/gu;
// Numbers in the Republic of Ireland turn up in Northern Ireland reviews.
const IRISH_PHONE = /(?<![\p{L}\p{N}+])(?:\+|00)353[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[ .-]?\d){6,9}(?!\p{N})/gu;
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
  const international = /^\s*(?:\+|00)44/.test(text);
  return international ? `0${digits.replace(/^(?:00)?44/, '').replace(/^0/, '')}` : digits;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12) || day < 1) return false;
  return day <= (year === undefined ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]! : daysInMonth(year, month));
}

// --- The scanner -----------------------------------------------------------------------------

/** Builds a scanner from the key's names and details and the audience's rules. */
export function textScanner(options: TextScannerOptions): TextScanner {
  const { locale } = options;
  const placeholder = (p: LocalisedText) => p[locale];

  // Names. Full names match in any case, either way round ("SAMPLEFIELD, Jesse") and run
  // together ("jesse.samplefield", "JesseSamplefield"). A single first name or surname
  // matches unless written all in lower case. A word shared by two people with different
  // replacements becomes "[name removed]", never the wrong pseudonym.
  const names = new Map<string, NameEntry[]>();
  const patterns = new Set<string>();
  // Entries are found again by the letters of what matched, so every spelling a pattern
  // allows (case, spacing, dashes, accents) finds the same entry.
  const addName = (spelling: string, pattern: string, entry: NameEntry) => {
    const key = skeleton(spelling);
    if (!key) return;
    names.set(key, [...(names.get(key) ?? []), entry]);
    patterns.add(pattern);
  };
  const addPerson = (fullNames: readonly string[], replacement: string | null, rule: TextRule | null, withParts: boolean) => {
    for (const name of fullNames) {
      const words = nameWords(name);
      if (!words.length) continue;
      if (words.length === 1) {
        for (const part of wordParts(words[0]!)) addName(part, namePattern([part]), { single: true, replacement, rule });
        continue;
      }
      const full = { single: false, replacement, rule };
      addName(words.join(''), namePattern(words), full);
      const reversed = [...words.slice(1), words[0]!];
      addName(reversed.join(''), namePattern(reversed), full);
      for (const joiner of ['', '\\.', '_', '-']) addName(words.join(''), namePattern(words, joiner), full);
      if (!withParts) continue;
      for (const word of words) for (const part of wordParts(word)) addName(part, namePattern([part]), { single: true, replacement, rule });
    }
  };
  for (const person of options.people ?? []) addPerson(person.names, person.replacement, 'key-name', true);
  for (const member of options.staff ?? []) {
    // Staff whose names are kept still go in, so a child's first name that a member of staff
    // shares does not take part of the staff name.
    if (options.staffNames === 'roles') addPerson([member.name], member.role, 'staff-name', true);
    else addPerson([member.name], null, null, false);
  }
  const nameRegex = patterns.size ? new RegExp([...patterns].sort(byLength).join('|'), 'giu') : undefined;
  // Names that identify when they appear in an id or a link: those being redacted, long
  // enough not to be part of an ordinary word, and not everyday words themselves.
  const nameSkeletons = new Set([...names.entries()].filter(([k, entries]) => k.length >= 3 && !TITLES.has(k) && !WORD_NAMES.has(k) && entries.some((e) => e.rule)).map(([k]) => k));

  // Details from the key, in any case and with any separators.
  const identifiers = (options.identifiers ?? []).flatMap((detail) => [
    detail,
    // "12 Oak Road, Westmoor": the street alone identifies too (parts with a number in them).
    ...detail.split(',').filter((part) => /\d/.test(part) && skeleton(part).length >= 5 && skeleton(part) !== skeleton(detail)),
  ]);
  const identifierRegex = identifiers.length ? new RegExp([...new Set(identifiers.map(identifierPattern))].sort(byLength).join('|'), 'giu') : undefined;
  const identifierSkeletons = identifiers.map(skeleton).filter((s) => s.length >= 4);
  const identifierDays = new Set<string>();
  for (const detail of options.identifiers ?? []) {
    const date = parseDateText(detail);
    if (date.ok && /^\d{4}-\d{2}-\d{2}$/.test(date.edtf)) identifierDays.add(date.edtf);
  }
  const identifierMonthDays = new Set([...identifierDays].map((d) => d.slice(5)));

  /** Whether a link or id, decoded, names someone or something from the key. */
  const identifyingLink = (url: string) => {
    let decoded = url;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      // A malformed escape: check the link as written.
    }
    const flat = skeleton(decoded);
    const words = new Set(decoded.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).map(skeleton));
    return identifierSkeletons.some((s) => flat.includes(s)) || [...nameSkeletons].some((n) => words.has(n) || (n.length >= 6 && flat.includes(n)));
  };

  /** The name `match` (at `at` in `whole`) is, and what replaces it, or undefined when it is not one to redact. */
  const nameAt = (match: string, at: number, whole: string): { replacement: string; rule: TextRule; generic: boolean } | undefined => {
    // "Samplefields" is Samplefield; "James" is James.
    const key = [skeleton(match), skeleton(match.replace(/s$/i, '')), skeleton(match.replace(/es$/i, ''))].find((k) => names.has(k));
    const entries = key === undefined ? undefined : names.get(key);
    if (!entries) return undefined;
    const lowerCase = match === match.toLowerCase();
    const fitting = entries.filter((e) => !e.single || !lowerCase);
    const redacting = fitting.find((e) => e.rule);
    if (!redacting) return undefined;
    const single = fitting.every((e) => e.single);
    // "April 2023", "4 May": a month, not the person called April or May.
    if (single && CALENDAR_WORDS.has(key!) && (/^\s*\d/.test(whole.slice(at + match.length)) || /\d\s*$/.test(whole.slice(0, at)))) return undefined;
    const replacements = new Set(fitting.map((e) => e.replacement));
    const generic = replacements.size > 1 || (single && WORD_NAMES.has(key!));
    return { replacement: redacting.replacement!, rule: redacting.rule!, generic };
  };
  const holding = new Map<string, boolean>();
  /** Whether a replacement (a role or a pseudonym) holds a name that would be redacted. */
  const holdsName = (text: string): boolean => {
    let holds = holding.get(text);
    if (holds === undefined) {
      holds = [...text.matchAll(nameRegex!)].some((m) => nameAt(m[0], m.index, text) !== undefined);
      holding.set(text, holds);
    }
    return holds;
  };

  const once = (input: string, rules: Set<TextRule>): string => {
    let text = input;
    const apply = (
      pattern: RegExp | undefined,
      replace: (match: string, groups: Record<string, string | undefined>, at: number, whole: string) => { text: string; rule: TextRule } | undefined,
    ) => {
      if (!pattern) return;
      text = text.replace(pattern, (match: string, ...rest: unknown[]) => {
        // After the match come the numbered groups, the offset, the whole string and, when
        // the pattern names groups, an object of them.
        const at = rest.findIndex((a) => typeof a === 'number');
        const last = rest.at(-1);
        const groups = last && typeof last === 'object' ? (last as Record<string, string | undefined>) : {};
        const result = replace(match, groups, rest[at] as number, rest[at + 1] as string);
        if (!result || result.text === match) return match;
        rules.add(result.rule);
        return result.text;
      });
    };

    apply(DATE_OF_BIRTH, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.dateOfBirth), rule: 'date-of-birth' }));
    apply(URL, (url) => (identifyingLink(url) ? { text: placeholder(REDACTION_PLACEHOLDERS.link), rule: 'key-identifier' } : undefined));
    apply(EMAIL, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.email), rule: 'email' }));
    apply(identifierRegex, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.identifier), rule: 'key-identifier' }));
    apply(nameRegex, (match, _groups, at, whole) => {
      const found = nameAt(match, at, whole);
      if (!found) return undefined;
      // A replacement that holds a name itself ("Alex Head" → "Head of Health Visiting") would
      // be replaced again on every pass, growing the text (exponentially when it holds two).
      // It becomes "[name removed]" instead, so every pass only removes names.
      const text = found.generic || holdsName(found.replacement) ? placeholder(REDACTION_PLACEHOLDERS.name) : found.replacement;
      return { text, rule: found.rule };
    });
    apply(HEALTH_NUMBER_PHRASE, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.nhs), rule: 'nhs-number' }));
    apply(TEN_DIGITS, (match) => (isNhsNumber(match.replace(/\D/g, '')) ? { text: placeholder(REDACTION_PLACEHOLDERS.nhs), rule: 'nhs-number' } : undefined));
    apply(NI_NUMBER, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.ni), rule: 'ni-number' }));
    apply(PHONE, (match) => (/^0\d{9,10}$/.test(phoneDigits(match)) ? { text: placeholder(REDACTION_PLACEHOLDERS.phone), rule: 'phone' } : undefined));
    apply(IRISH_PHONE, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.phone), rule: 'phone' }));
    apply(POSTCODE, () => ({ text: placeholder(REDACTION_PLACEHOLDERS.postcode), rule: 'postcode' }));

    // Dates: a key's date of birth in any spelling is removed; other exact dates keep only
    // their month when the audience needs that.
    for (const { regex, read } of DATE_PATTERNS) {
      apply(regex, (_match, groups) => {
        const date = read(groups);
        if (!date || !validDay(date.year, date.month, date.day)) return undefined;
        const monthDay = `${pad(date.month)}-${pad(date.day)}`;
        const ofKey = date.year !== undefined ? identifierDays.has(`${date.year}-${monthDay}`) : identifierMonthDays.has(monthDay);
        if (ofKey) return { text: placeholder(REDACTION_PLACEHOLDERS.identifier), rule: 'key-identifier' };
        if (options.dates !== 'month') return undefined;
        const monthName = () => formatPartialDate(`2000-${pad(date.month)}`, locale).replace(/\s*2000$/, '');
        let text: string;
        if (groups['ctx'] !== undefined) text = `${groups['ctx']}${monthName()}`; // "on 12/3" → "on March"
        else if (date.monthText !== undefined) text = date.year !== undefined ? `${date.monthText} ${date.year}` : date.monthText;
        else text = formatPartialDate(`${date.year}-${pad(date.month)}`, locale);
        return { text, rule: 'exact-date' };
      });
    }
    // A date of birth from the key written as a day and month in figures, either way round:
    // "14/8", "8/14/2021".
    if (identifierDays.size) {
      apply(/(?<![\p{N}/])(?<a>\d{1,2})\s*[/.-]\s*(?<b>\d{1,2})(?:\s*[/.-]\s*(?<y>\d{2}|\d{4}))?(?![\p{N}]|\s*[/.-]\s*\d)/gu, (_m, g) => {
        const [a, b] = [Number(g['a']), Number(g['b'])];
        const candidates = [`${pad(b)}-${pad(a)}`, `${pad(a)}-${pad(b)}`];
        const year = g['y'] ? fullYear(g['y']) : undefined;
        const hit = candidates.some((md) => (year ? identifierDays.has(`${year}-${md}`) : identifierMonthDays.has(md)));
        return hit ? { text: placeholder(REDACTION_PLACEHOLDERS.identifier), rule: 'key-identifier' } : undefined;
      });
    }
    return text;
  };

  return {
    scan(input: string): TextScanResult {
      // A change can make a new match ("1 14 August" → "1 August"), so scan until nothing
      // changes: that is what makes a scan idempotent. Each pass removes digits or writes
      // placeholders, so it settles quickly; the cap only guards against a bug.
      const rules = new Set<TextRule>();
      let text = normaliseText(input);
      for (let pass = 0; pass < 50; pass++) {
        const next = once(text, rules);
        if (next === text) break;
        text = next;
      }
      return { text, rules: [...rules] };
    },
    identifies: identifyingLink,
  };
}
