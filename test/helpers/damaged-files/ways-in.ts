import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanReadOnly, type Environment } from '../../../src/main/core';
import { runCli } from '../../../src/main/cli/main';
import { cliMessages } from '../../../src/main/cli/messages';
import { isOmstilError } from '../../../src/shared/errors';
import { hostFor } from './host-calls';

/**
 * The program's ways in, as a user or a script reaches them: the host's "open plan" (what the
 * window does), the core's read-only reading (what previews, merges and trends build on), and
 * the `omstil check` and `omstil export --format json` commands.
 */
export const WAYS = ['edit', 'read-only', 'check', 'export'] as const;
export type Way = (typeof WAYS)[number];

/** Something the program told its caller about the file beside the content: a notice. */
export interface Notice {
  code: string;
  text: string;
}

/** What one way in did with one file, before it is judged. */
export type Answer =
  | { kind: 'refused'; code: string | null; text: string }
  | {
      kind: 'opened';
      /** What the way shows of the plan; null for `check`, which shows only a summary. */
      content: unknown;
      notices: Notice[];
    }
  | { kind: 'crashed'; text: string };

export interface WayContext {
  /** The plan file, alone in its own folder. */
  plan: string;
  /** A folder of the call's own, outside the plan's, for settings and export output. */
  scratch: string;
  env: Environment;
}

export const callWay: Record<Way, (ctx: WayContext) => Promise<Answer>> = {
  edit: async ({ plan, scratch, env }) => {
    const host = hostFor(scratch, env);
    try {
      const { result, unexpected } = await host.send('openPlan', { path: plan });
      if (result.ok) {
        const { document, history, file } = result.value;
        return {
          kind: 'opened',
          content: { document, history },
          notices: noticesIn(file),
        };
      }
      if (result.error.code === 'internal') return { kind: 'crashed', text: describe(unexpected) };
      return { kind: 'refused', code: result.error.code, text: result.error.message.da };
    } finally {
      host.dispose();
    }
  },
  'read-only': ({ plan }) => {
    try {
      const { document, ...rest } = readPlanReadOnly(plan);
      const notices = noticesIn(rest);
      // The caller is told a file is from a newer Omstil by the inspection's status.
      const { inspection } = rest as { inspection?: { status?: string } };
      if (inspection?.status === 'newer') notices.push({ code: 'newer-version', text: 'newer' });
      return Promise.resolve({ kind: 'opened', content: document, notices });
    } catch (e) {
      if (isOmstilError(e)) {
        return Promise.resolve({
          kind: 'refused',
          code: e.appError.code,
          text: e.appError.message.da,
        });
      }
      return Promise.resolve({ kind: 'crashed', text: describe(e) });
    }
  },
  check: async (ctx) => {
    const run = await command(['check', ctx.plan], ctx);
    if (run.code !== 0) return refusal(run);
    return { kind: 'opened', content: null, notices: saidAside(run, CHECKED) };
  },
  export: async (ctx) => {
    const out = join(ctx.scratch, 'eksport.json');
    const run = await command(['export', ctx.plan, '--format', 'json', '-o', out], ctx);
    if (run.code !== 0) return refusal(run);
    let content: unknown;
    try {
      content = JSON.parse(readFileSync(out, 'utf8'));
    } catch (e) {
      return { kind: 'crashed', text: `the export is not JSON: ${describe(e)}` };
    }
    return { kind: 'opened', content, notices: saidAside(run, EXPORTED) };
  },
};

interface CommandRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

async function command(argv: string[], { scratch, env }: WayContext): Promise<CommandRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, {
    cwd: scratch,
    env,
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
  });
  return { code, stdout, stderr };
}

/** How a message of the command's own begins, whatever is filled in after that. */
const opening = (message: string) => message.slice(0, message.indexOf('\u0000'));
const UNEXPECTED = opening(cliMessages.da.unexpected('\u0000'));
const CHECKED = opening(cliMessages.da.checked('\u0000', '', ''));
const EXPORTED = opening(cliMessages.da.exported('\u0000'));

/** A refusal is exit code 2 and one line on stderr; anything else is the command breaking. */
function refusal(run: CommandRun): Answer {
  const text = run.stderr.join('\n');
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (run.code !== 2) return { kind: 'crashed', text: `exit ${run.code}: ${text}` };
  if (lines.length !== 1)
    return { kind: 'crashed', text: `${lines.length} lines on stderr: ${text}` };
  if (text.startsWith(UNEXPECTED)) return { kind: 'crashed', text };
  return { kind: 'refused', code: null, text };
}

/**
 * What a command that succeeded said beside its line of success (`success` is how that line
 * begins), on either stream. It carries no code; `resolveSaid` gives it the code of the typed
 * notice with the same words, when another way in gave one.
 */
function saidAside(run: CommandRun, success: string): Notice[] {
  return [...run.stdout.filter((line) => !line.startsWith(success)), ...run.stderr]
    .filter((line) => line.trim() !== '')
    .map((line) => ({ code: SAID, text: line }));
}

/** The code of a line a command said without one. */
export const SAID = 'said';

/**
 * Gives each line a command said the code of the typed notice with the same words from another
 * way in (the commands print the core's notices as they are), so that, say, a journal moved
 * aside counts the same whether the window or `omstil check` told of it.
 */
export function resolveSaid(answers: readonly Answer[]): Answer[] {
  const codes = new Map<string, string>();
  for (const answer of answers) {
    if (answer.kind !== 'opened') continue;
    for (const n of answer.notices) if (n.code !== SAID) codes.set(oneLine(n.text), n.code);
  }
  return answers.map((answer) =>
    answer.kind === 'opened'
      ? {
          ...answer,
          notices: answer.notices.map((n) =>
            n.code === SAID ? { ...n, code: codes.get(oneLine(n.text)) ?? SAID } : n,
          ),
        }
      : answer,
  );
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * Every typed message in what a way answered beside the document (`{ code, message: { da } }`),
 * wherever the program puts it: today the file's `notice`; a later one may add others.
 */
export function noticesIn(value: unknown, depth = 0): Notice[] {
  if (typeof value !== 'object' || value === null || depth > 4) return [];
  if (Array.isArray(value)) return value.flatMap((item) => noticesIn(item, depth + 1));
  const record = value as Record<string, unknown>;
  const message = record['message'] as Record<string, unknown> | undefined;
  if (typeof record['code'] === 'string' && typeof message?.['da'] === 'string') {
    return [{ code: record['code'], text: message['da'] }];
  }
  return Object.values(record).flatMap((item) => noticesIn(item, depth + 1));
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
