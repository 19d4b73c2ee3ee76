import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../../src/main/core/plan-file/read-only';
import {
  createEntity,
  deleteEntity,
  updateEntity,
} from '../../../src/main/core/services/entity-service';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import { planMerge, writeMerge } from '../../../src/main/core/sync/merge';
import { DEFAULT_FUNDING_RULES } from '../../../src/shared/funding';
import type { PlanDocument } from '../../../src/shared/model/document';
import { useTempDir } from '../../helpers/temp-dir';
import { editing, omstilCheck, twoCopies } from './fixtures';

const read = (path: string): PlanDocument => readPlanReadOnly(path).document;

describe('merging the årshjul, status snapshots and evaluations of two copies', () => {
  const tempDir = useTempDir();
  const output = () => join(tempDir(), 'Flettet.omstil');

  it('asks about an item in the årshjul both changed, and writes the chosen side', async () => {
    const { mine, theirs } = twoCopies(tempDir());
    const item = read(mine).yearItems.find((y) => y.kind === 'su-meeting')!;
    editing(mine, (s) =>
      updateEntity(s, { entity: 'yearItem', id: item.id, patch: { title: 'SU-møde med budget' } }),
    );
    editing(theirs, (s) =>
      updateEntity(s, { entity: 'yearItem', id: item.id, patch: { title: 'SU-temamøde' } }),
    );

    const { conflicts } = planMerge(mine, theirs);
    expect(conflicts).toEqual([
      expect.objectContaining({
        id: `year_item/${item.id}/title`,
        entityKind: 'yearItem',
        entityTitle: 'SU-møde med budget',
        field: 'title',
        mine: 'SU-møde med budget',
        theirs: 'SU-temamøde',
        kind: 'field',
      }),
    ]);
    writeMerge(mine, theirs, { [conflicts[0]!.id]: 'theirs' }, output());
    expect(read(output()).yearItems.find((y) => y.id === item.id)?.title).toBe('SU-temamøde');
    expect((await omstilCheck(output())).code).toBe(0);
  });

  it('asks about a fund application both changed, showing each side’s whole application', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const activity = read(mine).activities.find((a) => a.fundingApplication !== null)!;
    const application = activity.fundingApplication!;
    editing(mine, (s) =>
      updateEntity(s, {
        entity: 'activity',
        id: activity.id,
        patch: { fundingApplication: { ...application, amount: 10_000 } },
      }),
    );
    editing(theirs, (s) =>
      updateEntity(s, {
        entity: 'activity',
        id: activity.id,
        patch: { fundingApplication: { ...application, amount: 20_000 } },
      }),
    );
    const { conflicts } = planMerge(mine, theirs);
    expect(conflicts).toEqual([
      expect.objectContaining({
        entityKind: 'activity',
        field: 'fundingApplication',
        mine: { ...application, amount: 10_000 },
        theirs: { ...application, amount: 20_000 },
      }),
    ]);
  });

  it('keeps what each side added to its year without asking', async () => {
    const { mine, theirs } = twoCopies(tempDir());
    const before = read(mine);
    const activity = before.activities[0]!;
    const dropped = before.yearItems.find((y) => y.kind === 'budget')!;
    let added = '';
    editing(mine, (s) => {
      added = createEntity(s, {
        entity: 'yearItem',
        values: {
          month: 10,
          title: 'Temadag om det nye system',
          kind: 'other',
          activityIds: [activity.id],
        },
      });
      createEntity(s, { entity: 'statusSnapshot', values: { note: 'Til SU-mødet' } });
    });
    editing(theirs, (s) => {
      deleteEntity(s, 'yearItem', dropped.id);
      createEntity(s, {
        entity: 'evaluation',
        values: { year: 2027, periodStart: '2027-01-01', periodEnd: '2027-06-30' },
      });
      updatePlan(s, {
        fundingRules: { ...DEFAULT_FUNDING_RULES, approvalReminderDays: 14 },
      });
    });

    const result = planMerge(mine, theirs);
    expect(result.conflicts).toEqual([]);
    writeMerge(mine, theirs, {}, output());
    const merged = read(output());
    expect(merged.yearItems.find((y) => y.id === added)?.activityIds).toEqual([activity.id]);
    expect(merged.yearItems.some((y) => y.id === dropped.id)).toBe(false);
    expect(merged.statusSnapshots).toHaveLength(before.statusSnapshots.length + 1);
    expect(merged.evaluations.map((e) => e.year).sort()).toEqual(
      [...before.evaluations.map((e) => e.year), 2027].sort(),
    );
    expect(merged.plan.fundingRules?.approvalReminderDays).toBe(14);
    expect((await omstilCheck(output())).code).toBe(0);
  });

  it('drops an item’s link to an activity the other side deleted', () => {
    const { mine, theirs } = twoCopies(tempDir());
    const doc = read(mine);
    const item = doc.yearItems.find((y) => y.activityIds.length > 0)!;
    const gone = item.activityIds[0]!;
    editing(mine, (s) => deleteEntity(s, 'activity', gone));
    editing(theirs, (s) =>
      updateEntity(s, {
        entity: 'yearItem',
        id: item.id,
        patch: { description: 'Husk dagsordenen' },
      }),
    );
    writeMerge(mine, theirs, {}, output());
    const merged = read(output()).yearItems.find((y) => y.id === item.id)!;
    expect(merged.activityIds).not.toContain(gone);
    expect(merged.description).toBe('Husk dagsordenen');
  });
});
