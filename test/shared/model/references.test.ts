import { describe, expect, it } from 'vitest';
import { findDanglingReference } from '../../../src/shared/model/references';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { examplePlan } from '../../helpers/example-plan';

const GHOST = '3f1c1f5e-9a8e-4c7e-8d6b-2a9c1e0b7a11';

describe('findDanglingReference', () => {
  it('finds nothing in a whole plan', () => {
    expect(findDanglingReference(examplePlan(fixedEnvironment()))).toBeNull();
  });

  it('names the kinds and ids of the first reference that points at nothing', () => {
    const doc = examplePlan(fixedEnvironment());
    const activity = doc.activities[1]!;
    activity.ownerId = GHOST;
    doc.yearItems[0]!.measurementIds = [GHOST];
    expect(findDanglingReference(doc)).toEqual({
      fromKind: 'activity',
      fromId: activity.id,
      toKind: 'member',
      toId: GHOST,
    });
  });
});
