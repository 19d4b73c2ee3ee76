import { resolve } from 'node:path';
import { importJsonFile, importXlsxFile } from '../../core';
import { hasExtension } from '../../../shared/file-extensions';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';
import { countsOf } from './counts';

/** A plan exported as JSON, or as a workbook (which keeps the plan whole), made a plan file. */
export const importCommand: Command = async (ctx) => {
  expectOnly(ctx.args, ['lang']);
  const [source, file] = ctx.args.positional;
  if (!source || !file)
    throw new UsageError(ctx.messages.missingArgument('<plan.json|plan.xlsx> <fil.omstil>'));
  const target = resolve(ctx.cwd, file);
  const from = resolve(ctx.cwd, source);
  const doc = hasExtension(from, '.xlsx')
    ? await importXlsxFile(from, target, ctx.env)
    : importJsonFile(from, target, ctx.env);
  ctx.stdout(ctx.messages.imported(target, ctx.messages.counts(countsOf(doc))));
};
