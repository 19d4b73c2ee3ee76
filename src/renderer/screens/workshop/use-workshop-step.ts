import { useCallback, useState } from 'react';
import type {
  WorkshopFormat,
  WorkshopStep,
  WorkshopStepId,
} from '../../../shared/workshop/formats';

export interface WorkshopStepState {
  step: WorkshopStep;
  /** The step's place in the format, from 0. */
  index: number;
  count: number;
  goTo: (index: number) => void;
  next: () => void;
  previous: () => void;
}

/**
 * Which step of the format the room is on, held by the step's stable id.
 *
 * This is the one place that knows where the step is kept. Today it lives in the window and a new
 * workshop starts at its first step; once the plan file holds the workshop (its format and the
 * step it stands on), this hook reads the step id from the open plan's workshop and writes a
 * change through the contract, so an interrupted workshop continues where it stopped. The screen
 * around it only calls `goTo`, `next` and `previous`.
 */
export function useWorkshopStep(format: WorkshopFormat): WorkshopStepState {
  const [stepId, setStepId] = useState<WorkshopStepId>(() => format.steps[0]!.id);
  const count = format.steps.length;
  // An id the format does not know (a step since removed) starts the room at the first step.
  const index = Math.max(
    0,
    format.steps.findIndex((step) => step.id === stepId),
  );
  const goTo = useCallback(
    (target: number) => {
      const step = format.steps[Math.min(Math.max(target, 0), format.steps.length - 1)];
      if (step) setStepId(step.id);
    },
    [format],
  );
  return {
    step: format.steps[index]!,
    index,
    count,
    goTo,
    next: () => goTo(index + 1),
    previous: () => goTo(index - 1),
  };
}
