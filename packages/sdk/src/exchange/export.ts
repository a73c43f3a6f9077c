/**
 * Exporting a review: always for a named audience, always through redaction. The formats
 * are the whole review as JSON, the chronology or the action plan as CSV, and the action
 * plan's dates as iCalendar.
 *
 * An `internal` export is the review unredacted: special-category data about a child and
 * family. It needs an explicit override (who is asking, and why), and the override is
 * written to the audit log before the file is handed over. If the log cannot be written,
 * there is no file.
 */
import { draft, type LocalisedText } from '../localised-text.js';
import type { Locale } from '../locale.js';
import type { PseudonymKey, Review } from '../model/schemas.js';
import type { AuditEntry } from '../storage/store.js';
import { todayInUk, type IsoDate } from '../time/calendar-date.js';
import { actionsToCsv } from './actions.js';
import { chronologyToCsv } from './chronology.js';
import { actionsToIcs } from './ics.js';
import { AUDIENCE_PROFILES, isAudience, redactReview, type Audience, type RedactionReport } from './redact.js';

export const EXPORT_FORMATS = ['json', 'chronology-csv', 'actions-csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Who is exporting without redaction, and why. Kept in the audit log. */
export interface ExportOverride {
  /** A role, such as "Partnership business manager"; not a name. */
  readonly role: string;
  /** At least 10 characters: why an unredacted copy is needed. */
  readonly reason: string;
}

export interface ExportOptions {
  /** Who the copy is for. Required: there is no default audience. */
  readonly audience: Audience;
  readonly format: ExportFormat;
  /** The pseudonym key, so names and details it knows are found in free text. */
  readonly key?: PseudonymKey;
  /** Required for `internal`: the copy is not redacted. */
  readonly override?: ExportOverride;
  /** Where overrides are logged, such as `store.audit`. Required with an override. */
  readonly audit?: (entry: AuditEntry) => Promise<void> | void;
  /** When the export is made (an ISO instant). Default now. */
  readonly now?: string;
  /** The day RAG ratings in the action plan are worked out for. Default today in the UK. */
  readonly today?: IsoDate;
  readonly locale?: Locale;
}

export interface ExportResult {
  /** A file name that says the audience: `child-j-publication.json`. */
  readonly filename: string;
  readonly mimeType: string;
  readonly contents: string;
  readonly report: RedactionReport;
}

const EXPORT_FAILURES = {
  audience: draft('Choose who the export is for: internal, panel or publication', 'Dewiswch ar gyfer pwy mae’r allforio: internal, panel neu publication'),
  format: draft('Choose the format: json, chronology-csv, actions-csv or ics', 'Dewiswch y fformat: json, chronology-csv, actions-csv neu ics'),
  overrideRequired: draft(
    'An internal export is not redacted. Give your role and the reason an unredacted copy is needed; both are logged',
    'Nid yw allforio mewnol wedi’i olygu. Rhowch eich rôl a’r rheswm y mae angen copi heb ei olygu; cofnodir y ddau',
  ),
  overrideIncomplete: draft(
    'Give your role and a reason of at least 10 characters for exporting without redaction',
    'Rhowch eich rôl a rheswm o 10 nod o leiaf dros allforio heb olygu',
  ),
  auditRequired: draft(
    'An export without redaction must be logged: give the export somewhere to write its audit entry',
    'Rhaid cofnodi allforio heb olygu: rhowch rywle i’r allforio ysgrifennu ei gofnod archwilio',
  ),
} satisfies Record<string, LocalisedText>;

export type ExportFailure = keyof typeof EXPORT_FAILURES;

/** The export was refused; nothing was produced. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
  readonly text: LocalisedText;
  constructor(readonly reason: ExportFailure) {
    super(EXPORT_FAILURES[reason]['en-GB']);
    this.text = EXPORT_FAILURES[reason];
  }
}

const FILES: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  json: { suffix: '.json', mimeType: 'application/json' },
  'chronology-csv': { suffix: '-chronology.csv', mimeType: 'text/csv;charset=utf-8' },
  'actions-csv': { suffix: '-action-plan.csv', mimeType: 'text/csv;charset=utf-8' },
  ics: { suffix: '-action-plan.ics', mimeType: 'text/calendar;charset=utf-8' },
};

/**
 * Checks the override of an unredacted export (a role, and a reason of at least 10
 * characters) and logs it before anything is produced: no log, no file. Every unredacted
 * export goes through it: `exportReview`, and the components' own CSV, calendar and image
 * downloads. Throws {@link ExportError}.
 */
export async function logUnredactedExport(options: {
  readonly reviewId: string;
  readonly audience: Audience;
  readonly override: ExportOverride | undefined;
  readonly audit: ExportOptions['audit'];
  readonly now?: string;
}): Promise<void> {
  const { override, audit } = options;
  if (!override) throw new ExportError('overrideRequired');
  if (!override.role.trim() || override.reason.trim().length < 10) throw new ExportError('overrideIncomplete');
  if (!audit) throw new ExportError('auditRequired');
  const at = options.now ?? new Date().toISOString();
  await audit({ at, action: 'export-without-redaction', reviewId: options.reviewId, audience: options.audience, role: override.role.trim(), reason: override.reason.trim() });
}

/**
 * Exports `review` for an audience. Throws {@link ExportError} when the audience or format is
 * missing, or an unredacted export lacks its logged override, and `RedactionError` when the
 * key does not fit the review.
 */
export async function exportReview(review: Review, options: ExportOptions): Promise<ExportResult> {
  const { audience, format } = options;
  if (!isAudience(audience)) throw new ExportError('audience');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new ExportError('format');
  const now = options.now ?? new Date().toISOString();
  const locale = options.locale ?? 'en-GB';

  if (AUDIENCE_PROFILES[audience].needsOverride) await logUnredactedExport({ reviewId: review.id, audience, override: options.override, audit: options.audit, now });

  const { review: copy, report } = redactReview(review, { audience, locale, ...(options.key ? { key: options.key } : {}) });
  const today = options.today ?? todayInUk(new Date(now));
  const contents =
    format === 'json'
      ? `${JSON.stringify(copy, null, 2)}\n`
      : format === 'chronology-csv'
        ? chronologyToCsv(copy, locale)
        : format === 'actions-csv'
          ? actionsToCsv(copy, { today, locale })
          : actionsToIcs(copy, { now, locale });
  const file = FILES[format];
  return { filename: `${review.id}-${audience}${file.suffix}`, mimeType: file.mimeType, contents, report };
}
