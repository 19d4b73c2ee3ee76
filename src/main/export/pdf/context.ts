import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import { exportFormat, type ExportFormat } from '../format';
import { exportTexts, type ExportTexts } from '../i18n';
import { createLookup, type PlanLookup } from '../lookup';
import { fontMetrics, type FontMetrics } from './font-metrics';
import { loadPdfFonts, type FontStyle, type PdfFonts } from './fonts';
import type { PageOverlay } from './overlay';

/** What every section builder reads: the plan, its language's texts and formats, and the date. */
export interface SectionContext {
  doc: PlanDocument;
  lang: Language;
  t: ExportTexts;
  f: ExportFormat;
  lookup: PlanLookup;
  now: Date;
  /** Widths of the four faces, for breaking long texts into lines before pdfmake sees them. */
  metrics: Record<FontStyle, FontMetrics>;
  /** What is drawn onto the pages once pdfmake has laid them out (see `overlay.ts`). */
  overlays: PageOverlay[];
  /**
   * `paged` for the PDF: texts broken into lines and tables into pages here. `flowing` for a
   * document a word processor lays out (the Word export): texts whole, tables whole.
   */
  layout: 'paged' | 'flowing';
}

export function sectionContext(
  doc: PlanDocument,
  lang: Language,
  now: Date,
  fonts: PdfFonts | null,
  layout: SectionContext['layout'] = 'paged',
): SectionContext {
  return {
    doc,
    lang,
    t: exportTexts[lang],
    f: exportFormat(lang),
    lookup: createLookup(doc),
    now,
    metrics: facesOf(fonts ?? loadPdfFonts()),
    overlays: [],
    layout,
  };
}

function facesOf(fonts: PdfFonts): Record<FontStyle, FontMetrics> {
  return {
    normal: fontMetrics(fonts.normal),
    bold: fontMetrics(fonts.bold),
    italics: fontMetrics(fonts.italics),
    bolditalics: fontMetrics(fonts.bolditalics),
  };
}
