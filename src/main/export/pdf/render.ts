import pdfmake from 'pdfmake';
import type { PlanDocument } from '../../../shared/model/document';
import { planPdfParts, type PlanPdfOptions } from './document';
import type { DocDefinition } from './doc-types';
import { loadPdfFonts, type PdfFonts } from './fonts';
import { installFonts } from './install-fonts';
import { drawOverlays, pdfBytes, type PageOverlay } from './overlay';
import { installTagging, taggedDefinition } from './tagging/install';

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
  const { definition, overlays } = planPdfParts(doc, options, fonts);
  return renderDefinition(definition, overlays, options.onProgress);
}

/**
 * A laid-out definition as a tagged PDF, with the overlays drawn onto its pages. pdfmake's drawing
 * and the overlays' each count for half of the progress when there are overlays.
 */
export async function renderDefinition(
  definition: DocDefinition,
  overlays: readonly PageOverlay[] = [],
  onProgress?: (fraction: number) => void,
): Promise<Buffer> {
  const share = overlays.length > 0 ? 0.5 : 1;
  // pdfmake reads the callback when the document is created, so it is cleared at once and a
  // second export running alongside cannot report into this one.
  pdfmake.setProgressCallback(onProgress && ((fraction) => onProgress(fraction * share)));
  let output: ReturnType<typeof pdfmake.createPdf>;
  try {
    // The pages stay open after pdfmake has drawn them, so the overlays can be drawn onto them.
    installTagging();
    output = pdfmake.createPdf(taggedDefinition(definition), { bufferPages: true });
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
  const pdf = await output.getStream();
  drawOverlays(pdf, overlays, onProgress && ((fraction) => onProgress(share + fraction * share)));
  return pdfBytes(pdf);
}
