// `slk holidays`, `slk add-working-days` and `slk clocks`.
import * as z from 'zod/mini';
import { localise, draft } from '../localised-text.js';
import { isIsoDate } from '../time/calendar-date.js';
import { NATION_LIST } from '../model/codes.js';
import { choice, entity, field, isoDate, text } from '../model/fields.js';
import { toValidationErrors } from '../model/issues.js';
import { DIVISIONS, createCalendar, isDivision, defaultCalendar, CalendarConfigError, type Calendar } from '../time/bank-holidays.js';
import { addWorkingDays } from '../time/working-days.js';
import { DEFAULT_CLOCKS, clockDefinitionSchema, computeClocks, type ClockStatus } from '../time/clocks.js';
import { formatIsoDate } from '../time/format.js';
import { CliError, EXIT, readJson, type CliIo } from './io.js';
import type { Locale } from '../locale.js';
import { localeOption as locale, todayOption, type Command, type ParsedArgs } from './command.js';

function division(args: ParsedArgs) {
  const value = args.values['division'];
  if (!isDivision(value)) throw new CliError(`--division must be one of: ${DIVISIONS.join(', ')}.`);
  return value;
}

async function calendar(args: ParsedArgs, io: CliIo): Promise<Calendar> {
  const path = args.values['calendar'];
  if (typeof path !== 'string') return defaultCalendar;
  const config = await readJson(io, path);
  const changes = Array.isArray(config) ? config : (config as { changes?: unknown })?.changes;
  if (!Array.isArray(changes)) throw new CliError(`${path}: expected a list of calendar changes, or { "changes": [...] }.`, EXIT.invalid);
  try {
    return createCalendar({ changes });
  } catch (error) {
    if (error instanceof CalendarConfigError) throw new CliError(`${path}: ${error.message}`, EXIT.invalid);
    throw error;
  }
}

const SUBSTITUTE = draft('substitute day', 'diwrnod yn lle');

/** These commands take only options: a stray word usually means a mistyped option. */
function noPositionals(args: ParsedArgs, command: string): void {
  if (args.positionals.length) throw new CliError(`slk ${command} takes only options: see slk ${command} --help.`);
}

/** Runs an SDK call, turning its range errors (a year outside the calendar) into usage errors. */
function sdk<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
}

export const holidays: Command = {
  name: 'holidays',
  summary: 'List the bank holidays of a division in a year, one ISO date per line.',
  usage: 'slk holidays --division <england-and-wales|scotland|northern-ireland> --year <YYYY> [--titles] [--locale en-GB|cy] [--calendar FILE]',
  details: [
    '--titles        also print each holiday’s name',
    '--calendar FILE extra proclaimed changes (JSON list of { kind: add|move|remove, divisions, … })',
  ],
  options: { division: { type: 'string' }, year: { type: 'string' }, titles: { type: 'boolean' }, locale: { type: 'string' }, calendar: { type: 'string' } },
  async run(args, io) {
    noPositionals(args, 'holidays');
    const d = division(args);
    const yearText = args.values['year'];
    if (typeof yearText !== 'string' || !/^\d{4}$/.test(yearText)) throw new CliError('--year must be a four-digit year, for example 2026.');
    const cal = await calendar(args, io);
    sdk(() => cal.bankHolidays(d, Number(yearText)));
    const lang = locale(args);
    for (const event of cal.bankHolidayEvents(d, Number(yearText))) {
      if (args.values['titles']) {
        const note = event.substitute ? ` (${localise(SUBSTITUTE, lang)})` : '';
        io.stdout(`${event.date}  ${localise(event.title, lang)}${note}`);
      } else {
        io.stdout(event.date);
      }
    }
    return EXIT.ok;
  },
};

export const addWorkingDaysCommand: Command = {
  name: 'add-working-days',
  summary: 'Print the date a number of working days after (or, if negative, before) a date.',
  usage: 'slk add-working-days --division <england-and-wales|scotland|northern-ireland> --from <YYYY-MM-DD> --days <N> [--calendar FILE]',
  details: ['Day 1 is the first working day after --from, as statutory time limits are counted.'],
  options: { division: { type: 'string' }, from: { type: 'string' }, days: { type: 'string' }, calendar: { type: 'string' } },
  async run(args, io) {
    noPositionals(args, 'add-working-days');
    const d = division(args);
    const from = args.values['from'];
    if (!isIsoDate(from)) throw new CliError('--from must be a real date in the form YYYY-MM-DD, for example 2026-11-06.');
    const days = args.values['days'];
    if (typeof days !== 'string' || !/^-?\d+$/.test(days)) throw new CliError('--days must be a whole number, for example 15.');
    const cal = await calendar(args, io);
    io.stdout(sdk(() => addWorkingDays(from, Number(days), d, cal)));
    return EXIT.ok;
  },
};

