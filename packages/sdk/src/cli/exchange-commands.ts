// `slk export`, `slk redact` and `slk import-chronology`.
import type { Locale } from '../locale.js';
import { draft, localise } from '../localised-text.js';
import { parsePseudonymKey } from '../model/validate.js';
import type { ValidationError } from '../model/messages.js';
import type { PseudonymKey, Review } from '../model/schemas.js';
import { toValidationErrors } from '../model/issues.js';
import { chronologyMappingSchema, importChronologyCsv, mergeChronologies, type ChronologyMappingFile } from '../exchange/chronology.js';
import { ExportError, exportReview, type ExportFormat } from '../exchange/export.js';
import { REDACTION_RULE_LABELS, RedactionError, isAudience, type Audience, type RedactionReport, type RedactionRule } from '../exchange/redact.js';
import { CliError, EXIT, readJson, readText, type CliIo } from './io.js';
import { localeOption as locale, todayOption as today, type Command, type ParsedArgs } from './command.js';
import { readReview } from './review-commands.js';

const W = {
  exported: draft('Redacted for {audience}{key}.', 'Wedi’i olygu ar gyfer {audience}{key}.'),
  withKey: draft(', using the pseudonym key', ', gan ddefnyddio’r allwedd ffugenwau'),
  noKey: draft(
    'No pseudonym key given: names and details only the key knows were not searched for. Add --key KEY.json.',
    'Ni roddwyd allwedd ffugenwau: ni chwiliwyd am enwau a manylion y mae’r allwedd yn unig yn eu gwybod. Ychwanegwch --key KEY.json.',
  ),
  nothing: draft('Nothing needed changing.', 'Nid oedd angen newid dim.'),
  withheld: draft(
    'Withheld: {chronology} chronology entries, {episodes} key practice episodes, {factors} contributory factors, {patterns} patterns.',
    'Wedi’u dal yn ôl: {chronology} cofnod cronoleg, {episodes} cyfnod ymarfer allweddol, {factors} ffactor cyfrannol, {patterns} patrwm.',
  ),
  keptDates: draft(
    'Action plan dates (agreed, due, completed, evidence, impact reviews) stay exact: they record the partnership’s work, not the family’s.',
    'Mae dyddiadau’r cynllun gweithredu (cytuno, dyledus, cwblhau, tystiolaeth, adolygiadau effaith) yn aros yn union: maent yn cofnodi gwaith y bartneriaeth, nid y teulu.',
  ),
  wrote: draft('Wrote {file}.', 'Ysgrifennwyd {file}.'),
  logged: draft('Logged the override in {file}.', 'Cofnodwyd y diystyru yn {file}.'),
  imported: draft('Imported {entries} entries from {files} files; {failed} rows could not be imported.', 'Mewnforiwyd {entries} cofnod o {files} ffeil; ni ellid mewnforio {failed} rhes.'),
  duplicate: draft('Possible duplicate: {first} and {second} ({percent}% of words shared). Check and remove one if they record the same event.', 'Dyblyg posibl: {first} a {second} ({percent}% o eiriau’n gyffredin). Gwiriwch a thynnwch un os ydynt yn cofnodi’r un digwyddiad.'),
  renamed: draft('Entry id {from} was used by an earlier file: renamed {to}.', 'Defnyddiwyd dynodydd cofnod {from} gan ffeil gynharach: ailenwyd yn {to}.'),
};

function printErrors(path: string, errors: readonly ValidationError[], io: CliIo): void {
  for (const error of errors) io.stderr(`${path}: ${error.path || '(document)'}: ${error.message}`);
}

function audienceOption(args: ParsedArgs): Audience {
  const value = args.values['audience'];
  if (!isAudience(value)) throw new CliError('Give --audience internal, panel or publication: every export says who it is for.');
  return value;
}

async function keyOption(args: ParsedArgs, io: CliIo, lang: Locale): Promise<PseudonymKey | undefined | null> {
  const path = args.values['key'];
  if (typeof path !== 'string') return undefined;
  const result = parsePseudonymKey(await readJson(io, path), { locale: lang });
  if (result.ok) return result.key;
  printErrors(path, result.errors, io);
  return null;
}

