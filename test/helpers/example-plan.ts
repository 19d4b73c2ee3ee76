import type { Environment } from '../../src/main/core/services/clock';
import { examplePlanDocument } from '../../src/main/core/services/plan-factory';
import type { PlanDocument } from '../../src/shared/model/document';
import { fixedEnvironment } from './fixed-env';

/**
 * The day the tests make the example plan on. The program makes it as of today, so its dates move
 * with the calendar; tests that compare its figures fix the day here. It is the day the fixed
 * clock (fixed-env.ts) starts on, so the example a test makes itself and the one the in-process
 * core makes through "new plan" are the same plan.
 */
export const EXAMPLE_AS_OF = '2026-11-27';

/** The example plan as made on `asOf`, with the fixed clock and ids unless a test brings its own. */
export function examplePlan(
  env: Environment = fixedEnvironment(),
  asOf: string = EXAMPLE_AS_OF,
): PlanDocument {
  return examplePlanDocument(env, asOf);
}
