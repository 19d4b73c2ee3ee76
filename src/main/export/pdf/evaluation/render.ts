import type { PlanDocument } from '../../../../shared/model/document';
import { loadPdfFonts, type PdfFonts } from '../fonts';
import { installFonts } from '../install-fonts';
import { renderDefinition } from '../render';
import { evaluationDocDefinition, type EvaluationPdfOptions } from './document';
import type { EvaluationRecord } from './record';

export interface RenderEvaluationOptions extends Omit<EvaluationPdfOptions, 'onPages'> {
  /** The font bytes; read from `resources/fonts` when left out. */
  fonts?: PdfFonts;
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
  const pdf = await renderDefinition(definition);
  return { pdf, pages };
}
