import type { AppError } from '../../shared/errors';
import type { TeamPlanPreview, TeamPlanReport } from '../../shared/workshop/team-plan';
import type { AppState, SliceCreator } from './types';

/** The plan's undo and redo state as one comparable value. */
export const historyKey = (state: AppState): string =>
  JSON.stringify(state.snapshot?.history ?? null);

/**
 * The dialog that files a team's plan into the open plan: the team's file (typed in where the
 * host has no file dialog), the team chosen, what the core found, and a refusal to show in it.
 */
export interface TeamPlanDialog {
  sourcePath: string;
  teamId: string | null;
  /** What filing would do; null until the file has been read (and again once the path changes). */
  preview: TeamPlanPreview | null;
  error: AppError | null;
}

export interface TeamPlanSlice {
  teamPlan: TeamPlanDialog | null;
  /**
   * What the last filing did, said under the plan's header while the plan's history is as the
   * filing left it (`history`, as `historyKey` gives it): an undo, a redo or another edit ends it.
   */
  teamPlanFiled: { report: TeamPlanReport; history: string } | null;
  showTeamPlan: (dialog: TeamPlanDialog) => void;
  updateTeamPlan: (patch: Partial<TeamPlanDialog>) => void;
  cancelTeamPlan: () => void;
  /** The dialog closes and the word on what was filed takes its place. */
  showTeamPlanFiled: (report: TeamPlanReport) => void;
  dismissTeamPlanFiled: () => void;
}

export const createTeamPlanSlice: SliceCreator<TeamPlanSlice> = (set, get) => ({
  teamPlan: null,
  teamPlanFiled: null,
  showTeamPlan: (dialog) => set({ teamPlan: dialog, teamPlanFiled: null }),
  updateTeamPlan: (patch) => {
    const dialog = get().teamPlan;
    if (dialog) set({ teamPlan: { ...dialog, ...patch } });
  },
  cancelTeamPlan: () => set({ teamPlan: null }),
  showTeamPlanFiled: (report) =>
    set({ teamPlan: null, teamPlanFiled: { report, history: historyKey(get()) } }),
  dismissTeamPlanFiled: () => set({ teamPlanFiled: null }),
});
