import type { ApiHandlers } from '../../shared/api';
import { systemEnvironment, type Environment, type PlanSession } from '../core';
import { excelImportHandlers } from './excel-import-handlers';
import { exportHandlers } from './export-handlers';
import type { HostContext } from './host-context';
import { hostHandlers } from './host-handlers';
import { createPlanHolder } from './plan-holder';
import { sessionHandlers } from './session-handlers';
import { surveyHandlers } from './survey-handlers';
import { teamPlanHandlers } from './team-plan-handlers';
import { trendsHandlers } from './trends-handlers';
import { workshopHandlers } from './workshop-handlers';

export type Handlers = ApiHandlers & {
  /** Closes the open plan; called when the window or the host goes away. */
  dispose: () => void;
  /** The open session, for the shell's own use (e.g. the window title). */
  current: () => PlanSession | null;
};

/**
 * The main-side implementation of the contract for one window (or one HTTP host): it holds at
 * most one open plan. Input has already been validated by `dispatch`.
 */
export function createHandlers(ctx: HostContext, env: Environment = systemEnvironment): Handlers {
  const plan = createPlanHolder(ctx, env);
  const { dispose: disposeExports, ...exports } = exportHandlers(plan, ctx, env);
  return {
    ...hostHandlers(ctx, env),
    ...sessionHandlers(plan, ctx, env),
    ...workshopHandlers(plan),
    ...teamPlanHandlers(plan),
    ...exports,
    // Trends across many plans (issue 18).
    ...trendsHandlers(ctx, env),
    ...excelImportHandlers(plan, ctx, env),
    // Survey results in (issue 17 item 2).
    ...surveyHandlers(plan),
    dispose: () => {
      plan.close();
      disposeExports();
    },
    current: () => plan.current(),
  };
}
