import type { PlanDocument } from '../../../shared/model/document';
import { useAppStore } from '../../store';

/** The open plan's document; the planner's screens are only shown while a plan is open. */
export function usePlan(): PlanDocument | null {
  return useAppStore((s) => s.snapshot?.document ?? null);
}
