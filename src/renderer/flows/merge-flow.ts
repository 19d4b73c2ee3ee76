import type { AppError } from '../../shared/errors';
import { useAppStore } from '../store';
import { outOfOrderChoices } from '../store/merge-choices';
import { fileNameOf, folderOf, joinPath } from '../store/paths';
import type { MergeProblem, MergeState } from '../store/merge-state';
import { copyName } from './copy-names';
import { chooseNative, runSharingCall, showSharedPlan } from './sharing-call';

/**
 * Merging two copies of a plan: choose the other copy, compare it with the open plan, let the
 * user decide each conflict, then write the merged plan as a new file and open it.
 */
export async function requestMerge(): Promise<void> {
  const { appInfo, snapshot, askSharingPath } = useAppStore.getState();
  if (!appInfo || !snapshot) return;
  if (!appInfo.nativeDialogs) {
    // Copies of a plan usually lie side by side, so the search starts in its folder.
    const folder = joinPath(folderOf(snapshot.file.path), appInfo.pathSeparator, '');
    askSharingPath({ purpose: 'mergeTheirs', suggestedPath: folder, suggestedSource: '' });
    return;
  }
  const path = await chooseNative('open');
  if (path !== null) await compareWith(path, false);
}

/** Compares the open plan with the copy at `theirsPath` and shows what a merge would do. */
export async function compareWith(theirsPath: string, inDialog: boolean): Promise<boolean> {
  const preview = await runSharingCall((api) => api.previewMerge({ theirsPath }), inDialog);
  if (!preview) return false;
  const { appInfo, language, showMerge } = useAppStore.getState();
  showMerge({
    theirsPath,
    preview,
    choices: {},
    suggestedOutPath: joinPath(
      folderOf(preview.mine.path),
      appInfo?.pathSeparator ?? '/',
      copyName('mergedFileName', preview.mine.name, language),
    ),
    problem: null,
  });
  return true;
}

/**
 * Writes the merge with the user's choices and opens it. `outPath` comes from the dialog's own
 * field; with native dialogs it is asked for here. False when it did not finish: the dialog
 * then shows why.
 */
export async function finishMerge(outPath?: string): Promise<boolean> {
  const { merge, appInfo, busy } = useAppStore.getState();
  if (!merge || !appInfo || busy) return false;
  const { conflicts } = merge.preview;
  const unresolved = conflicts.filter((c) => !merge.choices[c.id]).map((c) => c.id);
  if (unresolved.length > 0) {
    setProblem({ kind: 'unresolved', ids: unresolved });
    return false;
  }
  const outOfOrder = outOfOrderChoices(conflicts, merge.choices);
  if (outOfOrder.length > 0) {
    setProblem({ kind: 'date-order', ids: outOfOrder });
    return false;
  }
  let path = outPath?.trim() ?? '';
  if (appInfo.nativeDialogs) {
    const chosen = await chooseNative('saveCopy', fileNameOf(merge.suggestedOutPath));
    if (chosen === null) return false;
    path = chosen;
  }
  const resolutions = Object.fromEntries(conflicts.map((c) => [c.id, merge.choices[c.id]!]));
  const store = useAppStore.getState();
  setProblem(null);
  store.setBusy(true);
  store.clearError();
  try {
    const result = await store.api.completeMerge({
      theirsPath: merge.theirsPath,
      outPath: path,
      resolutions,
      open: true,
    });
    if (!result.ok) {
      await refused(merge, result.error);
      return false;
    }
    store.cancelMerge();
    const { snapshot } = result.value;
    if (snapshot) await showSharedPlan(snapshot, { kind: 'merged', path: result.value.path });
    return true;
  } finally {
    store.setBusy(false);
  }
}

const setProblem = (problem: MergeProblem | null) =>
  useAppStore.getState().updateMerge({ problem });

/** The core refused the merge: say why in the dialog, next to the conflicts it concerns. */
async function refused(merge: MergeState, error: AppError): Promise<void> {
  switch (error.code) {
    case 'merge-outdated':
      return compareAgain(merge, { kind: 'outdated' });
    case 'merge-unresolved':
      // Every conflict had a choice, so the files changed and brought new ones.
      return compareAgain(merge, { kind: 'error', error });
    case 'invalid-input': {
      const ids = outOfOrderChoices(merge.preview.conflicts, merge.choices);
      return setProblem(ids.length > 0 ? { kind: 'date-order', ids } : { kind: 'error', error });
    }
    default:
      return setProblem({ kind: 'error', error });
  }
}

/** The files changed since the preview: compare again, keeping choices that still apply. */
async function compareAgain(merge: MergeState, problem: MergeProblem): Promise<void> {
  const again = await useAppStore.getState().api.previewMerge({ theirsPath: merge.theirsPath });
  if (!again.ok) {
    setProblem({ kind: 'error', error: again.error });
    return;
  }
  const ids = new Set(again.value.conflicts.map((c) => c.id));
  const choices = Object.fromEntries(Object.entries(merge.choices).filter(([id]) => ids.has(id)));
  useAppStore.getState().updateMerge({ preview: again.value, choices, problem });
}
