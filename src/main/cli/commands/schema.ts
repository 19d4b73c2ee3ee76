import { interchangeJsonSchema } from '../../../shared/interchange-json-schema';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

/** The JSON Schema of the file `omstil import` reads, for a tool that writes plans. */
export const schemaCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['lang']);
  if (ctx.args.positional.length > 0)
    throw new UsageError(ctx.messages.unknownCommand(ctx.args.positional.join(' ')));
  ctx.stdout(JSON.stringify(interchangeJsonSchema(), null, 2));
};
