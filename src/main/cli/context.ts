import type { Language } from '../../shared/model/enums';
import type { Environment } from '../core';
import type { CliMessages } from './messages';
import type { ParsedArgs } from './args';

/** What a command gets: its arguments, where to write, and the clock; nothing global. */
export interface CliContext {
  args: ParsedArgs;
  cwd: string;
  lang: Language;
  messages: CliMessages;
  env: Environment;
  stdout: (text: string) => void;
}

export type Command = (ctx: CliContext) => void | Promise<void>;
