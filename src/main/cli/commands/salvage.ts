import { resolve } from 'node:path';
import { listParts } from '../../../shared/i18n/outside-changes';
import { salvagePlan } from '../../core';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';
import { countsOf } from './counts';

/**
 * `omstil salvage <file> -o <out>`: a clean plan file from one with a foreign schema, or whose
 * rows were changed outside Omstil; it says what it left out.
 */
export const salvageCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['output', 'lang']);
  const [file] = ctx.args.positional;
  const output = ctx.args.options.get('output');
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  if (typeof output !== 'string') throw new UsageError(ctx.messages.missingArgument('-o <ud>'));
  const target = resolve(ctx.cwd, output);
  const { document, leftOut, planChanged } = salvagePlan(
    resolve(ctx.cwd, file),
    target,
    ctx.env.now().toISOString(),
  );
  ctx.stdout(ctx.messages.salvaged(target, ctx.messages.counts(countsOf(document))));
  if (leftOut.length > 0) ctx.stdout(ctx.messages.leftOut(listParts(leftOut)[ctx.lang]));
  if (planChanged) ctx.stdout(ctx.messages.planKept);
};
