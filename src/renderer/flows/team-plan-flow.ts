import { useAppStore } from '../store';
import { folderOf, joinPath } from '../store/paths';

/**
 * Filing a team's plan into the open plan: choose the team's file, read what filing it would add
 * and what the plan already has, then file it as one step that undo takes back whole.
 */
export async function requestTeamPlan(): Promise<void> {
  const { appInfo, snapshot, busy, showTeamPlan } = useAppStore.getState();
  if (!appInfo || !snapshot || busy) return;
  if (!appInfo.nativeDialogs) {
    // A team's plan is usually sent to the secretary and kept beside the workplace's own.
    const folder = joinPath(folderOf(snapshot.file.path), appInfo.pathSeparator, '');
    showTeamPlan({ sourcePath: folder, teamId: null, preview: null, error: null });
    return;
  }
  await chooseTeamPlanFile();
}

/** The desktop's file dialog, then the preview of the file chosen; nothing when cancelled. */
export async function chooseTeamPlanFile(): Promise<void> {
  const store = useAppStore.getState();
  const chosen = await store.api.chooseFile({ purpose: 'teamPlan' });
  if (!chosen.ok) {
    if (store.teamPlan) store.updateTeamPlan({ error: chosen.error });
    else store.showError(chosen.error);
    return;
  }
  if (chosen.value.path === null) return;
  store.showTeamPlan({ sourcePath: chosen.value.path, teamId: null, preview: null, error: null });
  await readTeamPlan();
}

/** Reads the team's file and shows what filing it would do; a refusal is said in the dialog. */
export async function readTeamPlan(): Promise<boolean> {
  const store = useAppStore.getState();
  const dialog = store.teamPlan;
  if (!dialog || store.busy) return false;
  store.setBusy(true);
  try {
    const result = await store.api.previewTeamPlan({
      sourcePath: dialog.sourcePath,
      ...(dialog.teamId === null ? {} : { teamId: dialog.teamId }),
    });
    if (!result.ok) {
      store.updateTeamPlan({ preview: null, error: result.error });
      return false;
    }
    store.updateTeamPlan({ preview: result.value, teamId: result.value.teamId, error: null });
    return true;
  } finally {
    store.setBusy(false);
  }
}

/** The team is another target group of the team's plan: read what filing that one would do. */
export async function chooseTeam(teamId: string): Promise<boolean> {
  useAppStore.getState().updateTeamPlan({ teamId: teamId === '' ? null : teamId });
  return readTeamPlan();
}

/** Files the team's plan as the preview showed it, and says what was added and found. */
export async function fileTeamPlan(): Promise<boolean> {
  const store = useAppStore.getState();
  const preview = store.teamPlan?.preview;
  if (!store.teamPlan || !preview || preview.teamId === null || store.busy) return false;
  store.setBusy(true);
  try {
    const result = await store.api.fileTeamPlan({
      sourcePath: store.teamPlan.sourcePath,
      teamId: preview.teamId,
    });
    if (!result.ok) {
      store.updateTeamPlan({ error: result.error });
      return false;
    }
    await store.takeChange(result.value.change);
    useAppStore.getState().showTeamPlanFiled(result.value.report);
    return true;
  } finally {
    useAppStore.getState().setBusy(false);
  }
}
