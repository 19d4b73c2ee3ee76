import type { CallArgs, MergeConflict, MergePreview, PlanSnapshot } from '../../shared/api';
import type { AppError } from '../../shared/errors';
import type { Language } from '../../shared/model/enums';
import type { Result } from '../../shared/result';
import { i18n } from '../i18n';
import { baseNameOf, folderOf, joinPath, planFileName } from './paths';
import type { SliceCreator } from './types';

export type MergeChoice = CallArgs<'completeMerge'>['resolutions'][string];

/** The in-page questions for a path that sharing asks, where the host has no file dialog. */
export type SharingPurpose = 'openCopy' | 'mergeTheirs' | 'salvage';

export interface SharingPrompt {
  purpose: SharingPurpose;
  suggestedPath: string;
  /** For a clean copy: the file that could not be opened (its second field). */
  suggestedSource: string;
}

/** What went well, said once beside the plan it concerns. */
export type SharingNotice =
  | { kind: 'taken-over' | 'copy-opened' | 'salvaged'; path: string }
  | { kind: 'merged'; path: string };

/** Why the merge dialog did not finish; shown in the dialog, next to the conflicts it names. */
export type MergeProblem =
  | { kind: 'error'; error: AppError }
  | { kind: 'outdated' }
  | { kind: 'unresolved'; ids: string[] }
  | { kind: 'date-order'; ids: string[] };

export interface MergeState {
  theirsPath: string;
  preview: MergePreview;
  /** The user's choice per conflict id; a conflict without one is not decided yet. */
  choices: Record<string, MergeChoice>;
  suggestedOutPath: string;
  problem: MergeProblem | null;
}

export interface SharingSlice {
  sharingPrompt: SharingPrompt | null;
  /** A refusal inside one of the sharing dialogs (the page's own alert is behind them). */
  sharingError: AppError | null;
  sharingNotice: SharingNotice | null;
  merge: MergeState | null;
  confirmingTakeOver: boolean;
  /** Opening failed because the file holds things we did not write: offer a clean copy. */
  foreignFile: boolean;
  requestOpenCopy: () => Promise<void>;
  requestTakeOver: () => Promise<void>;
  confirmTakeOver: () => Promise<boolean>;
  cancelTakeOver: () => void;
  requestSalvage: () => Promise<void>;
  requestMerge: () => Promise<void>;
  submitSharingPrompt: (values: { path: string; source?: string }) => Promise<boolean>;
  cancelSharingPrompt: () => void;
  chooseConflict: (id: string, choice: MergeChoice) => void;
  chooseAllConflicts: (choice: MergeChoice) => void;
  /** `outPath` comes from the dialog's own field; with native dialogs it is asked for here. */
  finishMerge: (outPath?: string) => Promise<boolean>;
  cancelMerge: () => void;
  /** Called with each refusal on the start screen; a foreign file turns into the offer. */
  noteOpenRefusal: (error: AppError) => void;
  dismissCleanCopyOffer: () => void;
  dismissSharingNotice: () => void;
  /** After an edit found the plan taken over: show the plan as it now is, read-only. */
  syncLockLost: () => Promise<void>;
}

/** Start and end of one row: a merge may not mix them into an end before the start. */
const DATE_PAIRS: Record<string, readonly [string, string]> = {
  plan: ['periodStart', 'periodEnd'],
  activity: ['start', 'end'],
};

