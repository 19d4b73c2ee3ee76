import { useAppStore, type PlanView } from '../../store';

/** Opens another step of the plan; its heading takes focus, as with the side navigation. */
export function useGoToView(): (view: PlanView) => void {
  return useAppStore((s) => s.setView);
}

/**
 * Opens an activity in the Indsatser screen. The list's search is cleared first, or the activity
 * could be hidden by a filter set earlier and the link would seem to lead nowhere.
 */
export function useGoToActivity(): (activityId: string) => void {
  const setView = useAppStore((s) => s.setView);
  const select = useAppStore((s) => s.selectActivity);
  const resetFilter = useAppStore((s) => s.resetActivityFilter);
  return (activityId) => {
    resetFilter();
    setView('activities');
    select(activityId);
  };
}
