import type { WindowDocument } from '../../../shared/model/document';
import { GUIDE_STEPS, type GuideRecord, type GuideStep } from './guide-record';

/** New and empty: nothing yet on why, what or how, so a guided start cannot overwrite any work. */
export function isEmptyPlan(doc: WindowDocument): boolean {
  return doc.drivers.length === 0 && doc.competences.length === 0 && doc.activities.length === 0;
}

export const stepIndex = (step: GuideStep): number => GUIDE_STEPS.indexOf(step);

/**
 * The step to open on. A running guide goes back to where it was left, but no further than the
 * plan itself allows: competences are suggested from drivers and linked to target groups, so if
 * those are missing (deleted in the plan meanwhile, or never saved because the program closed
 * mid-step) the guide resumes at the first step that would make them.
 */
export function resumeStep(record: GuideRecord | null, doc: WindowDocument): GuideStep {
  const stored = record?.status === 'running' ? record.step : 'plan';
  const wanted = stepIndex(stored);
  if (wanted >= stepIndex('competences')) {
    if (doc.drivers.length === 0) return 'drivers';
    if (doc.targetGroups.length === 0) return 'targetGroups';
  }
  return stored;
}

/** The rows of a kind that the guide made and that are still in the plan, in the plan's order. */
export function createdRows<T extends { id: string }>(
  rows: readonly T[],
  createdIds: readonly string[],
): T[] {
  const made = new Set(createdIds);
  return rows.filter((row) => made.has(row.id));
}
