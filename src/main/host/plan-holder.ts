import type { PlanChange, PlanSnapshot } from '../../shared/api';
import { errors, OmstilError } from '../../shared/errors';
import type { Environment, PlanSession } from '../core';
import type { HostContext } from './host-context';
import { rememberRecentFile } from './recent-files';

/**
 * The one plan a window (or the HTTP host) has open. Session and export handlers share it: a
 * newly opened plan must reach both, and whatever an export kept for the old plan must go.
 */
export interface PlanHolder {
  current: () => PlanSession | null;
  /** The open session, or a typed "no plan open" error for the caller. */
  require: () => PlanSession;
  /** Closes the open plan (if any) and makes `next` the open one; answers its snapshot. */
  replace: (next: PlanSession) => PlanSnapshot;
  /** Runs an edit (an undo, a redo) on the open plan and answers what it changed. */
  edited: (edit: (session: PlanSession) => void) => PlanChange;
  /** Runs a step that opens the plan afresh (a take-over) and answers the whole plan. */
  reopened: (step: (session: PlanSession) => void) => PlanSnapshot;
  close: () => void;
  /** Called whenever the open plan is replaced or closed. */
  onSwitch: (listener: () => void) => void;
}

export function createPlanHolder(ctx: HostContext, env: Environment): PlanHolder {
  let session: PlanSession | null = null;
  const listeners: (() => void)[] = [];
  const switched = () => listeners.forEach((listener) => listener());

  const require = (): PlanSession => {
    if (!session || session.isClosed) throw new OmstilError(errors.noPlanOpen());
    return session;
  };

  return {
    current: () => session,
    require,
    replace: (next) => {
      session?.close();
      switched();
      session = next;
      rememberRecentFile(ctx.recentFilesPath, next.path, env.now().toISOString());
      // One read of a plan just opened: the snapshot has the title the shell shows.
      const snapshot = next.snapshot();
      ctx.onPlanChanged?.(next.path, snapshot.document.plan.title);
      return snapshot;
    },
    edited: (edit) => {
      const s = require();
      edit(s);
      const change = s.change();
      // The title can change by an edit, an undo or a redo; the shell shows it in the window title.
      if (change.patch.plan) ctx.onPlanChanged?.(s.path, change.patch.plan.title);
      return change;
    },
    reopened: (step) => {
      const s = require();
      step(s);
      const snapshot = s.snapshot();
      ctx.onPlanChanged?.(s.path, snapshot.document.plan.title);
      return snapshot;
    },
    close: () => {
      session?.close();
      session = null;
      switched();
    },
    onSwitch: (listener) => {
      listeners.push(listener);
    },
  };
}
