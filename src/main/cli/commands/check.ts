import { resolve } from 'node:path';
import { readPlanReadOnly } from '../../core';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';
import { countsOf } from './counts';

/**
 * The full check: the one gate every way into a plan passes (SQLite's integrity check, our
 * schema, every row's checksum, the undo history and the change log, every row against the
 * model's rules and every reference), and what only opening may do besides: a file from a newer
 * Omstil, or one changed outside Omstil, is refused, as this version cannot vouch for it.
 */
export const checkCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['lang']);
  const [file] = ctx.args.positional;
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  const path = resolve(ctx.cwd, file);
  const { document } = readPlanReadOnly(path);
  ctx.stdout(
    ctx.messages.checked(path, document.plan.title, ctx.messages.counts(countsOf(document))),
  );
};
