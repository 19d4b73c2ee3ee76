import { z } from 'zod';
import type { LocalizedText } from '../model/localized-text';

/**
 * Filing a team's group development plan (from a team workshop, GRUS) into the workplace's plan:
 * what the preview and the filing answer. The team keeps its plan in a file of its own (a copy of
 * the workplace's plan or a new one); the secretary files it into the workplace's plan.
 */

/** The kinds of entry a team plan brings: its team, competences, methods, activities, owners. */
export const TEAM_PLAN_KINDS = [
  'targetGroup',
  'competence',
  'method',
  'activity',
  'member',
] as const;
export type TeamPlanKind = (typeof TEAM_PLAN_KINDS)[number];

/**
 * Why an entry is recognised as already in the plan: it is the same entry (the team's file is a
 * copy of the plan), the same catalogue competence or method, the same name (a target group, a
 * member) or the same title (under the same competence, for an activity); names and titles are
 * compared with case, spacing and accents folded.
 */
export const TEAM_PLAN_REASONS = ['same-entry', 'catalog-key', 'same-name', 'same-title'] as const;
export type TeamPlanReason = (typeof TEAM_PLAN_REASONS)[number];

export const TeamPlanEntrySchema = z.strictObject({
  kind: z.enum(TEAM_PLAN_KINDS),
  /** As the team's plan names it. */
  title: z.string(),
  /** Null for an entry that is added; otherwise why it is recognised. */
  reason: z.enum(TEAM_PLAN_REASONS).nullable(),
  /** The plan's own name for a recognised entry, when it differs from the team's. */
  planTitle: z.string().nullable(),
});
export type TeamPlanEntry = z.infer<typeof TeamPlanEntrySchema>;

export const TeamPlanPreviewSchema = z.strictObject({
  source: z.strictObject({ path: z.string(), name: z.string(), title: z.string() }),
  /** The target groups of the team's plan, for the user to choose the team among. */
  teams: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  /**
   * The team filed (an id from `teams`): the one asked for, else the team of the plan's latest
   * team workshop, else its only target group; null when the user must choose.
   */
  teamId: z.string().nullable(),
  /** Whether `teamId` is the team of a team workshop in the team's plan. */
  fromWorkshop: z.boolean(),
  added: z.array(TeamPlanEntrySchema),
  found: z.array(TeamPlanEntrySchema),
  /** Links the filing adds to entries already in the plan (a competence to the team …). */
  newLinks: z.number().int(),
});
export type TeamPlanPreview = z.infer<typeof TeamPlanPreviewSchema>;

/** What a filing did: the preview's two lists, as they were when it was written. */
export const TeamPlanReportSchema = TeamPlanPreviewSchema.pick({
  added: true,
  found: true,
  newLinks: true,
});
export type TeamPlanReport = z.infer<typeof TeamPlanReportSchema>;

export const teamPlanMessages = {
  noTeam: {
    da: 'Planen har ingen målgrupper, så der er intet team at indsætte. Et teams plan skal have teamet som målgruppe, som en teamworkshop (GRUS) giver den.',
    en: 'The plan has no target groups, so there is no team to file. A team’s plan must have the team as a target group, as a team workshop (GRUS) gives it.',
  },
  unknownTeam: {
    da: 'Den valgte målgruppe findes ikke i teamets plan. Vælg filen igen, og vælg teamet på listen.',
    en: 'The chosen target group is not in the team’s plan. Choose the file again and choose the team from the list.',
  },
  chooseTeam: {
    da: 'Teamets plan har flere målgrupper og ingen teamworkshop, der siger, hvilken der er teamet. Vælg teamet på listen.',
    en: 'The team’s plan has several target groups and no team workshop saying which is the team. Choose the team from the list.',
  },
} satisfies Record<string, LocalizedText>;
