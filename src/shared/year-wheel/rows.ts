import type { YearItem } from '../model/entities';
import type { Language } from '../model/enums';
import { wheelText } from './labels';
import type { YearWheelItem } from './types';

/**
 * A wheel (such as the default one, which carries both languages) as rows of the plan: texts in
 * the plan's language, since the committee edits them from then on as its own, and fresh ids.
 */
export function yearItemRows(
  wheel: readonly YearWheelItem[],
  language: Language,
  newId: () => string,
  now: string,
): YearItem[] {
  return wheel.map((item) => ({
    id: newId(),
    month: item.month,
    title: wheelText(item.title, language),
    description: item.description === undefined ? '' : wheelText(item.description, language),
    kind: item.kind,
    ownerRole: item.ownerRole ?? null,
    activityIds: [...item.activityIds],
    measurementIds: [...item.measurementIds],
    updatedAt: now,
  }));
}
