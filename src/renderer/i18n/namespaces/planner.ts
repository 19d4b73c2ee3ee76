import type { Texts } from '../texts';

/** Texts of the planner part of the interface. Danish is the original; English has the same keys. */
export const plannerDa = {};

export const plannerEn: Texts<typeof plannerDa> = {};