/** What `slk clocks` needs from a review file; full review documents carry these fields. */
const clockFileSchema = entity(
  z.object({
    type: text('the review type', 'y math o adolygiad', 80),
    nation: choice(NATION_LIST, 'the nation', 'y wlad'),
    milestones: field(
      z.record(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), isoDate('the milestone date', 'dyddiad y garreg filltir')),
      'object',
      'the review’s milestone dates',
      'dyddiadau cerrig milltir yr adolygiad',
    ),
  }),
  'a review',
  'adolygiad',
);

const definitionsSchema = z.array(clockDefinitionSchema);

/** Prints each problem as `FILE: path: message` in the chosen language. */
function report(io: CliIo, file: string, schema: unknown, issues: readonly unknown[], data: unknown, lang: Locale): void {
  for (const error of toValidationErrors(schema, issues, data, lang)) io.stderr(`${file}: ${error.path || '(document)'}: ${error.message}`);
}

const STATE_WORDS = {
  'not-started': draft('not started', 'heb ddechrau'),
  running: draft('running', 'ar waith'),
  'due-soon': draft('due soon', 'yn ddyledus cyn bo hir'),
  'due-today': draft('due today', 'yn ddyledus heddiw'),
  overdue: draft('overdue', 'yn hwyr'),
  met: draft('met', 'wedi’i gyflawni'),
};
const PHRASES = {
  deadline: draft('deadline {date}', 'dyddiad cau {date}'),
  started: draft('started {date}', 'dechreuwyd {date}'),
  metOn: draft('on {date}', 'ar {date}'),
  late: draft('late', 'yn hwyr'),
  left: draft('{n} working {days} left', '{n} diwrnod gwaith ar ôl'),
  over: draft('{n} working {days} over', '{n} diwrnod gwaith dros amser'),
  none: draft('No statutory clocks apply to this review.', 'Nid oes clociau statudol yn berthnasol i’r adolygiad hwn.'),
};

function describe(status: ClockStatus, lang: Locale): string {
  const words = [localise(STATE_WORDS[status.state], lang)];
  if (status.metOn) words[0] += ` ${localise(PHRASES.metOn, lang, { date: formatIsoDate(status.metOn, lang) })}${status.metLate ? ` (${localise(PHRASES.late, lang)})` : ''}`;
  if (status.workingDaysRemaining !== undefined && status.state !== 'due-today') {
    const n = status.workingDaysRemaining;
    words.push(localise(n >= 0 ? PHRASES.left : PHRASES.over, lang, { n: Math.abs(n), days: Math.abs(n) === 1 ? 'day' : 'days' }));
  }
  const context = [];
  if (status.startedOn) context.push(localise(PHRASES.started, lang, { date: formatIsoDate(status.startedOn, lang) }));
  if (status.deadline) context.push(localise(PHRASES.deadline, lang, { date: formatIsoDate(status.deadline, lang) }));
  return `${localise(status.label, lang)}: ${words.join(', ')}${context.length ? ` (${context.join(', ')})` : ''}`;
}

export const clocks: Command = {
  name: 'clocks',
  summary: 'Show each statutory clock of a review with its deadline and state.',
  usage: 'slk clocks FILE [--today YYYY-MM-DD] [--json] [--locale en-GB|cy] [--definitions FILE] [--calendar FILE]',
  details: [
    'FILE is a review (or any JSON) with "type", "nation" and "milestones" (milestone → YYYY-MM-DD).',
    '--today         the date to measure from (default: today in the UK)',
    '--definitions   extra clock definitions (JSON list), added to the built-in ones',
  ],
  options: { today: { type: 'string' }, json: { type: 'boolean' }, locale: { type: 'string' }, definitions: { type: 'string' }, calendar: { type: 'string' } },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length) throw new CliError('Give one review file: slk clocks FILE.');
    const today = todayOption(args, io);
    const lang = locale(args);
    const input = await readJson(io, file);
    const parsed = clockFileSchema.safeParse(input);
    if (!parsed.success) {
      report(io, file, clockFileSchema, parsed.error.issues, input, lang);
      return EXIT.invalid;
    }
    let definitions;
    const definitionsPath = args.values['definitions'];
    if (typeof definitionsPath === 'string') {
      const list = await readJson(io, definitionsPath);
      const result = definitionsSchema.safeParse(list);
      if (!result.success) {
        report(io, definitionsPath, definitionsSchema, result.error.issues, list, lang);
        return EXIT.invalid;
      }
      definitions = [...DEFAULT_CLOCKS, ...result.data];
    }
    const statuses = computeClocks(parsed.data, { today, calendar: await calendar(args, io), ...(definitions ? { definitions } : {}) });
    if (args.values['json']) {
      io.stdout(JSON.stringify({ today, clocks: statuses }, null, 2));
    } else if (statuses.length === 0) {
      io.stdout(localise(PHRASES.none, lang));
    } else {
      for (const status of statuses) io.stdout(describe(status, lang));
    }
    return EXIT.ok;
  },
};