function printReport(report: RedactionReport, lang: Locale, io: CliIo, everyChange: boolean): void {
  io.stderr(localise(W.exported, lang, { audience: report.audience, key: report.usedKey ? localise(W.withKey, lang) : '' }));
  const { withheld } = report;
  if (Object.values(withheld).some(Boolean)) {
    io.stderr(`  ${localise(W.withheld, lang, { chronology: withheld.chronology, episodes: withheld.keyPracticeEpisodes, factors: withheld.contributoryFactors, patterns: withheld.patterns })}`);
  }
  const counts = (Object.entries(report.counts) as Array<[RedactionRule, number]>).filter(([rule]) => rule !== 'withheld');
  if (!counts.length && !report.changes.length) io.stderr(`  ${localise(W.nothing, lang)}`);
  for (const [rule, n] of counts) io.stderr(`  ${String(n).padStart(4)} × ${localise(REDACTION_RULE_LABELS[rule], lang)}`);
  if (everyChange) for (const change of report.changes) io.stderr(`  ${change.path}: ${localise(REDACTION_RULE_LABELS[change.rule], lang)}`);
  if (report.audience === 'publication') io.stderr(localise(W.keptDates, lang));
  if (!report.usedKey && report.audience !== 'internal') io.stderr(localise(W.noKey, lang));
}

async function output(args: ParsedArgs, io: CliIo, lang: Locale, contents: string): Promise<void> {
  const out = args.values['out'];
  if (typeof out !== 'string') {
    io.write(contents);
    return;
  }
  try {
    await io.writeFile(out, contents);
  } catch {
    throw new CliError(`${out}: cannot be written (check the folder exists and you may write to it).`);
  }
  io.stderr(localise(W.wrote, lang, { file: out }));
}

const REDACTION_OPTIONS = {
  audience: { type: 'string' },
  key: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'boolean' },
  locale: { type: 'string' },
} as const;

async function run(args: ParsedArgs, io: CliIo, format: ExportFormat, audience: Audience): Promise<number> {
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) throw new CliError('Give one review file.');
  const lang = locale(args);
  const review: Review | undefined = await readReview(file, io, lang);
  const key = await keyOption(args, io, lang);
  if (!review || key === null) return EXIT.invalid;
  const role = args.values['role'];
  const reason = args.values['reason'];
  const auditLog = args.values['audit-log'];
  try {
    const result = await exportReview(review, {
      audience,
      format,
      locale: lang,
      now: io.now(),
      today: today(args, io),
      ...(key ? { key } : {}),
      ...(typeof role === 'string' || typeof reason === 'string' ? { override: { role: String(role ?? ''), reason: String(reason ?? '') } } : {}),
      ...(typeof auditLog === 'string'
        ? {
            audit: async (entry) => {
              try {
                await io.appendFile(auditLog, `${JSON.stringify(entry)}\n`);
              } catch {
                throw new CliError(`${auditLog}: the audit log cannot be written, so nothing was exported.`);
              }
              io.stderr(localise(W.logged, lang, { file: auditLog }));
            },
          }
        : {}),
    });
    await output(args, io, lang, result.contents);
    printReport(result.report, lang, io, Boolean(args.values['report']));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ExportError) {
      const hint = error.reason === 'auditRequired' ? ' Add --audit-log FILE.' : error.reason.startsWith('override') ? ' Add --role ROLE --reason "WHY".' : '';
      throw new CliError(`${localise(error.text, lang)}.${hint}`);
    }
    if (error instanceof RedactionError) {
      io.stderr(`${localise(error.text, lang)}:`);
      printErrors(error.reason === 'key' ? String(args.values['key']) : file, error.errors, io);
      return EXIT.invalid;
    }
    throw error;
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a review for an audience (internal, panel, publication) as JSON, CSV or iCalendar.',
  usage:
    'slk export FILE --audience internal|panel|publication [--format json|csv|ics] [--table chronology|actions] [--key KEY.json] [--out FILE] [--report] [--today YYYY-MM-DD] [--locale en-GB|cy] [--role ROLE --reason TEXT --audit-log LOG]',
  details: [
    'Every export is redacted for its audience first; what changed is summarised on standard error.',
    '--audience      panel: records marked internal withheld, free text scanned for identifying details',
    '                publication: only records marked publication, dates of events to the month, staff',
    '                names replaced by roles, free text scanned, links, milestones and the decision removed',
    '                internal: not redacted; needs --role, --reason (10 characters or more) and --audit-log',
    '--format        json (the whole review, default), csv, or ics (action deadlines and impact reviews)',
    '--table         with --format csv: chronology (default) or actions',
    '--key KEY.json  the pseudonym key, so names and details it knows are found in free text',
    '--report        list every change (field and rule, never the text)',
    '--out FILE      write to FILE instead of standard output',
    '--today         the date RAG ratings in the action plan CSV are judged on',
  ],
  options: { ...REDACTION_OPTIONS, format: { type: 'string' }, table: { type: 'string' }, today: { type: 'string' }, role: { type: 'string' }, reason: { type: 'string' }, 'audit-log': { type: 'string' } },
  async run(args, io) {
    const audience = audienceOption(args);
    const format = args.values['format'] ?? 'json';
    const table = args.values['table'] ?? 'chronology';
    if (format !== 'json' && format !== 'csv' && format !== 'ics') throw new CliError('--format must be json, csv or ics.');
    if (table !== 'chronology' && table !== 'actions') throw new CliError('--table must be chronology or actions.');
    if (args.values['table'] !== undefined && format !== 'csv') throw new CliError('--table goes with --format csv.');
    return run(args, io, format === 'csv' ? (table === 'actions' ? 'actions-csv' : 'chronology-csv') : format, audience);
  },
};

