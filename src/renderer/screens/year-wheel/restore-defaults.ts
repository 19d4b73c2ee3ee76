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

/**
 * How much of the default wheel the plan's wheel has, by the same test as `missingDefaultItems`:
 * `none` when it has none of its items (a plan that never had them, e.g. one read from a file
 * made elsewhere), `some` when items have been deleted, renamed or moved since, `all` otherwise.
 * A plan keeps no record of which items came from the default wheel, so "none of them" is the
 * sign that it never had them; a wheel the committee emptied on purpose reads the same.
 */
export function defaultItemsPresent(
  plan: Pick<Plan, 'periodStart' | 'periodEnd' | 'language'>,
  wheel: readonly Pick<YearItem, 'month' | 'title'>[],
): 'none' | 'some' | 'all' {
  const missing = missingDefaultItems(plan, wheel).length;
  if (missing === 0) return 'all';
  return missing === defaultYearWheel(plan.periodStart, plan.periodEnd).length ? 'none' : 'some';
}
