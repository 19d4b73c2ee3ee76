import { OPT_IN_PDF_SECTIONS, PDF_SECTIONS, type PdfSection } from '../../shared/i18n/pdf-sections';

/** The list lives in `shared`, beside the sections' titles, which the export dialog shows too. */
export { OPT_IN_PDF_SECTIONS, PDF_SECTIONS, type PdfSection };

export function isPdfSection(value: string): value is PdfSection {
  return (PDF_SECTIONS as readonly string[]).includes(value);
}

/** The chosen sections in reading order; all but the opt-in ones when none are chosen. */
export function orderedSections(chosen: readonly PdfSection[] | undefined): PdfSection[] {
  if (!chosen || chosen.length === 0) {
    return PDF_SECTIONS.filter((s) => !OPT_IN_PDF_SECTIONS.includes(s));
  }
  const set = new Set(chosen);
  return PDF_SECTIONS.filter((s) => set.has(s));
}
