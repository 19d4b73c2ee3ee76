import pdfmake from 'pdfmake';
import type { PlanDocument } from '../../../shared/model/document';
import { FONT_FILES, loadPdfFonts, type FontStyle, type PdfFonts } from '../pdf/fonts';
import { FONT } from '../pdf/theme';
import { evaluationDocDefinition, type EvaluationPdfOptions } from './document';
import type { EvaluationRecord } from './record';

export interface RenderEvaluationOptions extends Omit<EvaluationPdfOptions, 'onPages'> {
  /** The font bytes; read from `resources/fonts` when left out. */
  fonts?: PdfFonts;
}

/**
 * The fonts go into pdfmake's in-memory file system under the plan PDF's names, with the same
 * policies: the PDF reads nothing from disk or network. Writing the same bytes the plan PDF's
 * renderer writes is harmless, so the two never disagree about what is installed.
 */
function installFonts(fonts: PdfFonts): void {
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    pdfmake.virtualfs.writeFileSync(FONT_FILES[style], Buffer.from(fonts[style]));
  }
  pdfmake.setFonts({ [FONT]: { ...FONT_FILES } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
}

/**
 * One evaluation as a PDF, with its page count. It is a few pages, so it is laid out on the
 * calling thread; the plan PDF's worker is for plans of hundreds of pages.
 */
export async function renderEvaluationPdf(
  doc: PlanDocument,
  evaluation: EvaluationRecord,
  options: RenderEvaluationOptions,
): Promise<{ pdf: Buffer; pages: number }> {
  const fonts = options.fonts ?? loadPdfFonts();
  installFonts(fonts);
  let pages = 0;
  const definition = evaluationDocDefinition(
    doc,
    evaluation,
    {
      lang: options.lang,
      ...(options.now ? { now: options.now } : {}),
      onPages: (n) => {
        pages = n;
      },
    },
    fonts,
  );
  const pdf = await pdfmake.createPdf(definition).getBuffer();
  return { pdf, pages };
}
