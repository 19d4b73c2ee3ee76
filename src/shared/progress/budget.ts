import type { LocalizedText } from '../i18n/localized';
import type { Activity } from '../model/entities';
import type { BudgetTotals, FundingSourceTotal } from '../model/stored/figures';

export const FUNDING_NOT_SET: LocalizedText = { da: 'Ikke angivet', en: 'Not set' };

/**
 * The grouping key of a funding text: trimmed, runs of white space made one space, lower case, so
 * "Kompetencefonden", " kompetencefonden " and "KOMPETENCEFONDEN" are one source. Empty → null.
 */
export function fundingSourceKey(funding: string): string | null {
  const key = funding.trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? null : key;
}

type Budgeted = Pick<Activity, 'id' | 'status' | 'budget' | 'spent' | 'funding'>;

/**
 * The one money rule: budget planned and spent, in total and per funding source, for every place
 * that shows money (the progress screen, the status snapshots, the annual evaluation, the PDF, the
 * workbook). Planned money counts only for activities that are not cancelled (a cancelled
 * activity's unspent budget is freed); spent money counts for all of them, because what was spent
 * before a cancellation is gone. An idea (not yet decided) counts as any other activity that is
 * not cancelled: its budget is the committee's estimate of what the plan will cost if the idea is
 * carried out, and the status shows that it is undecided; the same holds for participants and
 * progress, where only cancelled activities are left out. A source appears when it has an
 * activity that is not cancelled or money spent. Sources with the largest planned budget come
 * first (ties in plan order); "not set" always comes last. The rows add up to the totals.
 */
export function budgetTotals(activities: readonly Budgeted[]): BudgetTotals {
  const sources = new Map<string | null, FundingSourceTotal>();
  let planned = 0;
  let spent = 0;
  // A plan names few sources for many activities: each text is folded once.
  const keys = new Map<string, string | null>();
  for (const a of activities) {
    const live = a.status !== 'cancelled';
    if (!live && a.spent === 0) continue;
    let key = keys.get(a.funding);
    if (key === undefined) {
      key = fundingSourceKey(a.funding);
      keys.set(a.funding, key);
    }
    let source = sources.get(key);
    if (!source) {
      const text = a.funding.trim().replace(/\s+/g, ' ');
      const label = key === null ? FUNDING_NOT_SET : { da: text, en: text };
      source = { key, label, planned: 0, spent: 0, activityIds: [] };
      sources.set(key, source);
    }
    if (live) {
      source.planned += a.budget;
      planned += a.budget;
    }
    source.spent += a.spent;
    spent += a.spent;
    source.activityIds.push(a.id);
  }
  // The sort is stable, so sources with the same budget keep the plan's order.
  const bySource = [...sources.values()]
    .filter((s) => s.key !== null)
    .sort((x, y) => y.planned - x.planned);
  const notSet = sources.get(null);
  if (notSet) bySource.push(notSet);
  return { planned, spent, remaining: planned - spent, bySource };
}
