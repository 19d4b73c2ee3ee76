import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/shared/model/entities';
import {
  correctStepDate,
  moveStatus,
  stepDates,
} from '../../../src/renderer/screens/planner/overview/status-moves';

const adoptedPlan: Pick<Plan, 'status' | 'decisionDate' | 'statusDates'> = {
  status: 'adopted',
  decisionDate: '2025-11-27',
  statusDates: {
    draft: '2025-10-01',
    discussed: '2025-11-06',
    adopted: '2025-11-27',
    active: null,
    evaluated: null,
  },
};

describe('moving a plan through draft → discussed → adopted → active → evaluated', () => {
  it('records today on the step moved to and keeps the earlier steps’ dates', () => {
    expect(moveStatus(adoptedPlan, 'active', '2026-01-05')).toEqual({
      status: 'active',
      statusDates: { ...adoptedPlan.statusDates, active: '2026-01-05' },
    });
  });

  it('going back clears the steps no longer reached and the decision date before adoption', () => {
    expect(moveStatus(adoptedPlan, 'discussed', '2025-12-01')).toEqual({
      status: 'discussed',
      statusDates: { ...adoptedPlan.statusDates, discussed: '2025-12-01', adopted: null },
      decisionDate: null,
    });
  });

  it('adopting sets the decision date to the same day as the adopted step', () => {
    const discussed = moveStatus(adoptedPlan, 'discussed', '2025-12-01');
    const plan = { ...adoptedPlan, ...discussed };
    const adopted = moveStatus(plan, 'adopted', '2025-12-18');
    expect(adopted.decisionDate).toBe('2025-12-18');
    expect(adopted.statusDates?.adopted).toBe('2025-12-18');
  });

  it('reads the adopted date from the decision date of a plan from before the dates were kept', () => {
    const old = { ...adoptedPlan, statusDates: { ...adoptedPlan.statusDates, adopted: null } };
    expect(stepDates(old).adopted).toBe('2025-11-27');
    expect(moveStatus(old, 'active', '2026-01-05').statusDates?.adopted).toBe('2025-11-27');
  });

  it('a corrected adopted date is the decision date too; other steps leave it alone', () => {
    expect(correctStepDate(adoptedPlan, 'adopted', '2025-11-28')).toEqual({
      statusDates: { ...adoptedPlan.statusDates, adopted: '2025-11-28' },
      decisionDate: '2025-11-28',
    });
    expect(correctStepDate(adoptedPlan, 'discussed', '2025-11-07')).toEqual({
      statusDates: { ...adoptedPlan.statusDates, discussed: '2025-11-07' },
    });
  });
});
