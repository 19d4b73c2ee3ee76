import { useCallback, useState } from 'react';
import type { Workshop } from '../../../shared/model/entities';
import type { WorkshopFormat, WorkshopStep } from '../../../shared/workshop/formats';
import { useAppStore } from '../../store';

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
 * Which step of the format the room is on: the one the plan's workshop stands on, so an
 * interrupted workshop continues there. Moving writes the step to the workshop like any other
 * change to the plan.
 */
export function useWorkshopStep(format: WorkshopFormat, workshop: Workshop): WorkshopStepState {
  const updateEntity = useAppStore((s) => s.updateEntity);
  // The step asked for while the plan is still writing it: shown at once, so a facilitator who
  // presses → twice in quick succession moves two steps, not one.
  const [pending, setPending] = useState<string | null>(null);
  const shown = pending ?? workshop.currentStepId;
  const count = format.steps.length;
  // A step the format no longer knows, or a workshop not yet begun, starts at the first step.
  const index = Math.max(
    0,
    format.steps.findIndex((step) => step.id === shown),
  );
  const goTo = useCallback(
    (target: number) => {
      const to = Math.min(Math.max(target, 0), format.steps.length - 1);
      const step = format.steps[to];
      if (!step || to === index) return;
      setPending(step.id);
      void updateEntity({
        entity: 'workshop',
        id: workshop.id,
        patch: { currentStepId: step.id },
      }).finally(() => setPending((asked) => (asked === step.id ? null : asked)));
    },
    [format, index, workshop.id, updateEntity],
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
