import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';

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
