import { isOmstilError } from '../../shared/errors';
import { LANGUAGES, type Language } from '../../shared/model/enums';
import { systemEnvironment, type Environment } from '../core';
import { parseArgs, UsageError } from './args';
import { catalogCommand } from './commands/catalog';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { mergeCommand } from './commands/merge';
import { newCommand } from './commands/new';
import { salvageCommand } from './commands/salvage';
import { schemaCommand } from './commands/schema';
import type { Command } from './context';
import { cliMessages } from './messages';
import packageJson from '../../../package.json';

const COMMANDS: Record<string, Command> = {
  new: newCommand,
  import: importCommand,
  export: exportCommand,
  check: checkCommand,
  catalog: catalogCommand,
  merge: mergeCommand,
  salvage: salvageCommand,
  schema: schemaCommand,
};

const VALUED = new Set(['title', 'format', 'output', 'lang', 'sections']);

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
    const command = COMMANDS[name];
    if (!command) throw new UsageError(messages.unknownCommand(name));
    args.positional = rest;
    await command({
      args,
      cwd: io.cwd,
      lang,
      messages,
      env: io.env ?? systemEnvironment,
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
