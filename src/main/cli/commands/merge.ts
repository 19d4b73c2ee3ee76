import { resolve } from 'node:path';
import { writeMerge } from '../../core';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

/**
 * `omstil merge <mine> <theirs> -o <out>`: the merge without a window. Every conflict keeps mine;
 * the conflicts are listed on stdout as JSON (with the choice made), so a script or a person can
 * see what to look at. Conflicts are not an error; refused input is (exit 2, no file written).
 */
export const mergeCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['output', 'lang']);
  const [mine, theirs] = ctx.args.positional;
  const output = ctx.args.options.get('output');
  if (!mine || !theirs || ctx.args.positional.length > 2) {
    throw new UsageError(ctx.messages.missingArgument('<min.omstil> <deres.omstil>'));
  }
  if (typeof output !== 'string') throw new UsageError(ctx.messages.missingArgument('-o <ud>'));
  const result = writeMerge(
    resolve(ctx.cwd, mine),
    resolve(ctx.cwd, theirs),
    {},
    resolve(ctx.cwd, output),
  );
  ctx.stdout(
    JSON.stringify(
      {
        output: result.path,
        takenFromTheirs: result.takenFromTheirs,
        sharedHistory: result.sharedHistory,
        conflicts: result.conflicts.map((c) => ({ ...c, resolution: result.resolutions[c.id] })),
      },
      null,
      2,
    ),
  );
};
