import { resolve } from 'node:path';
import { toInterchange } from '../../../shared/interchange';
import { writeFileAtomic } from '../../core/plan-file/atomic-write';
import { readPlanReadOnly } from '../../core/plan-file/read-only';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

const FORMATS = ['json'] as const;

export const exportCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['format', 'output', 'lang']);
  const [file] = ctx.args.positional;
  const format = ctx.args.options.get('format');
  const output = ctx.args.options.get('output');
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  if (typeof format !== 'string') throw new UsageError(ctx.messages.missingArgument('--format'));
  if (typeof output !== 'string') throw new UsageError(ctx.messages.missingArgument('-o <ud>'));
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(ctx.messages.unsupportedFormat(format, FORMATS.join(', ')));
  }
  const { document } = readPlanReadOnly(resolve(ctx.cwd, file));
  const target = resolve(ctx.cwd, output);
  writeFileAtomic(target, `${JSON.stringify(toInterchange(document), null, 2)}\n`);
  ctx.stdout(ctx.messages.exported(target));
};
