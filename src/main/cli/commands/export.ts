import { resolve } from 'node:path';
import { activitiesWithoutDays } from '../../../shared/dates/calendar-days';
import { errors, OmstilError } from '../../../shared/errors';
import { readPlanReadOnly } from '../../core';
import {
  EXPORT_FORMATS,
  exportPlanToFile,
  isExportFormat,
  isPdfSection,
  PDF_SECTIONS,
  type PdfSection,
} from '../../export';
import { expectOnly, UsageError } from '../args';
import type { CliContext, Command } from '../context';

/**
 * `omstil export <file> --format pdf|docx|xlsx|csv|json|ics [--lang da|en] [--sections a,b]
 * [--with-plan-data] -o <out>`. The plan is read without being changed, and the output appears
 * whole or not at all. There is no window here, so the PDF is laid out on this thread.
 */
export const exportCommand: Command = async (ctx) => {
  expectOnly(ctx.args, ['format', 'output', 'lang', 'sections', 'with-plan-data']);
  const [file, ...extra] = ctx.args.positional;
  const format = ctx.args.options.get('format');
  const output = ctx.args.options.get('output');
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  if (extra.length > 0) throw new UsageError(ctx.messages.unknownCommand(extra.join(' ')));
  if (typeof format !== 'string') throw new UsageError(ctx.messages.missingArgument('--format'));
  if (typeof output !== 'string') throw new UsageError(ctx.messages.missingArgument('-o <ud>'));
  if (!isExportFormat(format)) {
    throw new UsageError(ctx.messages.unsupportedFormat(format, EXPORT_FORMATS.join(', ')));
  }
  const sections = chosenSections(ctx, format);
  const withPlanData = ctx.args.options.has('with-plan-data');
  if (withPlanData && format !== 'xlsx') throw new UsageError(ctx.messages.planDataXlsxOnly);
  const source = resolve(ctx.cwd, file);
  const target = resolve(ctx.cwd, output);
  // Writing the export over the plan itself would destroy the plan.
  if (source === target) throw new OmstilError(errors.sameFile(target));
  const { document, inspection } = readPlanReadOnly(source);
  if (inspection.journal) ctx.stdout(inspection.journal.message[ctx.lang]);
  await exportPlanToFile(document, format, target, {
    lang: ctx.lang,
    now: ctx.env.now(),
    ...(sections ? { sections } : {}),
    withPlanData,
  });
  ctx.stdout(ctx.messages.exported(target));
  const undated = format === 'ics' ? activitiesWithoutDays(document.activities) : 0;
  if (undated > 0) ctx.stdout(ctx.messages.calendarUndated(undated));
};

/** `--sections cover,summary,activities`: the PDF's parts, by their keys; the Word document has the same. */
function chosenSections(ctx: CliContext, format: string): PdfSection[] | null {
  const option = ctx.args.options.get('sections');
  if (option === undefined) return null;
  const texts = ctx.messages.sectionsOption;
  if (format !== 'pdf' && format !== 'docx') throw new UsageError(texts.pdfOnly);
  if (option === true) throw new UsageError(ctx.messages.missingArgument('--sections'));
  const keys = option
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (keys.length === 0) throw new UsageError(ctx.messages.missingArgument('--sections'));
  return keys.map((key) => {
    if (!isPdfSection(key)) throw new UsageError(texts.unknown(key, PDF_SECTIONS.join(', ')));
    return key;
  });
}
