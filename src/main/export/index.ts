export {
  EXPORT_FORMATS,
  isExportFormat,
  renderExport,
  type ExportFormat,
  type ExportOptions,
} from './render-export';
export { countPdfPages, exportPlanToFile, type WrittenExport } from './write-export';
export {
  PdfWorkerHost,
  findWorkerFile,
  renderPlanPdfOffThread,
  type OffThreadOptions,
  type PdfWorkerHostOptions,
} from './pdf/off-thread';
export { renderActivitiesCsv } from './csv/activities-csv';
export { renderPlanJson } from './json';
export { renderPlanIcs } from './ics/calendar';
export { PDF_SECTIONS, isPdfSection, type PdfSection } from './sections';
export { exportTexts, type ExportTexts } from './i18n';
export { exportEvaluationToFile } from './pdf/evaluation/export-file';
export { KeptPdf } from './pdf/kept-pdf';
export { writeExport } from './write-export';
export {
  exportWorkshopPosterToFile,
  exportWorkshopSummaryToFile,
} from './pdf/workshop/export-file';
export { requireWorkshop, workshopMinutesText } from './workshop';
// Trends across many plans (issue 18).
export { renderTrendsJson } from './trends/json';
export { writeTrendsPdf } from './trends/write';
