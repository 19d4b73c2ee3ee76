import { runCli } from '../../../../src/main/cli/main';

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** The `omstil` command, in this process, with what it wrote to each stream. */
export async function omstil(cwd: string, ...argv: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, {
    cwd,
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
  });
  return { code, stdout, stderr };
}
