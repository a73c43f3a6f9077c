/**
 * CSV that opens cleanly in Excel and cannot attack it: UTF-8 with a byte-order mark (so
 * Excel reads "Cymraeg" and "’" correctly), CRLF line ends, RFC 4180 quoting, and cells that
 * start with = + - @ (which Excel would run as formulas) neutralised with a leading
 * apostrophe. The parser reads it back, reports each broken row with its line number and
 * carries on, and is safe on very large or hostile files.
 */
import { draft, type LocalisedText } from '../localised-text.js';

export type Cell = string | number | boolean | null | undefined;

// OWASP's list: a cell starting with any of these can be read as a formula. Text that already
// starts with apostrophes before one of them gets one more, so import can tell the two apart.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Makes a text cell safe from formula injection; numbers and booleans need no help. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralise(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: a header row, then one row per record. */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>, options: { bom?: boolean } = {}): string {
  const lines = [headers.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))];
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

export type CsvErrorCode = 'wrong-encoding' | 'unterminated-quote' | 'stray-quote' | 'empty';

export interface CsvError {
  /** 1-based line number in the file where the row starts (0 for the whole file). */
  readonly line: number;
  readonly code: CsvErrorCode;
  readonly text: LocalisedText;
}

export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly errors: readonly CsvError[];
}

const MESSAGES: Record<CsvErrorCode, LocalisedText> = {
  'wrong-encoding': draft(
    'The file is not saved as UTF-8 text. In Excel, save it again choosing “CSV UTF-8 (Comma delimited)”.',
    'Nid yw’r ffeil wedi’i chadw fel testun UTF-8. Yn Excel, cadwch hi eto gan ddewis “CSV UTF-8 (Comma delimited)”.',
  ),
  'unterminated-quote': draft(
    'A quoted cell is never closed, so the rest of the file cannot be read. Check for a missing closing quotation mark.',
    'Nid yw cell mewn dyfynodau byth yn cael ei chau, felly ni ellir darllen gweddill y ffeil. Chwiliwch am ddyfynnod cau sydd ar goll.',
  ),
  'stray-quote': draft(
    'This row has a quotation mark in the middle of a cell. Put the whole cell in quotation marks and double any inside it.',
    'Mae dyfynnod yng nghanol cell yn y rhes hon. Rhowch y gell gyfan mewn dyfynodau a dyblwch unrhyw rai y tu mewn iddi.',
  ),
  empty: draft('The file has no header row.', 'Nid oes rhes pennawd yn y ffeil.'),
};

export function csvError(line: number, code: CsvErrorCode): CsvError {
  return { line, code, text: MESSAGES[code] };
}

/** Undoes {@link neutralise} on import, so exported text comes back unchanged. */
export function unneutralise(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * Reads CSV text (RFC 4180; CRLF, LF or CR line ends; a byte-order mark is ignored). Rows
 * with broken quoting are reported and skipped; the others are kept.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '');
  const errors: CsvError[] = [];
  // U+FFFD is what a non-UTF-8 file (Windows-1252 from older Excel) decodes to; NULs mean UTF-16.
  if (text.includes('\uFFFD') || text.includes('\u0000')) return { headers: [], rows: [], errors: [csvError(0, 'wrong-encoding')] };

  const rows: CsvRow[] = [];
  let line = 1;
  let rowStart = 1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let broken = false;
  let i = 0;

  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (broken) errors.push(csvError(rowStart, 'stray-quote'));
    else if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowStart, cells });
    cells = [];
    broken = false;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      else if (ch === '\r' && text[i + 1] !== '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (!fieldStarted && field === '') quoted = true;
      else broken = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowStart = line;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (quoted) {
    errors.push(csvError(rowStart, 'unterminated-quote'));
  } else if (field !== '' || cells.length) {
    endRow();
  }

  const [header, ...body] = rows;
  if (!header) return { headers: [], rows: [], errors: errors.length ? errors : [csvError(0, 'empty')] };
  return { headers: header.cells.map((h) => h.trim()), rows: body, errors };
}
