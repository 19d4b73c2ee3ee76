import type { LocalizedText } from '../i18n/localized';
import type { Language } from '../model/enums';
import type { WheelText, YearWheelKind, YearWheelOwner } from './types';

export const YEAR_WHEEL_KIND_LABELS: Record<YearWheelKind, LocalizedText> = {
  'su-meeting': { da: 'SU-møde', en: 'Committee meeting' },
  'mus-round': { da: 'MUS og GRUS', en: 'Development talks (MUS and GRUS)' },
  budget: { da: 'Budget', en: 'Budget' },
  'measurement-round': { da: 'Måling', en: 'Measurement round' },
  'annual-evaluation': { da: 'Årlig evaluering', en: 'Annual evaluation' },
  'fund-deadline': { da: 'Den Statslige Kompetencefond', en: 'State Competence Fund' },
  other: { da: 'Andet', en: 'Other' },
};

export const YEAR_WHEEL_OWNER_LABELS: Record<YearWheelOwner, LocalizedText> = {
  committee: { da: 'SU', en: 'The committee' },
  management: { da: 'Ledelsen', en: 'Management' },
  'employee-rep': { da: 'Medarbejderrepræsentant', en: 'Employee representative' },
  hr: { da: 'HR', en: 'HR' },
  'union-rep': { da: 'Tillidsrepræsentant', en: 'Union representative' },
  other: { da: 'Andre', en: 'Others' },
};

export const MONTH_NAMES: readonly LocalizedText[] = [
  { da: 'januar', en: 'January' },
  { da: 'februar', en: 'February' },
  { da: 'marts', en: 'March' },
  { da: 'april', en: 'April' },
  { da: 'maj', en: 'May' },
  { da: 'juni', en: 'June' },
  { da: 'juli', en: 'July' },
  { da: 'august', en: 'August' },
  { da: 'september', en: 'September' },
  { da: 'oktober', en: 'October' },
  { da: 'november', en: 'November' },
  { da: 'december', en: 'December' },
];

export function monthName(month: number): LocalizedText {
  return MONTH_NAMES[(((month - 1) % 12) + 12) % 12] ?? { da: '', en: '' };
}

/** A wheel text in one language: a committee's own text is shown as written. */
export function wheelText(text: WheelText, language: Language): string {
  return typeof text === 'string' ? text : text[language];
}

/** "1. september 2026" / "1 September 2026": the long form used in running text. */
export function formatLongDate(iso: string): LocalizedText {
  const [y, m, d] = iso.split('-').map(Number);
  const month = monthName(m ?? 1);
  return {
    da: `${String(d)}. ${month.da} ${String(y)}`,
    en: `${String(d)} ${month.en} ${String(y)}`,
  };
}
