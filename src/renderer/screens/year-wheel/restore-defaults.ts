import type { Plan, YearItem } from '../../../shared/model/entities';
import { defaultYearWheel, wheelText } from '../../../shared/year-wheel';

export type NewYearItem = Pick<
  YearItem,
  'month' | 'title' | 'description' | 'kind' | 'ownerRole' | 'activityIds' | 'measurementIds'
>;

const same = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The default wheel's items that the plan's wheel lacks, in the plan's language. An item counts as
 * there when the wheel has one in the same month with the same title, so the committee's own
 * items (and defaults they have renamed or moved) are never touched; restoring twice adds nothing.
 */
export function missingDefaultItems(
  plan: Pick<Plan, 'periodStart' | 'periodEnd' | 'language'>,
  wheel: readonly Pick<YearItem, 'month' | 'title'>[],
): NewYearItem[] {
  const taken = wheel.map((item) => ({ month: item.month, title: item.title }));
  const missing: NewYearItem[] = [];
  for (const item of defaultYearWheel(plan.periodStart, plan.periodEnd)) {
    const title = wheelText(item.title, plan.language);
    if (taken.some((t) => t.month === item.month && same(t.title, title))) continue;
    // The default wheel has the same text twice (quarterly status meetings): once per month.
    taken.push({ month: item.month, title });
    missing.push({
      month: item.month,
      title,
      description: item.description ? wheelText(item.description, plan.language) : '',
      kind: item.kind,
      ownerRole: item.ownerRole ?? null,
      activityIds: [],
      measurementIds: [],
    });
  }
  return missing;
}
