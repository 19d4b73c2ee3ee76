import { describe, expect, it } from 'vitest';
import { PlanDocumentSchema, type PlanDocument } from '../../../src/shared/model/document';
import type { Activity } from '../../../src/shared/model/entities';
import { findDanglingReference } from '../../../src/shared/model/references';
import { addDays, addMonths } from '../../../src/shared/progress/dates';
import { progressOverview } from '../../../src/shared/progress/overview';
import { examplePlan } from '../../helpers/example-plan';
import { fixedEnvironment } from '../../helpers/fixed-env';

/**
 * The example plan is made as of the day it is opened. Whatever that day, it must read as a plan
 * on that day: nothing done that has not ended, nothing under way that has not begun, and no
 * snapshot, measurement or evaluation from the future.
 */

/** The first and last day of every month over four years, and the leap days among them. */
function days(): string[] {
  const out: string[] = [];
  for (let month = 0; month < 48; month++) {
    const first = addMonths('2025-01-01', month);
    out.push(first, addDays(addMonths(first, 1), -1));
  }
  return out;
}

/** Where an activity must stand on `date`, from its dates alone. */
function statusFits(a: Pick<Activity, 'status' | 'start' | 'end'>, date: string): boolean {
  switch (a.status) {
    case 'done':
      return a.end !== null && a.end <= date;
    case 'in-progress':
      return a.start !== null && a.start <= date && (a.end === null || a.end >= date);
    case 'planned':
      return a.start === null || a.start > date;
    case 'idea':
    case 'cancelled':
      return true;
  }
}

function problems(doc: PlanDocument, asOf: string): string[] {
  const found: string[] = [];
  const late = (what: string, date: string | null) => {
    if (date !== null && date > asOf) found.push(`${what} ${date}`);
  };

  for (const a of doc.activities) {
    if (!statusFits(a, asOf)) found.push(`${a.title}: ${a.status} ${a.start}–${a.end}`);
    const expected = a.status === 'done' ? 100 : a.status === 'planned' ? 0 : null;
    if (expected !== null && a.progress !== expected) found.push(`${a.title}: ${a.progress} %`);
    if (a.status === 'in-progress' && a.progress >= 100) found.push(`${a.title}: 100 % under way`);
    if (a.status === 'planned' && (a.spent > 0 || a.participantsReached > 0)) {
      found.push(`${a.title}: planned, yet money spent or people reached`);
    }
  }
  if (progressOverview(doc, asOf).overdue.length > 0) found.push('overdue activities');
  for (const m of doc.measurements) late('measurement', m.date);

  const byId = new Map(doc.activities.map((a) => [a.id, a]));
  for (const s of doc.statusSnapshots) {
    late('snapshot', s.date);
    if (s.data.date !== s.date) found.push(`snapshot ${s.date} holds ${s.data.date}`);
    if (s.data.overdue.length > 0) found.push(`snapshot ${s.date}: overdue activities`);
    for (const row of s.data.activities) {
      const a = byId.get(row.activityId);
      if (!a || !statusFits({ ...a, status: row.status }, s.date)) {
        found.push(`snapshot ${s.date}: ${row.title} ${row.status}`);
      }
    }
  }

  for (const e of doc.evaluations) {
    late('evaluation period end', e.periodEnd);
    late('evaluation completed', e.completedAt);
    if (e.completedAt !== null && e.completedAt < e.periodEnd) found.push('evaluated early');
    if (e.figures && e.figures.periodEnd !== e.periodEnd) found.push('evaluation figures');
  }

  const { plan } = doc;
  late('decision', plan.decisionDate);
  for (const [status, date] of Object.entries(plan.statusDates)) late(status, date);
  const thisMonth = `${asOf.slice(0, 7)}-01`;
  if (plan.periodStart !== thisMonth && plan.periodStart !== addMonths(thisMonth, -1)) {
    found.push(`period starts ${plan.periodStart}`);
  }
  return found;
}

describe('the example plan as of the day it is made', () => {
  it('is consistent with that day, whichever day it is', () => {
    const asOfs = days();
    expect(asOfs).toEqual(expect.arrayContaining(['2028-02-29', '2026-12-31', '2027-01-01']));
    for (const asOf of asOfs) {
      const doc = examplePlan(fixedEnvironment(), asOf);
      expect({ asOf, problems: problems(doc, asOf) }).toEqual({ asOf, problems: [] });
    }
  });

  it('still shows every part of the year: activities in each state, snapshots, an evaluation', () => {
    for (const asOf of ['2026-12-06', '2027-07-31', '2028-02-29']) {
      const doc = examplePlan(fixedEnvironment(), asOf);
      const statuses = new Set(doc.activities.map((a) => a.status));
      expect([...statuses].sort()).toEqual(['cancelled', 'done', 'idea', 'in-progress', 'planned']);
      expect(doc.statusSnapshots.map((s) => s.date)).toEqual(
        [...doc.statusSnapshots.map((s) => s.date)].sort(),
      );
      expect(doc.statusSnapshots).toHaveLength(2);
      const [evaluation] = doc.evaluations;
      expect(evaluation?.completedAt).not.toBeNull();
      expect(evaluation?.figures?.activities.carriedOut.length).toBeGreaterThan(0);
      expect(doc.measurements.some((m) => m.kind === 'follow-up')).toBe(true);
    }
  });

  it('passes the checks a plan file must pass, with every reference in place', () => {
    const doc = examplePlan(fixedEnvironment(), '2028-02-29');
    expect(PlanDocumentSchema.safeParse(doc).success).toBe(true);
    expect(findDanglingReference(doc)).toBeNull();
  });

  it('is the same plan when made twice on one day', () => {
    expect(examplePlan(fixedEnvironment(), '2027-05-15')).toEqual(
      examplePlan(fixedEnvironment(), '2027-05-15'),
    );
  });
});
