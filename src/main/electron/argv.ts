import { extname, resolve } from 'node:path';
import { PLAN_EXTENSION } from '../../shared/file-extensions';

/**
 * The plan a command line asks for: Windows and Linux pass a double-clicked file as an argument
 * (macOS uses `open-file` instead). Flags, the executable and, in development, the app folder are
 * skipped; a relative path is taken relative to the caller's working directory.
 */
export function planPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === PLAN_EXTENSION);
  const last = candidates.at(-1);
  return last === undefined ? null : resolve(cwd, last);
}
