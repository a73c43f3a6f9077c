import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { todayInUk, type IsoDate } from '../time/calendar-date.js';

/** What a command may touch: injected so tests run commands without a process. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  /** Writes text to standard output as it is (CSV and iCalendar keep their CRLF line ends). */
  readonly write: (text: string) => void;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  readonly appendFile: (path: string, text: string) => Promise<void>;
  readonly today: () => IsoDate;
  /** The current instant, ISO 8601. */
  readonly now: () => string;
}

export function nodeIo(): CliIo {
  // `slk … | head` closes the pipe early: stop quietly, as command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    readFile: (path) => readFile(path, 'utf8'),
    write: (text) => process.stdout.write(text),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    appendFile: (path, text) => appendFile(path, text, 'utf8'),
    today: () => todayInUk(),
    now: () => new Date().toISOString(),
  };
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The input was read but is not valid (validation errors, a clock file with bad fields). */
  invalid: 1,
  /** The command could not run: bad arguments, or a file that cannot be read or is not JSON. */
  usage: 2,
} as const;

/** Raised by a command for a problem the user can fix; main prints it and exits. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

/** Reads a text file, explaining a failure without echoing anything. */
export async function readText(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch {
    throw new CliError(`${path}: cannot be read (check the path and permissions).`);
  }
}

/** Reads and parses a JSON file, explaining what went wrong without echoing its content. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  const text = await readText(io, path);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new CliError(`${path}: is not valid JSON.`);
  }
}
