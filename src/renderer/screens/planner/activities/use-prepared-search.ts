import { useEffect } from 'react';
import type { Activity } from '../../../../shared/model/entities';
import { prepareSearch } from './filter-activities';

/**
 * Prepares the activity search for each version of the list while the program is idle, from the
 * moment the plan is open, whichever screen is shown: a search then starts without a long task.
 */
export function usePreparedSearch(activities: readonly Activity[]): void {
  useEffect(() => prepareSearch(activities).stop, [activities]);
}
