/**
 * Chronologies in and out of spreadsheets, and merging each agency's chronology into the
 * composite one.
 *
 * Import takes a column mapping, so a partnership's own headings ("Date of contact",
 * "Agency", "Summary") are read without editing the file. Good rows import; each failed row
 * is reported with its line, the column and the reason, never with the value.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import { labelOf, AUDIENCES, SIGNIFICANCE } from '../model/codes.js';
import { toValidationErrors } from '../model/issues.js';
import * as z from 'zod/mini';
import { entity, field, id, list, text } from '../model/fields.js';
import { agencySchema, chronologyEntrySchema, type Agency, type ChronologyEntry, type Review, type Subject } from '../model/schemas.js';
import { formatPartialDate } from '../time/format.js';
import { fromIsoDate } from '../time/calendar-date.js';
import { parsePartialDate, partialDatesOverlap, sortByPartialDate } from '../time/edtf.js';
import { parseCsv, toCsv, unneutralise, type CsvError } from './csv.js';
import { parseDateText, type DateTextOptions } from './date-text.js';

/** The chronology fields an import can fill, and the headings the kit's own export uses. */
export const CHRONOLOGY_COLUMNS = {
  id: draft('Entry ID', 'ID y cofnod'),
  date: draft('Date (EDTF)', 'Dyddiad (EDTF)'),
  dateInWords: draft('Date', 'Dyddiad'),
  agencyCode: draft('Agency code', 'Cod yr asiantaeth'),
  agency: draft('Agency', 'Asiantaeth'),
  source: draft('Source', 'Ffynhonnell'),
  event: draft('What happened', 'Beth ddigwyddodd'),
  actionTaken: draft('Action taken', 'Camau a gymerwyd'),
  outcome: draft('Outcome', 'Canlyniad'),
  practitionerRole: draft('Practitioner role', 'Rôl yr ymarferydd'),
  subjectIds: draft('People', 'Pobl'),
  kpeIds: draft('Key practice episodes', 'Cyfnodau ymarfer allweddol'),
  significance: draft('Significance', 'Arwyddocâd'),
  visibility: draft('Visibility', 'Gwelededd'),
} satisfies Record<string, LocalisedText>;

/** The chronology as a spreadsheet: one row per entry, in date order. */
export function chronologyToCsv(review: Pick<Review, 'chronology' | 'agencies' | 'subjects'>, locale: Locale = 'en-GB'): string {
  const agencies = new Map(review.agencies.map((a) => [a.id, a]));
  const people = new Map(review.subjects.map((p) => [p.id, p.pseudonym]));
  const headers = Object.values(CHRONOLOGY_COLUMNS).map((h) => h[locale]);
  const rows = sortByPartialDate(review.chronology, (e) => e.date).map((e) => [
    e.id,
    e.date,
    formatPartialDate(e.date, locale),
    agencies.get(e.agencyId)?.code,
    agencies.get(e.agencyId)?.name,
    e.source,
    e.event,
    e.actionTaken,
    e.outcome,
    e.practitionerRole,
    e.subjectIds.map((id) => people.get(id) ?? id).join('; '),
    e.kpeIds.join(' '),
    labelOf(SIGNIFICANCE, e.significance, locale),
    labelOf(AUDIENCES, e.visibility, locale),
  ]);
  return toCsv(headers, rows);
}

/** Which heading in the file holds each field. Only `date`, `source` and `event` are needed. */
export interface ChronologyMapping {
  readonly columns: Partial<Record<'id' | 'date' | 'agency' | 'source' | 'event' | 'actionTaken' | 'outcome' | 'practitionerRole' | 'subjectIds' | 'kpeIds' | 'significance' | 'visibility', string>>;
  /** The agency (code, id or name) every row comes from, when the file has no agency column. */
  readonly agency?: string;
  /** How numeric dates are written. Default day first. */
  readonly dateOrder?: DateTextOptions['order'];
  /** Prefix for ids made for rows without one (default: the agency code, lower-case). */
  readonly idPrefix?: string;
}

const MAPPING_FIELDS = ['id', 'date', 'agency', 'source', 'event', 'actionTaken', 'outcome', 'practitionerRole', 'subjectIds', 'kpeIds', 'significance', 'visibility'] as const;

const heading = () => text('a column heading', 'pennawd colofn', 200);

