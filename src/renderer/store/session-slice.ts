import type { AppInfo, PlanChange, PlanSnapshot, RecentFile } from '../../shared/api';
import type { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { newerThan, withChange } from './apply-change';
import { cleanCopyReason } from './clean-copy';
import { numberedPath, planPathBeside } from './paths';
import type { SliceCreator } from './types';

/** Something that went well and deserves a word, e.g. where a copy was saved. */
export type SessionNotice = { kind: 'copy-saved'; path: string };

export interface SessionSlice {
  appInfo: AppInfo | null;
  /** The open plan, or null on the start screen. */
  snapshot: PlanSnapshot | null;
  recent: RecentFile[];
  /** True once the first load has answered, so the start screen does not flash before a plan. */
  loaded: boolean;
  busy: boolean;
  error: AppError | null;
  notice: SessionNotice | null;
  /**
   * The file the last open refused for a reason a clean copy gets round (things we did not
   * write, changes made outside Omstil), so making the copy does not ask for it a second time.
   */
  refusedPath: string | null;
  loadInitial: () => Promise<void>;
  newPlan: (path: string, title?: string) => Promise<boolean>;
  /**
   * Opens the example plan at `path`, made there now unless it was made earlier; at `path (2)`,
   * `(3)` … when the name is taken by a file that is not a plan.
   */
  newExample: (path: string) => Promise<boolean>;
  openPlan: (path: string) => Promise<boolean>;
  /** Makes a plan beside the JSON file at `source` from it, and opens it. */
  importPlan: (source: string) => Promise<boolean>;
  closePlan: () => Promise<boolean>;
  refresh: () => Promise<boolean>;
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
  saveCopy: (path: string) => Promise<boolean>;
  clearError: () => void;
  clearNotice: () => void;
  /** For the steps kept outside the store (`flows/`): the flag, the alert, the plan, the list. */
  setBusy: (busy: boolean) => void;
  showError: (error: AppError) => void;
  replaceSnapshot: (snapshot: PlanSnapshot) => void;
  /**
   * Puts an edit's answer into the plan, or reads the plan afresh when the answer does not follow
   * on from the window's copy (see `withChange`).
   */
  takeChange: (change: PlanChange) => Promise<void>;
  reloadRecent: () => Promise<void>;
  /** Takes a plan off the recent list; the file is not touched. */
  forgetRecent: (path: string) => Promise<boolean>;
}

/** Far more numbered copies than anyone keeps; the bound only stops a runaway loop. */
const MAX_EXAMPLE_COPIES = 100;

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get) => {
  /** Runs one call with the busy flag up; a refusal lands in `error` and yields null. */
  async function run<T>(call: () => Promise<Result<T>>): Promise<T | null> {
    set({ busy: true, error: null, notice: null });
    try {
      const result = await call();
      if (!result.ok) {
        set({ error: result.error });
        return null;
      }
      return result.value;
    } finally {
      set({ busy: false });
    }
  }

  /** The recent list is a convenience: failing to refresh it must not hide the plan's own result. */
  async function reloadRecent(): Promise<void> {
    const result = await get().api.listRecent({});
    if (result.ok) set({ recent: result.value });
  }

  async function showPlan(snapshot: PlanSnapshot | null): Promise<boolean> {
    if (!snapshot) return false;
    set({ snapshot });
    await reloadRecent();
    return true;
  }

  async function takeChange(change: PlanChange): Promise<void> {
    const placed = withChange(get().snapshot, change);
    set({ snapshot: placed.snapshot });
    if (!placed.stale) return;
    const fresh = await get().api.getPlan({});
    if (!fresh.ok) set({ error: fresh.error });
    else if (fresh.value && newerThan(fresh.value, get().snapshot)) set({ snapshot: fresh.value });
  }

  async function applyChange(change: PlanChange | null): Promise<boolean> {
    if (!change) return false;
    await takeChange(change);
    return true;
  }

  return {
    appInfo: null,
    snapshot: null,
    recent: [],
    loaded: false,
    busy: false,
    error: null,
    notice: null,
    refusedPath: null,

    loadInitial: async () => {
      const { api } = get();
      set({ busy: true, error: null });
      const [info, plan, recent] = await Promise.all([
        api.appInfo({}),
        api.getPlan({}),
        api.listRecent({}),
      ]);
      const firstError = [info, plan, recent].find((r) => !r.ok);
      set({
        appInfo: info.ok ? info.value : null,
        snapshot: plan.ok ? plan.value : null,
        recent: recent.ok ? recent.value : [],
        error: firstError && !firstError.ok ? firstError.error : null,
        loaded: true,
        busy: false,
      });
    },

    newPlan: async (path, title) => {
      const { api, language } = get();
      const input = title ? { path, title, language } : { path, language };
      return showPlan(await run(() => api.newPlan(input)));
    },

    forgetRecent: async (path) => {
      const recent = await run(() => get().api.forgetRecent({ path }));
      if (recent === null) return false;
      set({ recent });
      return true;
    },

    newExample: async (path) => {
      const { api, language } = get();
      set({ busy: true, error: null, notice: null });
      try {
        // The example made last time is opened again, with what the committee tried in it, rather
        // than a copy more each time the button is pressed: the folder should not fill up.
        const earlier = await api.openPlan({ path });
        if (earlier.ok) return await showPlan(earlier.value);
        const first = earlier.error.code === 'not-found' ? 1 : 2;
        for (let n = first; n <= MAX_EXAMPLE_COPIES; n += 1) {
          const result = await api.newPlan({
            path: numberedPath(path, n),
            example: true,
            language,
          });
          if (result.ok) return await showPlan(result.value);
          // The core never overwrites; a taken name just means the next number.
          if (result.error.code !== 'already-exists' || n === MAX_EXAMPLE_COPIES) {
            set({ error: result.error });
            return false;
          }
        }
        return false;
      } finally {
        set({ busy: false });
      }
    },

    openPlan: async (path) => {
      const snapshot = await run(() => get().api.openPlan({ path }));
      set({ refusedPath: !snapshot && cleanCopyReason(get().error) ? path : null });
      return showPlan(snapshot);
    },

    importPlan: async (source) => {
      const path = planPathBeside(source);
      return showPlan(await run(() => get().api.importPlan({ source, path })));
    },

    closePlan: async () => {
      const closed = await run(() => get().api.closePlan({}));
      if (closed === null && get().error) return false;
      set({ snapshot: null });
      await reloadRecent();
      return true;
    },

    refresh: async () => {
      const snapshot = await run(() => get().api.getPlan({}));
      if (get().error) return false;
      set({ snapshot });
      return true;
    },

    undo: async () => {
      const step = get().snapshot?.history.undoStep ?? null;
      if (!(await applyChange(await run(() => get().api.undo({}))))) return false;
      set({ lastStep: step && { direction: 'undo', step }, lastDeleted: null });
      return true;
    },

    redo: async () => {
      const step = get().snapshot?.history.redoStep ?? null;
      if (!(await applyChange(await run(() => get().api.redo({}))))) return false;
      set({ lastStep: step && { direction: 'redo', step }, lastDeleted: null });
      return true;
    },

    saveCopy: async (path) => {
      const saved = await run(() => get().api.saveCopy({ path }));
      if (!saved) return false;
      set({ notice: { kind: 'copy-saved', path: saved.path } });
      return true;
    },

    clearError: () => set({ error: null }),
    clearNotice: () => set({ notice: null }),
    setBusy: (busy) => set({ busy }),
    showError: (error) => set({ error }),
    replaceSnapshot: (snapshot) => set({ snapshot }),
    takeChange,
    reloadRecent,
  };
};
