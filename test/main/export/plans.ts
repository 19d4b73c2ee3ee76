import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import type { PlanDocument } from '../../../src/shared/model/document';
import { examplePlan } from '../../helpers/example-plan';
import { fixedEnvironment } from '../../helpers/fixed-env';

export { examplePlan };

/** Laying out PDFs takes seconds on a busy machine, and CI shares its cores too. */
export const SLOW = 60_000;

/** The date every test exports on, so the cover's date is known. */
export const EXPORT_DATE = new Date('2026-11-27T10:00:00.000Z');

/** The example plan before any activity was added: drivers, competences and methods only. */
export function planWithoutActivities(): PlanDocument {
  return { ...examplePlan(), activities: [], measurements: [] };
}

/** A plan as `omstil new` makes it: a title and nothing else. */
export function blankPlan(): PlanDocument {
  return emptyPlanDocument('Ny kompetenceplan', 'da', fixedEnvironment());
}
