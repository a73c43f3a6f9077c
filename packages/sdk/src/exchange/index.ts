/** Import, export and redaction. */
export { toCsv, parseCsv, neutralise, unneutralise, type Cell, type CsvError, type CsvErrorCode, type CsvRow, type ParsedCsv } from './csv.js';
export { parseDateText, type DateTextOptions, type DateTextResult } from './date-text.js';
export {
  CHRONOLOGY_COLUMNS,
  KIT_CSV_MAPPING,
  chronologyToCsv,
  importChronologyCsv,
  mergeChronologies,
  type ChronologyImport,
  type ChronologyMapping,
  type DuplicateSuggestion,
  type ImportContext,
  type RowError,
} from './chronology.js';
export { ACTION_COLUMNS, actionsToCsv, type ActionsCsvOptions } from './actions.js';
export { actionsToIcs, type IcsOptions } from './ics.js';
export { REDACTION_PLACEHOLDERS, isNhsNumber, textScanner, type ScanPerson, type TextRule, type TextScanner, type TextScannerOptions, type TextScanResult } from './scan.js';
export {
  AUDIENCE_LIST,
  AUDIENCE_PROFILES,
  REDACTION_RULE_LABELS,
  RedactionError,
  dateToMonth,
  isAudience,
  redactReview,
  reidentify,
  visibleTo,
  type Audience,
  type AudienceProfile,
  type RedactOptions,
  type RedactionChange,
  type RedactionReport,
  type RedactionRule,
} from './redact.js';
export { EXPORT_FORMATS, ExportError, exportReview, logUnredactedExport, type ExportFailure, type ExportFormat, type ExportOptions, type ExportOverride, type ExportResult } from './export.js';
