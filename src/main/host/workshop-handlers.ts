import type { ApiHandlers } from '../../shared/api';
import { applyRankingToPriorities, promoteCard, saveBallot, type Promoted } from '../core';
import type { PlanHolder } from './plan-holder';

type WorkshopCalls = 'promoteCard' | 'applyRankingToPriorities' | 'saveBallot';

/** The calls that take a workshop's result into the open plan, each as one undo step. */
export function workshopHandlers(plan: PlanHolder): Pick<ApiHandlers, WorkshopCalls> {
  const { edited } = plan;
  return {
    promoteCard: ({ cardId, as }) => {
      let promoted: Promoted | null = null;
      const change = edited((s) => {
        promoted = promoteCard(s, cardId, as);
      });
      return { promoted: promoted!, change };
    },
    applyRankingToPriorities: ({ workshopId }) =>
      edited((s) => applyRankingToPriorities(s, workshopId)),
    saveBallot: (ballot) => edited((s) => saveBallot(s, ballot)),
  };
}
