import { resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { aggregateTrends } from '../../../shared/trends';
import { listTrendFiles, readTrendFiles } from '../../core';
import { renderTrendsJson, writeTrendsPdf } from '../../export';
import { writeFileAtomic } from '../../fs/atomic-write';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';

const FORMATS = ['json', 'pdf'] as const;

/**
 * `omstil trends <file-or-folder>... [--format json|pdf] [--lang da|en] [--anonymous] -o <out>`:
 * which drivers, competences and methods a set of plans uses, counted across them. Every plan is
 * read through the gate, without being changed or locked; a file that cannot be read is named
 * with the reason, and the rest are counted. The JSON goes to standard output when no file is
 * named.
 */
export const trendsCommand: Command = async (ctx) => {
  expectOnly(ctx.args, ['format', 'output', 'lang', 'anonymous']);
  const named = ctx.args.positional;
  const format = ctx.args.options.get('format') ?? 'json';
  const output = ctx.args.options.get('output');
  if (named.length === 0) throw new UsageError(ctx.messages.missingArgument('<fil-eller-mappe>'));
  if (format === true || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(ctx.messages.unsupportedFormat(String(format), FORMATS.join(', ')));
  }
  if (typeof output !== 'string' && format === 'pdf') {
    throw new UsageError(ctx.messages.missingArgument('-o <ud.pdf>'));
  }
  const target = typeof output === 'string' ? resolve(ctx.cwd, output) : null;
  const { files, sameFiles } = listTrendFiles(named, ctx.cwd);
  const clash = files.find((file) => resolve(ctx.cwd, file) === target);
  if (target !== null && clash !== undefined) throw new OmstilError(errors.sameFile(target));
  const reads = await readTrendFiles(files, { cwd: ctx.cwd, env: ctx.env });
  const report = aggregateTrends(
    { reads, sameFiles },
    { lang: ctx.lang, anonymous: ctx.args.options.get('anonymous') === true },
  );
  if (target === null) {
    ctx.stdout(renderTrendsJson(report).trimEnd());
    return;
  }
  if (format === 'pdf') await writeTrendsPdf(report, target, { now: ctx.env.now() });
  else writeFileAtomic(target, renderTrendsJson(report));
  for (const { file, reason } of report.skipped)
    ctx.stdout(ctx.messages.trends.skipped(file, reason));
  ctx.stdout(ctx.messages.trends.written(target, report.totals.plans, report.totals.skipped));
};
