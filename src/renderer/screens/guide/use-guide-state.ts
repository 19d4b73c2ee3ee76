import { useAppStore } from '../../store';
import { GUIDE_STEPS } from './guide-record';
import { isEmptyPlan, resumeStep, stepIndex } from './guide-progress';
import { useGuideRecord } from './use-guide-record';

export interface GuideState {
  /** The open plan's id, or null on the start screen. */
  planId: string | null;
  /**
   * Show the offer at the top of the overview: the plan is new and empty and the guide was
   * neither skipped nor finished for it, or the guide was started and left to continue later.
   */
  offer: boolean;
  /** Started and neither finished nor skipped: the offer then says "continue". */
  inProgress: boolean;
  /** The guide is on screen for the open plan (see `openGuide`/`closeGuide`). */
  open: boolean;
  /** The step, counted from 1, that the guide opens on. */
  step: number;
  total: number;
}

export function useGuideState(): GuideState {
  const doc = useAppStore((s) => s.snapshot?.document ?? null);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? true);
  const openFor = useAppStore((s) => s.guideOpenFor);
  const planId = doc?.plan.id ?? null;
  const record = useGuideRecord(planId);
  const inProgress = record?.status === 'running';
  const fresh = record === null && doc !== null && isEmptyPlan(doc);
  return {
    planId,
    offer: doc !== null && !readOnly && (fresh || inProgress),
    inProgress,
    open: planId !== null && openFor === planId,
    step: doc ? stepIndex(resumeStep(record, doc)) + 1 : 1,
    total: GUIDE_STEPS.length,
  };
}
