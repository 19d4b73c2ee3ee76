import type { ActivityStatus } from '../../shared/model/enums';
import type { SliceCreator } from './types';

/**
 * The plan's screens, in the committee's order of work: why, for whom, what, how, doing, following,
 * and the committee's recurring year (årshjul, the fund, the annual evaluation).
 */
export const PLAN_VIEWS = [
  'overview',
  'drivers',
  'targetGroups',
  'competences',
  'methods',
  'activities',
  'measurements',
  'progress',
  'timeline',
  'effect',
  'impactMap',
  'yearWheel',
  'funding',
  'evaluation',
] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

/** What the activity list is narrowed to; empty strings and nulls mean "any". */
export interface ActivityFilter {
  text: string;
  status: ActivityStatus | '';
  ownerId: string;
  competenceId: string;
  targetGroupId: string;
  /** The activities that overlap this period (ISO dates, either end open). */
  from: string | null;
  to: string | null;
}

export const EMPTY_ACTIVITY_FILTER: ActivityFilter = {
  text: '',
  status: '',
  ownerId: '',
  competenceId: '',
  targetGroupId: '',
  from: null,
  to: null,
};

export interface ViewSlice {
  /** The screen shown, for the plan at `viewPath`; another plan starts on the overview. */
  view: PlanView;
  viewPath: string | null;
  selectedActivityId: string | null;
  activityFilter: ActivityFilter;
  setView: (view: PlanView) => void;
  selectActivity: (id: string | null) => void;
  setActivityFilter: (patch: Partial<ActivityFilter>) => void;
  resetActivityFilter: () => void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  view: 'overview',
  viewPath: null,
  selectedActivityId: null,
  activityFilter: EMPTY_ACTIVITY_FILTER,

  // A refused value in a field on the screen would be lost with it, so leaving asks first.
  setView: (view) =>
    get().leave(() => {
      const path = get().snapshot?.file.path ?? null;
      if (path !== get().viewPath) {
        set({
          view,
          viewPath: path,
          selectedActivityId: null,
          activityFilter: EMPTY_ACTIVITY_FILTER,
        });
      } else {
        set({ view });
      }
    }),
  selectActivity: (id) => {
    if (id === get().selectedActivityId) return;
    get().leave(() => set({ selectedActivityId: id }));
  },
  setActivityFilter: (patch) => set({ activityFilter: { ...get().activityFilter, ...patch } }),
  resetActivityFilter: () => set({ activityFilter: EMPTY_ACTIVITY_FILTER }),
});

/** The screen to show for the open plan: what was chosen for it, else the overview. */
export function currentView(state: {
  view: PlanView;
  viewPath: string | null;
  snapshot: { file: { path: string } } | null;
}): PlanView {
  return state.snapshot && state.snapshot.file.path === state.viewPath ? state.view : 'overview';
}