/**
 * A column mapping as a partnership keeps it in a file (`slk import-chronology --map`). Its
 * `agencies` say which agencies rows may name when there is no review to match against.
 */
export const chronologyMappingSchema = entity(
  z.strictObject({
    columns: entity(
      z.strictObject(Object.fromEntries(MAPPING_FIELDS.map((f) => [f, z.optional(heading())])) as Record<(typeof MAPPING_FIELDS)[number], z.ZodMiniOptional<ReturnType<typeof heading>>>),
      'the columns',
      'y colofnau',
    ),
    agency: z.optional(text('the agency every row comes from', 'yr asiantaeth y daw pob rhes ohoni', 200)),
    dateOrder: z.optional(field(z.enum(['dmy', 'mdy']), 'choice', 'how numeric dates are written', 'sut mae dyddiadau rhifol wedi’u hysgrifennu')),
    idPrefix: z.optional(id('the prefix for new entry ids', 'y rhagddodiad ar gyfer dynodyddion cofnodion newydd')),
    agencies: z.optional(list(agencySchema, 'the agencies rows may name', 'yr asiantaethau y gall rhesi eu henwi')),
  }),
  'a column mapping',
  'mapio colofnau',
);
export type ChronologyMappingFile = z.output<typeof chronologyMappingSchema>;

/** The mapping that reads the kit's own export back. */
export const KIT_CSV_MAPPING: ChronologyMapping = {
  columns: {
    id: 'Entry ID',
    date: 'Date (EDTF)',
    agency: 'Agency code',
    source: 'Source',
    event: 'What happened',
    actionTaken: 'Action taken',
    outcome: 'Outcome',
    practitionerRole: 'Practitioner role',
    subjectIds: 'People',
    kpeIds: 'Key practice episodes',
    significance: 'Significance',
    visibility: 'Visibility',
  },
};

export interface RowError {
  /** 1-based line in the file; 0 for the file as a whole. */
  readonly line: number;
  /** The heading of the column at fault, when there is one. */
  readonly column?: string;
  readonly text: LocalisedText;
}

export interface ChronologyImport {
  readonly entries: ChronologyEntry[];
  readonly errors: RowError[];
}

const IMPORT_MESSAGES = {
  missingColumn: draft('The file has no “{column}” column, which the mapping names for the {field}.', 'Nid oes colofn “{column}” yn y ffeil, a enwir gan y mapio ar gyfer y {field}.'),
  date: draft('The date cannot be read. Write it like 12/04/2023, April 2023, about 12 April 2023 or before June 2023.', 'Ni ellir darllen y dyddiad. Ysgrifennwch ef fel 12/04/2023, Ebrill 2023, tua 12 Ebrill 2023 neu cyn Mehefin 2023.'),
  agency: draft('The agency is not one of the review’s agencies: use its code or name.', 'Nid yw’r asiantaeth yn un o asiantaethau’r adolygiad: defnyddiwch ei chod neu ei henw.'),
  person: draft('A person is not one of the review’s people: use their pseudonym, such as Child J.', 'Nid yw person yn un o bobl yr adolygiad: defnyddiwch eu ffugenw, fel Plentyn J.'),
  noAgency: draft('Say which agency the rows come from: map an agency column, or give the agency in the mapping.', 'Dywedwch o ba asiantaeth y daw’r rhesi: mapiwch golofn asiantaeth, neu rhowch yr asiantaeth yn y mapio.'),
  choice: draft('The value is not one of the allowed ones for this column.', 'Nid yw’r gwerth yn un o’r rhai a ganiateir ar gyfer y golofn hon.'),
  duplicateId: draft('Another row already has this entry ID.', 'Mae gan res arall yr ID cofnod hwn eisoes.'),
};

function fill(text: LocalisedText, params: Record<string, string>): LocalisedText {
  const apply = (s: string) => s.replace(/\{(\w+)\}/g, (w, k: string) => params[k] ?? w);
  return { 'en-GB': apply(text['en-GB']), cy: apply(text.cy), welsh: 'draft' };
}

function csvRowError(error: CsvError): RowError {
  return { line: error.line, text: error.text };
}

/** Matches a value to a code list by code or by its English or Welsh label. */
function codeFrom<C extends string>(value: string, list: { codes: readonly C[]; entries: ReadonlyArray<{ code: C; label: LocalisedText }> }): C | undefined {
  const v = value.trim().toLowerCase();
  return list.entries.find((e) => e.code === v || e.label['en-GB'].toLowerCase() === v || e.label.cy.toLowerCase() === v)?.code;
}

