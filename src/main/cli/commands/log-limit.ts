import { resolve } from 'node:path';
import { PlanSession, readPlanReadOnly, updatePlan } from '../../core';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

/**
 * `omstil log-limit <file> [n]`: how many changes the plan's change log keeps, or sets it. The
 * limit is the plan's own setting, changed as the program changes it (an undoable edit, refused
 * outside 1,000–100,000 with the program's message); closing the plan folds the log down to it.
 */
export const logLimitCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['lang']);
  const [file, limit, ...rest] = ctx.args.positional;
  if (!file || rest.length > 0) {
    throw new UsageError(ctx.messages.missingArgument('<fil.omstil> [antal]'));
  }
  const path = resolve(ctx.cwd, file);
  if (limit === undefined) {
    const { document } = readPlanReadOnly(path);
    ctx.stdout(ctx.messages.logLimit(path, document.plan.changeLogLimit));
    return;
  }
  // Digits alone: »5.000« is five thousand to a Dane and five to a script.
  if (!/^\d+$/.test(limit)) throw new UsageError(ctx.messages.logLimitDigits(limit));
  const changeLogLimit = Number(limit);
  const session = PlanSession.open(path, ctx.env);
  try {
    updatePlan(session, { changeLogLimit });
  } finally {
    session.close();
  }
  ctx.stdout(ctx.messages.logLimitSet(path, changeLogLimit));
};
