import { resolve } from 'node:path';
import { defaultTexts } from '../../../shared/i18n/defaults';
import { createPlanFile, emptyPlanDocument, examplePlanDocument, localIsoDate } from '../../core';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

export const newCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['title', 'example', 'lang']);
  const [file] = ctx.args.positional;
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  const title = ctx.args.options.get('title');
  const example = ctx.args.options.get('example') === true;
  const doc = example
    ? examplePlanDocument(ctx.env, localIsoDate(ctx.env.now()))
    : emptyPlanDocument(
        typeof title === 'string' ? title : defaultTexts.newPlanTitle[ctx.lang],
        ctx.lang,
        ctx.env,
      );
  if (example && typeof title === 'string') doc.plan.title = title;
  const path = resolve(ctx.cwd, file);
  createPlanFile(path, doc);
  ctx.stdout(ctx.messages.created(path));
};