function findAgency(value: string, agencies: readonly Agency[]): Agency | undefined {
  const v = value.trim().toLowerCase();
  return agencies.find((a) => a.code.toLowerCase() === v || a.id.toLowerCase() === v || a.name.toLowerCase() === v);
}

/** What an import matches names against: the review's agencies and people. */
export interface ImportContext {
  readonly agencies: readonly Agency[];
  readonly subjects?: readonly Subject[];
}

/**
 * Reads a chronology spreadsheet through a column mapping. The agency column (or the
 * mapping's `agency`) is matched to the review's agencies by code, id or name; the people
 * column to its people by pseudonym or id.
 */
export function importChronologyCsv(text: string, mapping: ChronologyMapping, context: ImportContext, locale: Locale = 'en-GB'): ChronologyImport {
  const { agencies, subjects = [] } = context;
  const csv = parseCsv(text);
  const errors: RowError[] = csv.errors.map(csvRowError);
  if (!csv.headers.length) return { entries: [], errors };

  const index: Partial<Record<keyof ChronologyMapping['columns'], number>> = {};
  for (const [field, heading] of Object.entries(mapping.columns) as Array<[keyof ChronologyMapping['columns'], string]>) {
    const at = csv.headers.findIndex((h) => h.toLowerCase() === heading.trim().toLowerCase());
    if (at === -1) errors.push({ line: 0, column: heading, text: fill(IMPORT_MESSAGES.missingColumn, { column: heading, field }) });
    else index[field] = at;
  }
  for (const required of ['date', 'source', 'event'] as const) {
    if (!mapping.columns[required]) errors.push({ line: 0, text: fill(IMPORT_MESSAGES.missingColumn, { column: '', field: required }) });
  }
  if (errors.some((e) => e.line === 0)) return { entries: [], errors };

  const defaultAgency = mapping.agency ? findAgency(mapping.agency, agencies) : undefined;
  if (mapping.agency && !defaultAgency) return { entries: [], errors: [...errors, { line: 0, text: IMPORT_MESSAGES.agency }] };
  if (index.agency === undefined && !defaultAgency) return { entries: [], errors: [...errors, { line: 0, text: IMPORT_MESSAGES.noAgency }] };

  const entries: ChronologyEntry[] = [];
  const seen = new Set<string>();
  for (const row of csv.rows) {
    const get = (field: keyof ChronologyMapping['columns']) => {
      const at = index[field];
      return at === undefined ? undefined : unneutralise(row.cells[at]?.trim() ?? '');
    };
    const problem = (field: keyof ChronologyMapping['columns'], text: LocalisedText) => {
      const column = mapping.columns[field];
      errors.push({ line: row.line, ...(column ? { column } : {}), text });
    };
    const rowErrorsBefore = errors.length;

    const dateText = get('date') ?? '';
    const date = parseDateText(dateText, { order: mapping.dateOrder ?? 'dmy' });
    if (!date.ok) problem('date', IMPORT_MESSAGES.date);
    const agencyText = get('agency');
    const agency = agencyText ? findAgency(agencyText, agencies) : defaultAgency;
    if (!agency) problem('agency', IMPORT_MESSAGES.agency);
    const significanceText = get('significance');
    const significance = significanceText ? codeFrom(significanceText, SIGNIFICANCE) : undefined;
    if (significanceText && !significance) problem('significance', IMPORT_MESSAGES.choice);
    const people = (get('subjectIds') ?? '').split(/\s*;\s*/).filter(Boolean);
    const subjectIds = people.map((name) => subjects.find((p) => p.pseudonym.toLowerCase() === name.toLowerCase() || p.id === name)?.id);
    if (subjectIds.some((id) => id === undefined)) problem('subjectIds', IMPORT_MESSAGES.person);
    const visibilityText = get('visibility');
    const visibility = visibilityText ? codeFrom(visibilityText, AUDIENCES) : undefined;
    if (visibilityText && !visibility) problem('visibility', IMPORT_MESSAGES.choice);
    if (errors.length > rowErrorsBefore) continue;

    const prefix = mapping.idPrefix ?? agency!.code.toLowerCase();
    const id = get('id') || `${prefix}-${row.line}`;
    if (seen.has(id)) {
      problem('id', IMPORT_MESSAGES.duplicateId);
      continue;
    }
    const optional = (field: 'actionTaken' | 'outcome' | 'practitionerRole') => {
      const value = get(field);
      return value ? { [field]: value } : {};
    };
    const candidate = {
      id,
      date: date.ok ? date.edtf : '',
      agencyId: agency!.id,
      source: get('source') ?? '',
      event: get('event') ?? '',
      ...optional('actionTaken'),
      ...optional('outcome'),
      ...optional('practitionerRole'),
      subjectIds: subjectIds as string[],
      kpeIds: (get('kpeIds') ?? '').split(/[\s,;]+/).filter(Boolean),
      ...(significance ? { significance } : {}),
      ...(visibility ? { visibility } : {}),
    };
    const parsed = chronologyEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      // Messages name the field ("Enter the source of the entry"), never the value.
      for (const error of toValidationErrors(chronologyEntrySchema, parsed.error.issues, candidate, locale)) {
        const field = error.segments[0] as keyof ChronologyMapping['columns'] | undefined;
        const column = field && field in mapping.columns ? mapping.columns[field] : undefined;
        errors.push({ line: row.line, ...(column ? { column } : {}), text: error.text });
      }
      continue;
    }
    seen.add(id);
    entries.push(parsed.data);
  }
  return { entries, errors };
}

