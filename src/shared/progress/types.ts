import type { LocalizedText } from '../i18n/localized';
import type { ActivityStatus } from '../model/enums';

/** How many activities have each status; every status is present, zero when unused. */
export type StatusCounts = Record<ActivityStatus, number>;

export interface WeightedProgress {
  /** 0–100, unrounded; null when there is no activity to count. */
  percent: number | null;
  /**
   * `participants` when weighted by planned participants; `unweighted` when none of the counted
   * activities has planned participants, so the plain mean is used; `none` when nothing counted.
   */
  weighting: 'participants' | 'unweighted' | 'none';
  /** The activities counted: all but the cancelled. */
  activityCount: number;
}

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

export interface FundingSourceTotal {
  /** The normalised source (trimmed, lower case, single spaces); null when not stated. */
  key: string | null;
  /** The source as first written in the plan, or "Ikke angivet"/"Not set". */
  label: LocalizedText;
  planned: number;
  spent: number;
  activityIds: string[];
}

export interface BudgetTotals {
  /** Σ budget over activities that are not cancelled. */
  planned: number;
  /** Σ spent over all activities, cancelled included: money spent before a cancellation is spent. */
  spent: number;
  /** planned − spent; negative when the plan has overspent. */
  remaining: number;
  bySource: FundingSourceTotal[];
}

export interface ParticipantTotals {
  /** Σ participantsPlanned over activities that are not cancelled. */
  planned: number;
  /** Σ participantsReached over all activities: people reached before a cancellation were reached. */
  reached: number;
  /** reached / planned, or null when nobody is planned. */
  share: number | null;
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
