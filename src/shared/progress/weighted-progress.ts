import type { Activity } from '../model/entities';
import type { WeightedProgress } from '../model/stored/figures';

type Counted = Pick<Activity, 'status' | 'progress' | 'participantsPlanned'>;

/**
 * The plan's overall progress: Σ(progress × participantsPlanned) / Σ participantsPlanned over the
 * activities that are not cancelled. A course for 120 people then weighs more than a workshop for
 * 6, as it does for the committee. When none of them has planned participants, the plain mean of
 * their progress is used rather than dividing by zero. Cancelled activities are left out: they
 * will never move, and counting them at 0 % would punish the committee for stopping something.
 */
export function weightedProgress(activities: readonly Counted[]): WeightedProgress {
  const counted = activities.filter((a) => a.status !== 'cancelled');
  if (counted.length === 0) return { percent: null, weighting: 'none', activityCount: 0 };
  const weight = counted.reduce((sum, a) => sum + a.participantsPlanned, 0);
  if (weight > 0) {
    const weighted = counted.reduce((sum, a) => sum + a.progress * a.participantsPlanned, 0);
    return { percent: weighted / weight, weighting: 'participants', activityCount: counted.length };
  }
  const mean = counted.reduce((sum, a) => sum + a.progress, 0) / counted.length;
  return { percent: mean, weighting: 'unweighted', activityCount: counted.length };
}