export const redact: Command = {
  name: 'redact',
  summary: 'Redact a review for the panel or publication: a valid review as JSON, and a report.',
  usage: 'slk redact FILE --audience panel|publication [--key KEY.json] [--out FILE] [--report] [--locale en-GB|cy]',
  details: [
    'Writes the redacted review to standard output (or --out) and what changed to standard error.',
    'Redacting again changes nothing. For an unredacted internal copy, use slk export --audience internal.',
  ],
  options: REDACTION_OPTIONS,
  async run(args, io) {
    const audience = audienceOption(args);
    if (audience === 'internal') throw new CliError('An internal copy is not redacted: use slk export --audience internal, which logs why it was needed.');
    return run(args, io, 'json', audience);
  },
};

async function readMapping(io: CliIo, path: string, lang: Locale): Promise<ChronologyMappingFile | undefined> {
  const input = await readJson(io, path);
  const result = chronologyMappingSchema.safeParse(input);
  if (result.success) return result.data;
  printErrors(path, toValidationErrors(chronologyMappingSchema, result.error.issues, input, lang), io);
  return undefined;
}

export const importChronology: Command = {
  name: 'import-chronology',
  summary: 'Read agencies’ chronology spreadsheets through column mappings and merge them.',
  usage: 'slk import-chronology --map MAP.json [--map MAP.json…] [--review FILE] [--out FILE] [--locale en-GB|cy] CSV…',
  details: [
    'Prints the merged chronology (JSON, in date order) to standard output; rows that could not be',
    'read, likely duplicates and renamed ids go to standard error. Good rows import even when others',
    'fail; the exit status is then 1.',
    '--map MAP.json  which of your headings holds each field, e.g. {"columns": {"date": "Date of contact",',
    '                "source": "Record", "event": "Summary"}, "agency": "POLICE"}. One for every file, or',
    '                one per file in the same order. See docs/sdk/storage.md.',
    '--review FILE   match agencies and people to this review (or list "agencies" in the mapping)',
  ],
  options: { map: { type: 'string', multiple: true }, review: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string' } },
  async run(args, io) {
    const lang = locale(args);
    const files = args.positionals;
    const mapPaths = (args.values['map'] as unknown as string[] | undefined) ?? [];
    if (!files.length) throw new CliError('Give at least one CSV file.');
    if (!mapPaths.length) throw new CliError('Give a column mapping: --map MAP.json.');
    if (mapPaths.length !== 1 && mapPaths.length !== files.length) throw new CliError('Give one --map for all the files, or one per file in the same order.');
    const mappings: ChronologyMappingFile[] = [];
    for (const path of mapPaths) {
      const mapping = await readMapping(io, path, lang);
      if (!mapping) return EXIT.invalid;
      mappings.push(mapping);
    }
    const reviewPath = args.values['review'];
    const review = typeof reviewPath === 'string' ? await readReview(reviewPath, io, lang) : undefined;
    if (typeof reviewPath === 'string' && !review) return EXIT.invalid;

    const sources = [];
    let failed = 0;
    for (const [i, file] of files.entries()) {
      const mapping = mappings[mappings.length === 1 ? 0 : i]!;
      const agencies = review?.agencies ?? mapping.agencies ?? [];
      if (!agencies.length) throw new CliError('Give --review FILE, or list "agencies" in the mapping, so rows can be matched to agencies.');
      const result = importChronologyCsv(await readText(io, file), mapping, { agencies, ...(review ? { subjects: review.subjects } : {}) }, lang);
      for (const error of result.errors) io.stderr(`${file}:${error.line}:${error.column ? ` ${error.column}:` : ''} ${error.text[lang]}`);
      failed += new Set(result.errors.map((e) => e.line)).size;
      sources.push(result.entries);
    }
    const merged = mergeChronologies(sources);
    for (const r of merged.renamed) io.stderr(localise(W.renamed, lang, r));
    for (const d of merged.duplicates) io.stderr(localise(W.duplicate, lang, { first: d.first, second: d.second, percent: Math.round(d.similarity * 100) }));
    io.stderr(localise(W.imported, lang, { entries: merged.entries.length, files: files.length, failed }));
    await output(args, io, lang, `${JSON.stringify(merged.entries, null, 2)}\n`);
    return failed ? EXIT.invalid : EXIT.ok;
  },
};
