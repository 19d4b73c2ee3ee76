import { isOmstilError } from '../../shared/errors';
import { LANGUAGES, type Language } from '../../shared/model/enums';
import type { Environment } from '../core';
import { parseArgs, UsageError } from './args';
import type { Command } from './context';
import { cliMessages } from './messages';
import packageJson from '../../../package.json';

// Each command is loaded when it is asked for, so `omstil --help` and `omstil check` do not pay for
// the export libraries, the merge or the catalogue they never use.
const COMMANDS: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./commands/new')).newCommand,
  import: async () => (await import('./commands/import')).importCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  catalog: async () => (await import('./commands/catalog')).catalogCommand,
  merge: async () => (await import('./commands/merge')).mergeCommand,
  salvage: async () => (await import('./commands/salvage')).salvageCommand,
  schema: async () => (await import('./commands/schema')).schemaCommand,
  'log-limit': async () => (await import('./commands/log-limit')).logLimitCommand,
  'workshop-summary': async () =>
    (await import('./commands/workshop-summary')).workshopSummaryCommand,
  'workshop-poster': async () => (await import('./commands/workshop-poster')).workshopPosterCommand,
  trends: async () => (await import('./commands/trends')).trendsCommand,
};

const VALUED = new Set([
  'title',
  'format',
  'output',
  'lang',
  'sections',
  'workshop',
  'step',
  'paper',
]);

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Environment;
}

/**
 * Runs one command and returns its exit code: 0 done, 1 usage error, 2 input refused. A refusal
 * is one line on stderr saying what and why, or for a refused file a line per problem; a stack
 * trace never reaches the user.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Language = 'da';
  try {
    const args = parseArgs(argv, VALUED);
    const langOption = args.options.get('lang');
    if (typeof langOption === 'string') {
      if (!(LANGUAGES as readonly string[]).includes(langOption)) throw new UsageError('--lang');
      lang = langOption as Language;
    }
    const messages = cliMessages[lang];
    if (args.options.get('version') === true) {
      io.stdout(packageJson.version);
      return 0;
    }
    const [name, ...rest] = args.positional;
    if (!name || args.options.get('help') === true) {
      io.stdout(messages.usage);
      return name || args.options.get('help') === true ? 0 : 1;
    }
    const loadCommand = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!loadCommand) throw new UsageError(messages.unknownCommand(name));
    args.positional = rest;
    const command = await loadCommand();
    await command({
      args,
      cwd: io.cwd,
      lang,
      messages,
      env: io.env ?? (await import('../core')).systemEnvironment,
      stdout: io.stdout,
    });
    return 0;
  } catch (e) {
    const messages = cliMessages[lang];
    if (e instanceof UsageError) {
      io.stderr(e.message.startsWith('--') ? messages.unknownOption(e.message) : e.message);
      return 1;
    }
    if (isOmstilError(e)) {
      // A refused file's problems stand one to a line, so each can be found and fixed.
      const text = e.appError.message[lang];
      io.stderr(e.appError.issues ? text : oneLine(text));
      return 2;
    }
    io.stderr(oneLine(messages.unexpected(e instanceof Error ? e.message : String(e))));
    return 2;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
