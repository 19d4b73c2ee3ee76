import {
  monthName,
  YEAR_WHEEL_KIND_LABELS,
  YEAR_WHEEL_KINDS,
  YEAR_WHEEL_OWNER_LABELS,
  YEAR_WHEEL_OWNERS,
  type YearWheelKind,
  type YearWheelOwner,
} from '../../../shared/year-wheel';
import type { Language } from '../../../shared/model/enums';

/** "Januar": a month name as a heading or the first word of a line. */
export function monthTitle(month: number, language: Language): string {
  const name = monthName(month)[language];
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export const kindLabel = (kind: YearWheelKind, language: Language): string =>
  YEAR_WHEEL_KIND_LABELS[kind][language];

export const ownerLabel = (owner: YearWheelOwner, language: Language): string =>
  YEAR_WHEEL_OWNER_LABELS[owner][language];

export const monthOptions = (language: Language) =>
  Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: monthTitle(i + 1, language) }));

export const kindOptions = (language: Language) =>
  YEAR_WHEEL_KINDS.map((value) => ({ value, label: kindLabel(value, language) }));

export const ownerOptions = (language: Language) =>
  YEAR_WHEEL_OWNERS.map((value) => ({ value, label: ownerLabel(value, language) }));

/** One colour per kind for the wheel's marks; the list says the kind in words. */
export const KIND_COLOURS: Record<YearWheelKind, string> = {
  'su-meeting': '#0059b3',
  'mus-round': '#008139',
  budget: '#a05a00',
  'measurement-round': '#6b3fa0',
  'annual-evaluation': '#c0392b',
  'fund-deadline': '#00737a',
  other: '#545454',
};
