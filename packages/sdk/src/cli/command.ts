import type { ParseArgsConfig } from 'node:util';
import { LOCALES, isLocale, type Locale } from '../locale.js';
import { isIsoDate, type IsoDate } from '../time/calendar-date.js';
import { CliError, type CliIo } from './io.js';

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: readonly string[];
}

/** One `slk` subcommand. */
export interface Command {
  readonly name: string;
  /** One line for `slk --help`. */
  readonly summary: string;
  readonly usage: string;
  /** Extra lines for `slk <command> --help`. */
  readonly details?: readonly string[];
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** `--locale`, checked; British English when not given. */
export function localeOption(args: ParsedArgs): Locale {
  const value = args.values['locale'] ?? 'en-GB';
  if (!isLocale(value)) throw new CliError(`--locale must be one of: ${LOCALES.join(', ')}.`);
  return value;
}

/** `--today`, checked; today's UK date when not given. */
export function todayOption(args: ParsedArgs, io: CliIo): IsoDate {
  const value = args.values['today'] ?? io.today();
  if (!isIsoDate(value)) throw new CliError('--today must be a real date in the form YYYY-MM-DD, for example 2026-11-21.');
  return value;
}
