import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUILT_COMMAND } from './built-node';

/** How the command ended: its exit code, and what it wrote, each without the last line break. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `omstil` command (`out/node/cli.cjs`, kept fresh by the tests' global setup) in
 * its own process, in `cwd`, as a user or a script runs it: the real start-up, arguments, exit
 * code and streams. `command` is another entry to the same program, such as the package's bin.
 */
export function runOmstil(
  argv: readonly string[],
  cwd: string,
  command: string = BUILT_COMMAND,
): Promise<CliResult> {
  if (!existsSync(BUILT_COMMAND)) {
    return Promise.reject(new Error(`${BUILT_COMMAND} is missing: run npm run build:node`));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...argv], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === null) {
        reject(new Error(`omstil ${argv.join(' ')} was stopped by ${String(signal)}`));
        return;
      }
      resolve({ code, stdout: stdout.replace(/\n$/, ''), stderr: stderr.replace(/\n$/, '') });
    });
  });
}

/** `omstil …` in the test's folder, for a file of command tests. */
export function omstilIn(folder: () => string): (...argv: string[]) => Promise<CliResult> {
  return (...argv) => runOmstil(argv, folder());
}
