// The `slk` command line. bin/slk.js calls main(); tests call it with a fake CliIo.
import { parseArgs } from 'node:util';
import type { Command } from './command.js';
import { CliError, EXIT, nodeIo, type CliIo } from './io.js';
import { addWorkingDaysCommand, clocks, holidays } from './time-commands.js';
import { summary, trace, validate } from './review-commands.js';
import { exportCommand, importChronology, redact } from './exchange-commands.js';

export const COMMANDS: readonly Command[] = [validate, summary, trace, clocks, holidays, addWorkingDaysCommand, exportCommand, redact, importChronology];

function overview(): string[] {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'slk: the Safeguarding Learning Kit SDK on the command line.',
    '',
    'Usage: slk <command> [options]    (slk <command> --help for its options)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Exit status: 0 done; 1 the input is not valid; 2 bad arguments, or a file that cannot be read or is not JSON.',
  ];
}

function help(command: Command): string[] {
  return [command.summary, '', `Usage: ${command.usage}`, ...(command.details?.length ? ['', ...command.details] : [])];
}

/** `--days -1` means minus one, not an option called `-1`: join negative numbers to their option. */
function joinNegativeNumbers(args: readonly string[], command: Command): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([\w-]+)$/.exec(args[i]!)?.[1];
    const next = args[i + 1];
    if (name && command.options[name]?.type === 'string' && next !== undefined && /^-\d+$/.test(next)) {
      joined.push(`--${name}=${next}`);
      i++;
    } else {
      joined.push(args[i]!);
    }
  }
  return joined;
}

/** Runs `slk` with `argv` (without `node` and the script); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    overview().forEach((line) => io.stdout(line));
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`slk: there is no command called "${name.slice(0, 40)}". Run slk --help to see the commands.`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    help(command).forEach((line) => io.stdout(line));
    return EXIT.ok;
  }
  try {
    const parsed = parseArgs({ args: joinNegativeNumbers(rest, command), options: command.options, allowPositionals: true, strict: true });
    return await command.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`slk ${command.name}: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`slk ${command.name}: ${error.message.replace(/\. To specify.*$/s, '.')}`);
      io.stderr(`Usage: ${command.usage}`);
      return EXIT.usage;
    }
    throw error;
  }
}
