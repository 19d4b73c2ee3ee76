import { useAppStore } from '../store';
import { fileNameOf, folderOf, joinPath } from '../store/paths';
import { cleanCopyName, copyName } from './copy-names';
import { chooseNative, runSharingCall, showSharedPlan } from './sharing-call';

/** Opens a working copy of the plan at `path`; false when refused (the refusal is shown). */
export async function openCopy(path: string, inDialog: boolean): Promise<boolean> {
  const snapshot = await runSharingCall((api) => api.openCopy({ path }), inDialog);
  if (!snapshot) return false;
  await showSharedPlan(snapshot, { kind: 'copy-opened', path: snapshot.file.path });
  return true;
}

/** Writes a clean copy of `source` at `target` and opens it. */
export async function salvage(source: string, target: string, inDialog: boolean): Promise<boolean> {
  const snapshot = await runSharingCall((api) => api.salvageCopy({ source, target }), inDialog);
  if (!snapshot) return false;
  await showSharedPlan(snapshot, { kind: 'salvaged', path: snapshot.file.path });
  return true;
}

/** "Åbn en kopi": asks where the working copy goes, then opens it. */
export async function requestOpenCopy(): Promise<void> {
  const { appInfo, snapshot, language, askSharingPath } = useAppStore.getState();
  if (!appInfo || !snapshot) return;
  const name = copyName('copyFileName', snapshot.file.name, language);
  if (!appInfo.nativeDialogs) {
    // A working copy is the user's own: it goes to their documents, not the shared folder.
    const suggestedPath = joinPath(appInfo.defaultFolder, appInfo.pathSeparator, name);
    askSharingPath({ purpose: 'openCopy', suggestedPath, suggestedSource: '' });
    return;
  }
  const path = await chooseNative('saveCopy', name);
  if (path !== null) await openCopy(path, false);
}

/** "Lav en ren kopi": the file to copy (the one just refused, if any) and where the copy goes. */
export async function requestSalvage(): Promise<void> {
  const { appInfo, refusedPath, askSharingPath } = useAppStore.getState();
  if (!appInfo) return;
  if (!appInfo.nativeDialogs) {
    askSharingPath({
      purpose: 'salvage',
      // The file just refused is the one to copy; the user need not find it again.
      suggestedSource: refusedPath ?? joinPath(appInfo.defaultFolder, appInfo.pathSeparator, ''),
      suggestedPath: '',
    });
    return;
  }
  const source = refusedPath ?? (await chooseNative('open'));
  if (source === null) return;
  const target = await chooseNative(
    'saveCopy',
    cleanCopyName(fileNameOf(source), useAppStore.getState().language),
  );
  if (target !== null) await salvage(source, target, false);
}

/**
 * "Lav en ren kopi" on a plan open read-only because it was changed outside Omstil: the file is
 * the one open, so only where the copy goes is asked.
 */
export async function requestCleanCopy(): Promise<void> {
  const { appInfo, snapshot, language, askSharingPath } = useAppStore.getState();
  if (!appInfo || !snapshot) return;
  const source = snapshot.file.path;
  const name = cleanCopyName(snapshot.file.name, language);
  if (!appInfo.nativeDialogs) {
    // Beside the original, where whoever looks for the plan will find both.
    const suggestedPath = joinPath(folderOf(source), appInfo.pathSeparator, name);
    askSharingPath({ purpose: 'cleanCopy', suggestedPath, suggestedSource: source });
    return;
  }
  const target = await chooseNative('saveCopy', name);
  if (target !== null) await salvage(source, target, false);
}
