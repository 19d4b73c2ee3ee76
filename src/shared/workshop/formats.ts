/**
 * The two workshops of Kompetencesekretariatet's paper kit Kompetencedialogen, as scripts a
 * facilitator runs on the projector: each a half-day's timed steps, each step working on one part
 * of the plan. The texts (titles and the facilitator's guide) are in
 * `../i18n/workshop-formats.ts`, under the same ids.
 *
 * The ids are stable: a workshop stored in a plan file names its format and the step it stands
 * on by them, so an id is never reused for another step.
 */

import {
  WORKSHOP_FORMATS as STORED_FORMATS,
  type WorkshopFormat as StoredFormat,
} from '../model/enums';

/** The formats a workshop stored in the plan may name: one list, the model's. */
export const WORKSHOP_FORMAT_IDS = STORED_FORMATS;
export type WorkshopFormatId = StoredFormat;

/**
 * What a step works on. The plan's own order (drivers → competences → methods → activities),
 * the SU's principles and priorities, and the steps around them that hold no entries.
 */
export const WORKSHOP_STEP_PARTS = [
  'opening',
  'drivers',
  'competences',
  'methods',
  'activities',
  'principles',
  'priorities',
  'break',
  'closing',
] as const;
export type WorkshopStepPart = (typeof WORKSHOP_STEP_PARTS)[number];

/** A step as the scripts below write it; `WorkshopStep` is one of theirs, with its id known. */
interface StepShape {
  readonly id: string;
  readonly minutes: number;
  readonly part: WorkshopStepPart;
}

export interface WorkshopFormat {
  readonly id: WorkshopFormatId;
  /** The length the kit gives the workshop; the steps' minutes add up to it. */
  readonly minutes: number;
  readonly steps: readonly WorkshopStep[];
}

/**
 * Workshop 1 of the kit: the committee's dialogue on focus areas and principles for competence
 * development, against the workplace's tasks, strategic goals and challenges. It ends in input
 * to the competence strategy and the plan (Kompetenceaftalen § 8).
 */
const SU_STEPS = [
  { id: 'su-opening', minutes: 15, part: 'opening' },
  { id: 'su-drivers', minutes: 30, part: 'drivers' },
  { id: 'su-competences', minutes: 35, part: 'competences' },
  { id: 'su-break', minutes: 15, part: 'break' },
  { id: 'su-methods', minutes: 25, part: 'methods' },
  { id: 'su-principles', minutes: 25, part: 'principles' },
  { id: 'su-priorities', minutes: 25, part: 'priorities' },
  { id: 'su-closing', minutes: 10, part: 'closing' },
] as const satisfies readonly StepShape[];

/**
 * Workshop 2 of the kit: a group development talk (GRUS) between a manager and a team on the
 * team's shared competences and needs, ending in the team's group development plan.
 */
const TEAM_STEPS = [
  { id: 'team-opening', minutes: 15, part: 'opening' },
  { id: 'team-drivers', minutes: 25, part: 'drivers' },
  { id: 'team-competences', minutes: 30, part: 'competences' },
  { id: 'team-break', minutes: 10, part: 'break' },
  { id: 'team-methods', minutes: 20, part: 'methods' },
  { id: 'team-activities', minutes: 35, part: 'activities' },
  { id: 'team-closing', minutes: 15, part: 'closing' },
] as const satisfies readonly StepShape[];

export type WorkshopStep = (typeof SU_STEPS)[number] | (typeof TEAM_STEPS)[number];
export type WorkshopStepId = WorkshopStep['id'];

export const WORKSHOP_FORMATS: Readonly<Record<WorkshopFormatId, WorkshopFormat>> = {
  su: { id: 'su', minutes: 180, steps: SU_STEPS },
  team: { id: 'team', minutes: 150, steps: TEAM_STEPS },
};

export function isWorkshopFormatId(value: string): value is WorkshopFormatId {
  return (WORKSHOP_FORMAT_IDS as readonly string[]).includes(value);
}
