import type { WindowDocument } from '../model/document';
import type { Priority } from '../model/enums';
import type { WorkshopStepPart } from './formats';
import { WORKSHOP_FORMATS } from './formats';

// What a step's poster holds: the plan's entries the step works on, and the cards the room has
// written in it. The paper kit puts the same on the wall: the question, and what is on the table.

export const POSTER_PAPERS = ['A3', 'A1'] as const;
export type PosterPaper = (typeof POSTER_PAPERS)[number];

export interface PosterEntry {
  title: string;
  /** For a priorities step: the entry's priority, which is what the room is looking at. */
  priority?: Priority;
}

type PosterSource = Pick<
  WindowDocument,
  'plan' | 'drivers' | 'competences' | 'methods' | 'activities' | 'workshopCards'
>;

/** The step of `formatId` with `stepId`, or null when the format has no such step. */
export function stepOf(formatId: keyof typeof WORKSHOP_FORMATS, stepId: string) {
  return WORKSHOP_FORMATS[formatId].steps.find((s) => s.id === stepId) ?? null;
}

/** The plan's entries a step of `part` works on, in the committee's order. */
export function posterEntries(doc: PosterSource, part: WorkshopStepPart): PosterEntry[] {
  switch (part) {
    case 'drivers':
      return doc.drivers.map((d) => ({ title: d.title }));
    case 'competences':
      return doc.competences.map((c) => ({ title: c.title }));
    case 'methods':
      return doc.methods.map((m) => ({ title: m.title }));
    case 'activities':
      return doc.activities
        .filter((a) => a.status !== 'cancelled')
        .map((a) => ({ title: a.title }));
    case 'principles':
      return doc.plan.principles.map((title) => ({ title }));
    case 'priorities':
      // High first; equal priorities keep the committee's order (the sort is stable).
      return [...doc.competences]
        .sort((a, b) => a.priority - b.priority)
        .map((c) => ({ title: c.title, priority: c.priority }));
    case 'opening':
    case 'break':
    case 'closing':
      return [];
  }
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
