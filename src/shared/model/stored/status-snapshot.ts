import { z } from 'zod';
import type { ActivityStatus } from '../enums';
import {
  BudgetTotalsSchema,
  ParticipantTotalsSchema,
  StatusCountsSchema,
  storedAmount,
  storedCount,
  storedDate,
  storedStatus,
  WeightedProgressSchema,
  type BudgetTotals,
  type ParticipantTotals,
  type StatusCounts,
  type WeightedProgress,
} from './figures';

export interface ActivityRef {
  activityId: string;
  title: string;
  status: ActivityStatus;
}

export interface OverdueActivity extends ActivityRef {
  end: string;
  daysOverdue: number;
  progress: number;
}

export interface StartingSoonActivity extends ActivityRef {
  start: string;
  /** 0 when it starts today. */
  daysUntilStart: number;
}

export interface CompetenceProgress {
  competenceId: string;
  title: string;
  /** Every activity that names the competence, in plan order, cancelled ones included. */
  activityIds: string[];
  /** The same weighting as the whole plan, over the activities above that are not cancelled. */
  progress: WeightedProgress;
}

export interface ProgressOverview {
  /** The `today` the figures were computed for. */
  date: string;
  byStatus: StatusCounts;
  progress: WeightedProgress;
  overdue: OverdueActivity[];
  startingSoon: StartingSoonActivity[];
  budget: BudgetTotals;
  participants: ParticipantTotals;
  competences: CompetenceProgress[];
}

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

/**
 * What a list of marked statuses shows of each one. The whole figures hold the same values and
 * the lists a comparison needs, so a window's copy of the plan carries only this (a third of a
 * large plan's file is figures), and the figures of one status are read when it is compared.
 */
export interface StatusSummary {
  progress: WeightedProgress;
  budget: Pick<BudgetTotals, 'planned' | 'spent' | 'remaining'>;
  participants: ParticipantTotals;
}

export const StatusSummarySchema = z.strictObject({
  progress: WeightedProgressSchema,
  budget: z.strictObject({ planned: storedAmount, spent: storedAmount, remaining: storedAmount }),
  participants: ParticipantTotalsSchema,
}) satisfies z.ZodType<StatusSummary>;

export function summaryOf(figures: StatusSnapshot): StatusSummary {
  const { planned, spent, remaining } = figures.budget;
  return {
    progress: figures.progress,
    budget: { planned, spent, remaining },
    participants: figures.participants,
  };
}
