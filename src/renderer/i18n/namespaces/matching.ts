import type { Texts } from '../texts';

/** Texts of the matching part of the interface. Danish is the original; English has the same keys. */
export const matchingDa = {};

export const matchingEn: Texts<typeof matchingDa> = {};
