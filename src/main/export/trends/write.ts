import type { TrendsReport } from '../../../shared/trends';
import { writeFileAtomic } from '../../fs/atomic-write';

/** Writes the report as a PDF at `path`, whole or not at all. */
export async function writeTrendsPdf(
  report: TrendsReport,
  path: string,
  options: { now?: Date } = {},
): Promise<{ path: string; pages: number }> {
  // Loaded here, not at start-up: pdfmake is for the commands that write a PDF (see renderExport).
  const { renderTrendsPdf } = await import('./render');
  const { pdf, pages } = await renderTrendsPdf(report, options);
  writeFileAtomic(path, pdf);
  return { path, pages };
}
