import type { Activity } from '../model/entities';
import { ACTIVITY_STATUSES } from '../model/enums';
import type { StatusCounts } from '../model/stored/figures';

export function countByStatus(activities: readonly Pick<Activity, 'status'>[]): StatusCounts {
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const a of activities) counts[a.status] += 1;
  return counts;
}
