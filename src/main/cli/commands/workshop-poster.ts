import { resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { POSTER_PAPERS, type PosterPaper } from '../../../shared/workshop/poster';
import { readPlanReadOnly } from '../../core';
import { exportWorkshopPosterToFile } from '../../export';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

/**
 * `omstil workshop-poster <file> --step ID [--paper A3|A1] [--workshop ID] [--lang da|en] -o <out>`:
 * a step's poster for the wall, of the latest workshop held or the one named; A3 unless asked.
 */
export const workshopPosterCommand: Command = async (ctx) => {
  expectOnly(ctx.args, ['workshop', 'step', 'paper', 'output', 'lang']);
  const [file, ...extra] = ctx.args.positional;
  const workshop = ctx.args.options.get('workshop');
  const step = ctx.args.options.get('step');
  const paper = ctx.args.options.get('paper') ?? 'A3';
  const output = ctx.args.options.get('output');
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  if (extra.length > 0) throw new UsageError(ctx.messages.unknownCommand(extra.join(' ')));
  if (workshop === true) throw new UsageError(ctx.messages.missingArgument('--workshop'));
  if (typeof step !== 'string') throw new UsageError(ctx.messages.missingArgument('--step'));
  if (paper === true || !(POSTER_PAPERS as readonly string[]).includes(paper)) {
    throw new UsageError(ctx.messages.unsupportedFormat(String(paper), POSTER_PAPERS.join(', ')));
  }
  if (typeof output !== 'string') throw new UsageError(ctx.messages.missingArgument('-o <ud.pdf>'));
  const source = resolve(ctx.cwd, file);
  const target = resolve(ctx.cwd, output);
  if (source === target) throw new OmstilError(errors.sameFile(target));
  const { document, inspection } = readPlanReadOnly(source);
  if (inspection.journal) ctx.stdout(inspection.journal.message[ctx.lang]);
  await exportWorkshopPosterToFile(document, workshop, step, paper as PosterPaper, target, {
    language: ctx.lang,
    overwrite: true,
    now: ctx.env.now(),
  });
  ctx.stdout(ctx.messages.exported(target));
};
