import type { PlanDocument } from '../../shared/model/document';
import type { Language } from '../../shared/model/enums';
import { renderActivitiesCsv } from './csv/activities-csv';
import { renderPlanIcs } from './ics/calendar';
import { renderPlanJson } from './json';
import type { PdfWorkerHost } from './pdf/off-thread';
import type { PdfSection } from './sections';

export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportOptions {
  /** The language of headings, headers and labels; the plan's own texts stay as written. */
  lang: Language;
  /** The date of export; now when left out. */
  now?: Date;
  /** PDF and Word: the sections to include, all when left out. */
  sections?: readonly PdfSection[];
  /** PDF only: lay out in this host's worker thread, so a window stays responsive. */
  pdfWorker?: PdfWorkerHost;
  /** PDF in a worker only: cancels the export. */
  signal?: AbortSignal;
  /** PDF only: 0–1 while the pages are written. */
  onProgress?: (fraction: number) => void;
  /** Workbook only: keep the plan's data in a hidden sheet, for an import back into Omstil. */
  withPlanData?: boolean;
}

/**
 * Any export as bytes, ready to be written in one go. pdfmake, exceljs and docx are loaded when
 * a PDF, a workbook or a Word document is first asked for: together they are most of the
 * command's start-up, and most commands (check, new, merge, a CSV) need none of them.
 */
export async function renderExport(
  doc: PlanDocument,
  format: ExportFormat,
  options: ExportOptions,
): Promise<Buffer> {
  const { lang, now, sections, onProgress, signal, pdfWorker, withPlanData } = options;
  switch (format) {
    case 'pdf': {
      const pdfOptions = {
        lang,
        ...(now ? { now } : {}),
        ...(sections ? { sections } : {}),
        ...(onProgress ? { onProgress } : {}),
      };
      if (pdfWorker) return pdfWorker.render(doc, { ...pdfOptions, ...(signal ? { signal } : {}) });
      const { renderPlanPdf } = await import('./pdf/render');
      return renderPlanPdf(doc, pdfOptions);
    }
    case 'xlsx': {
      const { renderPlanXlsx } = await import('./xlsx/workbook');
      return renderPlanXlsx(doc, {
        lang,
        ...(now ? { now } : {}),
        withPlanData: withPlanData ?? false,
      });
    }
    case 'docx': {
      const { renderPlanDocx } = await import('./docx/document');
      return renderPlanDocx(doc, {
        lang,
        ...(now ? { now } : {}),
        ...(sections ? { sections } : {}),
      });
    }
    case 'csv':
      return renderActivitiesCsv(doc, lang);
    case 'json':
      return renderPlanJson(doc);
    case 'ics':
      return renderPlanIcs(doc, { lang, ...(now ? { now } : {}) });
  }
}