/** Two entries that may record the same event, for a person to decide. */
export interface DuplicateSuggestion {
  readonly first: string;
  readonly second: string;
  /** How alike their words are, 0–1. */
  readonly similarity: number;
}

const STOP = new Set(['that', 'with', 'from', 'this', 'were', 'have', 'been', 'they', 'their', 'about', 'said', 'into', 'when', 'which', 'would', 'there', 'after']);

/** The first day of the period a date states (before any widening for "about"). */
function statedStart(date: string): number {
  const value = parsePartialDate(date);
  const start = value.kind === 'date' ? value.start : value.start.kind === 'date' ? value.start.start : undefined;
  return start ? fromIsoDate(start) : -Infinity;
}

function words(entry: ChronologyEntry): Set<string> {
  return new Set(`${entry.event} ${entry.actionTaken ?? ''}`.toLowerCase().match(/[a-z\u00c0-\u024f]{4,}/g)?.filter((w) => !STOP.has(w)) ?? []);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Merges chronologies (one per agency) into the composite chronology: every entry kept with
 * its source, ordered by the kit's partial-date order, ids made unique, and likely duplicates
 * (the same meeting recorded by two agencies) suggested, not removed.
 */
export function mergeChronologies(
  sources: ReadonlyArray<readonly ChronologyEntry[]>,
  options: { threshold?: number } = {},
): { entries: ChronologyEntry[]; duplicates: DuplicateSuggestion[]; renamed: Array<{ from: string; to: string }> } {
  const threshold = options.threshold ?? 0.5;
  const used = new Set<string>();
  const renamed: Array<{ from: string; to: string }> = [];
  const all: ChronologyEntry[] = [];
  for (const entries of sources) {
    for (const entry of entries) {
      let id = entry.id;
      for (let n = 2; used.has(id); n++) id = `${entry.id}-${n}`;
      if (id !== entry.id) renamed.push({ from: entry.id, to: id });
      used.add(id);
      all.push(id === entry.id ? entry : { ...entry, id });
    }
  }
  const entries = sortByPartialDate(all, (e) => e.date);

  // Entries are in order of when they start: compare each only with those starting within a
  // month after it (an open-ended start compares with everything after it).
  const keyed = entries.map((e) => ({ entry: e, words: words(e), start: statedStart(e.date) }));
  const duplicates: DuplicateSuggestion[] = [];
  for (let i = 0; i < keyed.length; i++) {
    const a = keyed[i]!;
    for (let j = i + 1; j < keyed.length && (!Number.isFinite(a.start) || keyed[j]!.start - a.start <= 31); j++) {
      const b = keyed[j]!;
      if (!partialDatesOverlap(a.entry.date, b.entry.date)) continue;
      const score = similarity(a.words, b.words);
      if (score >= threshold) duplicates.push({ first: a.entry.id, second: b.entry.id, similarity: Math.round(score * 100) / 100 });
    }
  }
  return { entries, duplicates, renamed };
}
