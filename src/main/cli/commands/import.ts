import { resolve } from 'node:path';
import { importJsonFile } from '../../core';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';
import { countsOf } from './counts';

export const importCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['lang']);
  const [json, file] = ctx.args.positional;
  if (!json || !file)
    throw new UsageError(ctx.messages.missingArgument('<plan.json> <fil.omstil>'));
  const target = resolve(ctx.cwd, file);
  const doc = importJsonFile(resolve(ctx.cwd, json), target, ctx.env);
  ctx.stdout(ctx.messages.imported(target, ctx.messages.counts(countsOf(doc))));
};
