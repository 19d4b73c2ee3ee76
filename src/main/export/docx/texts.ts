import type { Language } from '../../../shared/model/enums';

/** The few words the Word document has that the PDF does not. */
const da = {
  /** Put before a drawing's description, where the PDF has the drawing itself. */
  figure: 'Tegningen findes i planens PDF-udgave. Beskrevet i ord:',
  page: 'Side',
  of: 'af',
};

export type WordTexts = typeof da;

const en: WordTexts = {
  figure: 'The drawing is in the plan’s PDF. Described in words:',
  page: 'Page',
  of: 'of',
};

export const wordTexts: Record<Language, WordTexts> = { da, en };
