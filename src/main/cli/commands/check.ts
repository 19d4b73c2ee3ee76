import { resolve } from 'node:path';
import { readPlanReadOnly } from '../../core';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';
import { countsOf } from './counts';

/**
 * The gate every way into a plan passes (SQLite's integrity check, our schema, every row's
 * checksum, the undo history and the change log, every reference and the model's rules). A file
 * the program would only show read-only — from a newer Omstil, or changed outside Omstil — is
 * refused with the message the program shows: this version cannot vouch for what it holds.
 */
export const checkCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['lang']);
  const [file] = ctx.args.positional;
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  const path = resolve(ctx.cwd, file);
  const { document, inspection } = readPlanReadOnly(path);
  if (inspection.journal) ctx.stdout(inspection.journal.message[ctx.lang]);
  ctx.stdout(
    ctx.messages.checked(path, document.plan.title, ctx.messages.counts(countsOf(document))),
  );
};
