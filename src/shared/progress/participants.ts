import type { Activity } from '../model/entities';
import type { ParticipantTotals } from '../model/stored/figures';

type Counted = Pick<Activity, 'status' | 'participantsPlanned' | 'participantsReached'>;

/** Planned counts activities that are not cancelled; reached counts every activity. */
export function participantTotals(activities: readonly Counted[]): ParticipantTotals {
  let planned = 0;
  let reached = 0;
  for (const a of activities) {
    if (a.status !== 'cancelled') planned += a.participantsPlanned;
    reached += a.participantsReached;
  }
  return { planned, reached, share: planned > 0 ? reached / planned : null };
}
