import type { Workshop } from '../../../shared/model/entities';
import { WORKSHOP_FORMATS, type WorkshopStep } from '../../../shared/workshop/formats';

export interface OpenWorkshop {
  workshop: Workshop;
  step: WorkshopStep;
  /** The step's place in its format, from 0. */
  index: number;
  count: number;
}

/**
 * The plan's workshops not yet ended, newest first, each with the step it stands on (a workshop
 * not yet moved, or on a step its format no longer knows, stands on the first).
 */
export function openWorkshops(workshops: readonly Workshop[]): OpenWorkshop[] {
  return workshops
    .filter((workshop) => workshop.endedAt === null)
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.updatedAt.localeCompare(a.updatedAt))
    .map((workshop) => {
      const steps = WORKSHOP_FORMATS[workshop.format].steps;
      const index = Math.max(
        0,
        steps.findIndex((step) => step.id === workshop.currentStepId),
      );
      return { workshop, step: steps[index]!, index, count: steps.length };
    });
}
