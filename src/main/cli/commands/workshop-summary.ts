import { resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { readPlanReadOnly } from '../../core';
import { exportWorkshopSummaryToFile, workshopMinutesText } from '../../export';
import { writeFileAtomic } from '../../fs/atomic-write';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

const FORMATS = ['pdf', 'text'] as const;

/**
 * `omstil workshop-summary <file> [--workshop ID] [--format pdf|text] [--lang da|en] -o <out>`:
 * the minutes of the latest workshop held in the plan, or of the one named. The text goes to
 * standard output when no file is named, ready to paste. The plan is read without being changed.
 */
export const workshopSummaryCommand: Command = async (ctx) => {
  expectOnly(ctx.args, ['workshop', 'format', 'output', 'lang']);
  const [file, ...extra] = ctx.args.positional;
  const workshop = ctx.args.options.get('workshop');
  const format = ctx.args.options.get('format') ?? 'pdf';
  const output = ctx.args.options.get('output');
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  if (extra.length > 0) throw new UsageError(ctx.messages.unknownCommand(extra.join(' ')));
  if (workshop === true) throw new UsageError(ctx.messages.missingArgument('--workshop'));
  if (format === true || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(ctx.messages.unsupportedFormat(String(format), FORMATS.join(', ')));
  }
  if (typeof output !== 'string' && format === 'pdf') {
    throw new UsageError(ctx.messages.missingArgument('-o <ud.pdf>'));
  }
  const source = resolve(ctx.cwd, file);
  const target = typeof output === 'string' ? resolve(ctx.cwd, output) : null;
  if (source === target) throw new OmstilError(errors.sameFile(target));
  const { document, inspection } = readPlanReadOnly(source);
  if (inspection.journal) ctx.stdout(inspection.journal.message[ctx.lang]);
  if (format === 'text') {
    const text = workshopMinutesText(document, workshop, ctx.lang);
    if (target === null) {
      ctx.stdout(text.trimEnd());
      return;
    }
    writeFileAtomic(target, text);
    ctx.stdout(ctx.messages.exported(target));
    return;
  }
  // Checked above: a PDF is always written to a file.
  const pdf = target!;
  await exportWorkshopSummaryToFile(document, workshop, pdf, {
    language: ctx.lang,
    overwrite: true,
    now: ctx.env.now(),
  });
  ctx.stdout(ctx.messages.exported(pdf));
};
