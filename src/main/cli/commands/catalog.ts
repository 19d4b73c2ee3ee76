import { localizeCatalog } from '../../../shared/catalog';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

/** The built-in catalogue and its matching knowledge, in one language, for scripts. */
export const catalogCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['lang', 'json']);
  if (ctx.args.positional.length > 0)
    throw new UsageError(ctx.messages.unknownCommand(ctx.args.positional.join(' ')));
  if (ctx.args.options.get('json') !== true)
    throw new UsageError(ctx.messages.missingArgument('--json'));
  ctx.stdout(JSON.stringify(localizeCatalog(ctx.lang), null, 2));
};
