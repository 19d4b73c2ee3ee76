import { z } from 'zod';
import type { PlanDocument } from '../model/document';
import type { ActivityStatus } from '../model/enums';
import { progressOverview, type ProgressOptions } from './overview';
import {
  BudgetTotalsSchema,
  ParticipantTotalsSchema,
  StatusCountsSchema,
  storedAmount,
  storedCount,
  storedDate,
  storedStatus,
  WeightedProgressSchema,
} from './schemas';
import type { ProgressOverview } from './types';

export const SNAPSHOT_VERSION = 1;

/** One activity as it stood when the status was marked, so a later diff can name what moved. */
export interface ActivityState {
  activityId: string;
  title: string;
  status: ActivityStatus;
  progress: number;
  budget: number;
  spent: number;
  participantsReached: number;
}

/**
 * "Mark a status": the progress figures on a date, kept so the committee can see how the plan
 * moved between meetings. It carries its own copy of titles, because an activity may be renamed
 * or deleted before the next snapshot is compared with it.
 */
export interface StatusSnapshot extends ProgressOverview {
  version: typeof SNAPSHOT_VERSION;
  activities: ActivityState[];
}

export function createSnapshot(
  doc: Pick<PlanDocument, 'competences' | 'activities'>,
  today: string,
  options: ProgressOptions = {},
): StatusSnapshot {
  return {
    version: SNAPSHOT_VERSION,
    ...progressOverview(doc, today, options),
    activities: doc.activities.map((a) => ({
      activityId: a.id,
      title: a.title,
      status: a.status,
      progress: a.progress,
      budget: a.budget,
      spent: a.spent,
      participantsReached: a.participantsReached,
    })),
  };
}

const ref = { activityId: z.string(), title: z.string(), status: storedStatus };

/** For the storage and the transports: a stored snapshot is checked before it is compared. */
export const StatusSnapshotSchema = z.strictObject({
  version: z.literal(SNAPSHOT_VERSION),
  date: storedDate,
  byStatus: StatusCountsSchema,
  progress: WeightedProgressSchema,
  overdue: z.array(
    z.strictObject({
      ...ref,
      end: storedDate,
      daysOverdue: z.number().int(),
      progress: z.number(),
    }),
  ),
  startingSoon: z.array(
    z.strictObject({ ...ref, start: storedDate, daysUntilStart: z.number().int() }),
  ),
  budget: BudgetTotalsSchema,
  participants: ParticipantTotalsSchema,
  competences: z.array(
    z.strictObject({
      competenceId: z.string(),
      title: z.string(),
      activityIds: z.array(z.string()),
      progress: WeightedProgressSchema,
    }),
  ),
  activities: z.array(
    z.strictObject({
      ...ref,
      progress: z.number(),
      budget: storedAmount,
      spent: storedAmount,
      participantsReached: storedCount,
    }),
  ),
}) satisfies z.ZodType<StatusSnapshot>;
