import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { runCli } from '../../src/main/cli/main';
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
 * Starting Node and loading the bundle costs about a second on a loaded machine, so keep this for
 * what only a separate process shows; `omstilIn` runs the same command in this process.
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

/**
 * The same command run in this process through `runCli`, from the sources, in `cwd`: what
 * `src/main/cli/bin.ts` does with a real process, each line written with its line break, and the
 * same result as `runOmstil`. No clock or ids are handed over, as the process hands none.
 */
export async function runOmstilInProcess(argv: readonly string[], cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const before = openPlanFiles();
  const code = await runCli(argv, {
    cwd,
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
  });
  // A process that ends closes its files whatever the command forgot; this one goes on to the
  // next test (the node project shares its workers), so a plan left open is a bug here.
  const leftOpen = openPlanFiles().filter((path) => !before.includes(path));
  if (leftOpen.length > 0) {
    throw new Error(`omstil ${argv.join(' ')} left open: ${leftOpen.join(', ')}`);
  }
  return { code, stdout: stdout.replace(/\n$/, ''), stderr: stderr.replace(/\n$/, '') };
}

/** `omstil …` in the test's folder, in this process, for a file of command tests. */
export function omstilIn(folder: () => string): (...argv: string[]) => Promise<CliResult> {
  return (...argv) => runOmstilInProcess(argv, folder());
}

const FD_FOLDER = '/proc/self/fd';

/** Plan files and their SQLite companions this process has open (Linux; none elsewhere). */
function openPlanFiles(): string[] {
  if (!existsSync(FD_FOLDER)) return [];
  const paths: string[] = [];
  for (const fd of readdirSync(FD_FOLDER)) {
    let target: string;
    try {
      target = readlinkSync(`${FD_FOLDER}/${fd}`);
    } catch {
      continue; // closed between the listing and the look (the listing's own descriptor, say)
    }
    if (/\.omstil(-journal|-wal|-shm)?$/.test(target)) paths.push(target);
  }
  return paths;
}
