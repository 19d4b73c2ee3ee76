import type { TrendsReport } from '../../../shared/trends';
import { loadPdfFonts } from '../pdf/fonts';
import { installFonts } from '../pdf/install-fonts';
import { renderDefinition } from '../pdf/render';
import { trendsDocDefinition, type TrendsPdfOptions } from './document';

/** A few pages whatever the number of plans, so laid out on the calling thread. */
export async function renderTrendsPdf(
  report: TrendsReport,
  options: Omit<TrendsPdfOptions, 'onPages'>,
): Promise<{ pdf: Buffer; pages: number }> {
  const fonts = loadPdfFonts();
  installFonts(fonts);
  let pages = 0;
  const definition = trendsDocDefinition(
    report,
    { ...options, onPages: (count) => (pages = count) },
    fonts,
  );
  return { pdf: await renderDefinition(definition), pages };
}
