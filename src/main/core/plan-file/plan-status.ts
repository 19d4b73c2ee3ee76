import type { CallOutput } from '../../../shared/api';
import { planYearStatus } from '../../../shared/year-wheel';
import { hasHotJournal } from './journal';
import { readPlanReadOnly } from './read-only';

/** The local calendar day as an ISO date: the committee's "today", not UTC's. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Where a recent plan stands in its year, for its line on the start screen: its status, the next
 * item of its årshjul and whether the annual evaluation is due. Read through the read-only path,
 * so the file is never written and no lock is taken (a colleague may have it open). A file that
 * is missing, damaged or not a plan answers null: the start screen then shows the file alone.
 */
export function recentPlanStatus(path: string, today: string): CallOutput<'recentPlanStatus'> {
  let document;
  try {
    // A journal beside the plan is dealt with when the plan is opened, where the user is told.
    if (hasHotJournal(path)) return null;
    document = readPlanReadOnly(path).document;
  } catch {
    return null;
  }
  const { plan, yearItems, evaluations } = document;
  const year = planYearStatus({
    wheel: yearItems.map((item) => ({
      ...item,
      ownerRole: item.ownerRole ?? undefined,
    })),
    evaluations,
    today,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
  });
  return {
    status: plan.status,
    nextItem: year.next
      ? {
          month: year.next.month,
          year: year.next.year,
          title:
            typeof year.next.item.title === 'string'
              ? year.next.item.title
              : year.next.item.title[plan.language],
        }
      : null,
    evaluationDue: year.evaluation,
  };
}
