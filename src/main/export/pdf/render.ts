import pdfmake from 'pdfmake';
import type { PlanDocument } from '../../../shared/model/document';
import { planDocDefinition, type PlanPdfOptions } from './document';
import { FONT_FILES, loadPdfFonts, type FontStyle, type PdfFonts } from './fonts';
import { FONT } from './theme';

export interface RenderPdfOptions extends PlanPdfOptions {
  /** The font bytes; read from `resources/fonts` when left out. */
  fonts?: PdfFonts;
  /** Called with 0–1 while pages are written (after layout, which has no progress of its own). */
  onProgress?: (fraction: number) => void;
}

/**
 * The fonts live in pdfmake's in-memory file system under fixed names, so pdfkit parses them
 * from memory once per document and never touches the disk while laying out a table.
 */
let installed: PdfFonts | null = null;

function installFonts(fonts: PdfFonts): void {
  if (installed === fonts) return;
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    pdfmake.virtualfs.writeFileSync(FONT_FILES[style], Buffer.from(fonts[style]));
  }
  pdfmake.setFonts({ [FONT]: { ...FONT_FILES } });
  // A plan is data from someone else's file: the PDF may read nothing from disk or network.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  installed = fonts;
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
