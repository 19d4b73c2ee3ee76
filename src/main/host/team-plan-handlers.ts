import type { ApiHandlers } from '../../shared/api';
import type { TeamPlanReport } from '../../shared/workshop/team-plan';
import { fileTeamPlan, previewTeamPlan } from '../core';
import type { PlanHolder } from './plan-holder';

type TeamPlanCalls = 'previewTeamPlan' | 'fileTeamPlan';

/** The calls that file a team's plan (another file, only read) into the open plan. */
export function teamPlanHandlers(plan: PlanHolder): Pick<ApiHandlers, TeamPlanCalls> {
  return {
    previewTeamPlan: ({ sourcePath, teamId }) =>
      previewTeamPlan(plan.require(), sourcePath, teamId),
    fileTeamPlan: ({ sourcePath, teamId }) => {
      let report: TeamPlanReport | null = null;
      const change = plan.edited((s) => {
        report = fileTeamPlan(s, sourcePath, teamId);
      });
      return { report: report!, change };
    },
  };
}
