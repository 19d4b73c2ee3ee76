import pdfmake from 'pdfmake';
import type { PlanDocument } from '../../../shared/model/document';
import { planDocDefinition, type PlanPdfOptions } from './document';
import { loadPdfFonts, type PdfFonts } from './fonts';
import { installFonts } from './install-fonts';

export interface RenderPdfOptions extends PlanPdfOptions {
  /** The font bytes; read from `resources/fonts` when left out. */
  fonts?: PdfFonts;
  /** Called with 0–1 while pages are written (after layout, which has no progress of its own). */
  onProgress?: (fraction: number) => void;
}

/** The plan as a PDF. Runs on the calling thread; see `renderPlanPdfOffThread` for the app. */
export async function renderPlanPdf(doc: PlanDocument, options: RenderPdfOptions): Promise<Buffer> {
  const fonts = options.fonts ?? loadPdfFonts();
  installFonts(fonts);
  const definition = planDocDefinition(doc, options, fonts);
  // pdfmake reads the callback when the document is created, so it is cleared at once and a
  // second export running alongside cannot report into this one.
  pdfmake.setProgressCallback(options.onProgress);
  let output: ReturnType<typeof pdfmake.createPdf>;
  try {
    output = pdfmake.createPdf(definition);
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
  return await output.getBuffer();
}
