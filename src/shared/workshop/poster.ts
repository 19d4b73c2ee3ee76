import type { WindowDocument } from '../model/document';
import type { Priority } from '../model/enums';
import type { WorkshopStepPart } from './formats';
import { WORKSHOP_FORMATS } from './formats';
import { entryCards, isEntryPart, type EntrySource } from './step-entries';

// What a step's poster holds: the plan's entries the step works on, and the cards the room has
// written in it. The paper kit puts the same on the wall: the question, and what is on the table.

export const POSTER_PAPERS = ['A3', 'A1'] as const;
export type PosterPaper = (typeof POSTER_PAPERS)[number];

export interface PosterEntry {
  title: string;
  /** For a priorities step: the entry's priority, which is what the room is looking at. */
  priority?: Priority;
}

type PosterSource = EntrySource & Pick<WindowDocument, 'workshopCards'>;

/** The step of `formatId` with `stepId`, or null when the format has no such step. */
export function stepOf(formatId: keyof typeof WORKSHOP_FORMATS, stepId: string) {
  return WORKSHOP_FORMATS[formatId].steps.find((s) => s.id === stepId) ?? null;
}

/**
 * The plan's entries a step of `part` works on, as the room sees them in workshop mode; on the
 * wall only a priorities step shows each entry's priority, which is what the room is looking at.
 */
export function posterEntries(doc: PosterSource, part: WorkshopStepPart): PosterEntry[] {
  if (!isEntryPart(part)) return [];
  return entryCards(doc, part).map(({ title, priority }) =>
    part === 'priorities' && priority !== undefined ? { title, priority } : { title },
  );
}

/**
 * The cards the room wrote in the step and has not yet taken into the plan (those stand among
 * the plan's entries) nor parked, in their order.
 */
export function posterCards(doc: PosterSource, workshopId: string, stepId: string): string[] {
  return doc.workshopCards
    .filter(
      (c) =>
        c.workshopId === workshopId && c.stepId === stepId && !c.parked && c.promotedKind === null,
    )
    .map((c) => c.text.trim());
}
