import type { LocalizedText } from './localized';

/**
 * The parts of the PDF in reading order. A caller (the export dialog, the command) passes the
 * keys it wants; the order here wins, so a document always reads the same way.
 */
export const PDF_SECTIONS = [
  'agenda',
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

/**
 * Sections a document has only when asked for by name: the page for the SU's agenda is for the
 * meeting that decides on the plan, not for every copy of it.
 */
export const OPT_IN_PDF_SECTIONS: readonly PdfSection[] = ['agenda'];

/**
 * The sections' titles: the heading in the PDF and the name of its checkbox in the export dialog.
 * The cover has no heading of its own; the evaluation's heading is `sectionTitle` in the
 * evaluation export's texts.
 */
export const PDF_SECTION_LABELS: Record<PdfSection, LocalizedText> = {
  agenda: { da: 'Forside til SU’s dagsorden', en: 'Front page for the committee’s agenda' },
  cover: { da: 'Forside', en: 'Cover' },
  committee: { da: 'Samarbejdsudvalget', en: 'The cooperation committee' },
  summary: { da: 'Sammenfatning', en: 'Summary' },
  status: { da: 'Seneste status', en: 'Latest status' },
  drivers: { da: 'Baggrunde og udfordringer', en: 'Drivers and challenges' },
  competences: { da: 'Kompetencer', en: 'Competences' },
  methods: { da: 'Valgte metoder', en: 'Chosen methods' },
  impactMap: { da: 'Virkningskort', en: 'Impact map' },
  activities: { da: 'Indsatser', en: 'Activities' },
  timeline: { da: 'Tidsplan', en: 'Timeline' },
  budget: { da: 'Budget og finansiering', en: 'Budget and funding' },
  measurements: { da: 'Målinger', en: 'Measurements' },
  yearWheel: { da: 'Årshjul', en: 'Year wheel' },
  evaluation: { da: 'Årlig evaluering', en: 'Annual evaluation' },
};