/** The date conflicts whose choices differ within one row's start/end pair. */
export function mixedDateChoices(
  conflicts: readonly MergeConflict[],
  choices: Readonly<Record<string, MergeChoice>>,
): string[] {
  const pairs = new Map<string, MergeConflict[]>();
  for (const c of conflicts) {
    if (c.field === null || !DATE_PAIRS[c.entityKind]?.includes(c.field)) continue;
    const key = `${c.entityKind}/${c.rowId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), c]);
  }
  return [...pairs.values()]
    .filter((pair) => pair.length === 2 && choices[pair[0]!.id] !== choices[pair[1]!.id])
    .flatMap((pair) => pair.map((c) => c.id));
}

type CopyKind = 'copyFileName' | 'mergedFileName' | 'cleanFileName';

/** `Plan.omstil` → `Plan (kopi).omstil`, `Plan (flettet).omstil` … in the user's language. */
function copyName(kind: CopyKind, fileName: string, language: Language): string {
  return planFileName(
    i18n.t(`sharing.paths.${kind}`, { lng: language, name: baseNameOf(fileName) }),
  );
}

export const cleanCopyName = (fileName: string, language: Language): string =>
  copyName('cleanFileName', fileName, language);

const fileNameOf = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

export const createSharingSlice: SliceCreator<SharingSlice> = (set, get) => {
  /** Runs a call with the busy flag up; a refusal goes to the open dialog, or else the page. */
  async function run<T>(call: () => Promise<Result<T>>, inDialog: boolean): Promise<T | null> {
    set({ busy: true, sharingError: null, ...(inDialog ? {} : { error: null }) });
    try {
      const result = await call();
      if (result.ok) return result.value;
      set(inDialog ? { sharingError: result.error } : { error: result.error });
      return null;
    } finally {
      set({ busy: false });
    }
  }

  /** The native file dialog; null when cancelled or refused (the refusal is on the page). */
  async function chooseNative(
    purpose: 'open' | 'saveCopy',
    suggestedName?: string,
  ): Promise<string | null> {
    const chosen = await get().api.chooseFile(
      suggestedName ? { purpose, suggestedName } : { purpose },
    );
    if (chosen.ok) return chosen.value.path;
    set({ error: chosen.error });
    return null;
  }

  async function showPlan(snapshot: PlanSnapshot, notice: SharingNotice): Promise<void> {
    set({ snapshot, sharingNotice: notice, sharingPrompt: null, foreignFile: false });
    const recent = await get().api.listRecent({});
    if (recent.ok) set({ recent: recent.value });
  }

  async function openCopy(path: string, inDialog: boolean): Promise<boolean> {
    const snapshot = await run(() => get().api.openCopy({ path }), inDialog);
    if (!snapshot) return false;
    await showPlan(snapshot, { kind: 'copy-opened', path: snapshot.file.path });
    return true;
  }

  async function salvage(source: string, target: string, inDialog: boolean): Promise<boolean> {
    const snapshot = await run(() => get().api.salvageCopy({ source, target }), inDialog);
    if (!snapshot) return false;
    await showPlan(snapshot, { kind: 'salvaged', path: snapshot.file.path });
    return true;
  }

  async function compare(theirsPath: string, inDialog: boolean): Promise<boolean> {
    const preview = await run(() => get().api.previewMerge({ theirsPath }), inDialog);
    if (!preview) return false;
    const { appInfo } = get();
    const mine = preview.mine.path;
    set({
      sharingPrompt: null,
      merge: {
        theirsPath,
        preview,
        choices: {},
        suggestedOutPath: joinPath(
          folderOf(mine),
          appInfo?.pathSeparator ?? '/',
          copyName('mergedFileName', preview.mine.name, get().language),
        ),
        problem: null,
      },
    });
    return true;
  }

  const setProblem = (problem: MergeProblem | null) => {
    const merge = get().merge;
    if (merge) set({ merge: { ...merge, problem } });
  };

  /** The files changed since the preview: compare again, keeping choices that still apply. */
  async function compareAgain(merge: MergeState, problem: MergeProblem): Promise<void> {
    const again = await get().api.previewMerge({ theirsPath: merge.theirsPath });
    if (!again.ok) {
      setProblem({ kind: 'error', error: again.error });
      return;
    }
    const ids = new Set(again.value.conflicts.map((c) => c.id));
    const choices = Object.fromEntries(Object.entries(merge.choices).filter(([id]) => ids.has(id)));
    set({ merge: { ...merge, preview: again.value, choices, problem } });
  }

  async function refused(merge: MergeState, error: AppError): Promise<void> {
    switch (error.code) {
      case 'merge-outdated':
        return compareAgain(merge, { kind: 'outdated' });
      case 'merge-unresolved':
        // Every conflict had a choice, so the files changed and brought new ones.
        return compareAgain(merge, { kind: 'error', error });
      case 'invalid-input': {
        const ids = mixedDateChoices(merge.preview.conflicts, merge.choices);
        return setProblem(ids.length > 0 ? { kind: 'date-order', ids } : { kind: 'error', error });
      }
      default:
        return setProblem({ kind: 'error', error });
    }
  }

  return {
    sharingPrompt: null,
    sharingError: null,
    sharingNotice: null,
    merge: null,
    confirmingTakeOver: false,
    foreignFile: false,

    requestOpenCopy: async () => {
      const { appInfo, snapshot } = get();
      if (!appInfo || !snapshot) return;
      const name = copyName('copyFileName', snapshot.file.name, get().language);
      if (!appInfo.nativeDialogs) {
        // A working copy is the user's own: it goes to their documents, not the shared folder.
        const suggestedPath = joinPath(appInfo.defaultFolder, appInfo.pathSeparator, name);
        set({
          sharingPrompt: { purpose: 'openCopy', suggestedPath, suggestedSource: '' },
          sharingError: null,
        });
        return;
      }
      const path = await chooseNative('saveCopy', name);
      if (path !== null) await openCopy(path, false);
    },

    requestTakeOver: async () => {
      const lock = get().snapshot?.file.lock;
      if (!lock) return;
      if (lock.takeOver === 'confirm') {
        set({ confirmingTakeOver: true, error: null });
        return;
      }
      set({ busy: true, error: null });
      const result = await get().api.takeOverLock({});
      if (result.ok) {
        const path = result.value.file.path;
        set({ busy: false, snapshot: result.value, sharingNotice: { kind: 'taken-over', path } });
        return;
      }
      if (result.error.code !== 'locked') {
        set({ busy: false, error: result.error });
        return;
      }
      // The holder came back since the plan was opened: show that, and ask before taking it.
      const current = await get().api.getPlan({});
      set({
        ...(current.ok && current.value ? { snapshot: current.value } : {}),
        busy: false,
        confirmingTakeOver: true,
      });
    },

    confirmTakeOver: async () => {
      const snapshot = await run(() => get().api.takeOverLock({ confirmed: true }), true);
      if (!snapshot) return false;
      set({
        snapshot,
        confirmingTakeOver: false,
        sharingNotice: { kind: 'taken-over', path: snapshot.file.path },
      });
      return true;
    },

    cancelTakeOver: () => set({ confirmingTakeOver: false, sharingError: null }),

    requestSalvage: async () => {
      const { appInfo, refusedPath } = get();
      if (!appInfo) return;
      if (!appInfo.nativeDialogs) {
        set({
          sharingPrompt: {
            purpose: 'salvage',
            // The file just refused is the one to copy; the user need not find it again.
            suggestedSource:
              refusedPath ?? joinPath(appInfo.defaultFolder, appInfo.pathSeparator, ''),
            suggestedPath: '',
          },
          sharingError: null,
        });
        return;
      }
      const source = refusedPath ?? (await chooseNative('open'));
      if (source === null) return;
      const target = await chooseNative(
        'saveCopy',
        cleanCopyName(fileNameOf(source), get().language),
      );
      if (target !== null) await salvage(source, target, false);
    },

    requestMerge: async () => {
      const { appInfo, snapshot } = get();
      if (!appInfo || !snapshot) return;
      if (!appInfo.nativeDialogs) {
        // Copies of a plan usually lie side by side, so the search starts in its folder.
        const folder = joinPath(folderOf(snapshot.file.path), appInfo.pathSeparator, '');
        set({
          sharingPrompt: { purpose: 'mergeTheirs', suggestedPath: folder, suggestedSource: '' },
          sharingError: null,
        });
        return;
      }
      const path = await chooseNative('open');
      if (path !== null) await compare(path, false);
    },

    submitSharingPrompt: async ({ path, source }) => {
      const prompt = get().sharingPrompt;
      if (!prompt || get().busy) return false;
      switch (prompt.purpose) {
        case 'openCopy':
          return openCopy(path.trim(), true);
        case 'mergeTheirs':
          return compare(path.trim(), true);
        case 'salvage':
          return salvage((source ?? '').trim(), path.trim(), true);
      }
    },

    cancelSharingPrompt: () => set({ sharingPrompt: null, sharingError: null }),

    chooseConflict: (id, choice) => {
      const merge = get().merge;
      if (!merge) return;
      const choices = { ...merge.choices, [id]: choice };
      set({ merge: { ...merge, choices, problem: problemAfterChoice(merge, choices) } });
    },

    chooseAllConflicts: (choice) => {
      const merge = get().merge;
      if (!merge) return;
      const choices = Object.fromEntries(merge.preview.conflicts.map((c) => [c.id, choice]));
      set({ merge: { ...merge, choices, problem: null } });
    },

    finishMerge: async (outPath) => {
      const { merge, appInfo } = get();
      if (!merge || !appInfo || get().busy) return false;
      const { conflicts } = merge.preview;
      const unresolved = conflicts.filter((c) => !merge.choices[c.id]).map((c) => c.id);
      if (unresolved.length > 0) {
        setProblem({ kind: 'unresolved', ids: unresolved });
        return false;
      }
      const mixed = mixedDateChoices(conflicts, merge.choices);
      if (mixed.length > 0) {
        setProblem({ kind: 'date-order', ids: mixed });
        return false;
      }
      let path = outPath?.trim() ?? '';
      if (appInfo.nativeDialogs) {
        const chosen = await chooseNative('saveCopy', fileNameOf(merge.suggestedOutPath));
        if (chosen === null) return false;
        path = chosen;
      }
      const resolutions = Object.fromEntries(conflicts.map((c) => [c.id, merge.choices[c.id]!]));
      setProblem(null);
      set({ busy: true, error: null });
      try {
        const result = await get().api.completeMerge({
          theirsPath: merge.theirsPath,
          outPath: path,
          resolutions,
          open: true,
        });
        if (!result.ok) {
          await refused(merge, result.error);
          return false;
        }
        set({ merge: null });
        const { snapshot } = result.value;
        if (snapshot) await showPlan(snapshot, { kind: 'merged', path: result.value.path });
        return true;
      } finally {
        set({ busy: false });
      }
    },

    cancelMerge: () => set({ merge: null }),

    noteOpenRefusal: (error) => {
      const foreign = error.code === 'foreign-schema';
      set({ foreignFile: foreign });
      // The path was right; the file needs another step, which the start screen offers. The
      // refusal stays, now in the page's alert beside the offer.
      if (foreign && get().prompt?.purpose === 'open') set({ prompt: null });
    },

    dismissCleanCopyOffer: () => set({ foreignFile: false }),

    dismissSharingNotice: () => set({ sharingNotice: null }),

    syncLockLost: async () => {
      const current = await get().api.getPlan({});
      if (!current.ok || !current.value) return;
      // The read-only notice now says the same as the error, and offers what to do about it.
      set({
        snapshot: current.value,
        ...(get().error?.code === 'lock-lost' ? { error: null } : {}),
      });
    },
  };
};

/** A problem about the choices goes away as soon as the choices no longer have it. */
function problemAfterChoice(
  merge: MergeState,
  choices: Record<string, MergeChoice>,
): MergeProblem | null {
  const { problem, preview } = merge;
  if (problem?.kind === 'unresolved') {
    const ids = preview.conflicts.filter((c) => !choices[c.id]).map((c) => c.id);
    return ids.length > 0 ? { kind: 'unresolved', ids } : null;
  }
  if (problem?.kind === 'date-order') {
    const ids = mixedDateChoices(preview.conflicts, choices);
    return ids.length > 0 ? { kind: 'date-order', ids } : null;
  }
  return problem;
}
