/**
 * The parts of the PDF in reading order. A caller (the export dialog, the command) passes the
 * keys it wants; the order here wins, so a document always reads the same way.
 */
export const PDF_SECTIONS = [
  'cover',
  'committee',
  'summary',
  'status',
  'drivers',
  'competences',
  'methods',
  'impactMap',
  'activities',
  'timeline',
  'budget',
  'measurements',
  'yearWheel',
  'evaluation',
] as const;
export type PdfSection = (typeof PDF_SECTIONS)[number];

export function isPdfSection(value: string): value is PdfSection {
  return (PDF_SECTIONS as readonly string[]).includes(value);
}

/** The chosen sections in reading order; all of them when none are chosen. */
export function orderedSections(chosen: readonly PdfSection[] | undefined): PdfSection[] {
  if (!chosen || chosen.length === 0) return [...PDF_SECTIONS];
  const set = new Set(chosen);
  return PDF_SECTIONS.filter((s) => set.has(s));
}
