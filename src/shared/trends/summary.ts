import { z } from 'zod';
import { isCatalogKey, type CatalogKind } from '../catalog';
import type { PlanDocument } from '../model/document';

/** A driver, competence, method or target group as a plan names it: by catalogue key, or custom. */
export const SummaryEntrySchema = z.strictObject({
  /** The catalogue key; null for a custom entry (and for a key this version does not know). */
  key: z.string().nullable(),
  title: z.string(),
});
export type SummaryEntry = z.infer<typeof SummaryEntrySchema>;

const pairs = z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)]));

/**
 * What a trends report needs of one plan, read through the gate and cut down there, so that five
 * hundred plans cross a thread or a transport as a few kilobytes each. Links are index pairs into
 * the plan's own lists.
 */
export const PlanSummarySchema = z.strictObject({
  id: z.string(),
  /** The latest change to any row: of two files holding one plan, the later copy is counted. */
  changedAt: z.string(),
  organisation: z.string(),
  unit: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  drivers: z.array(SummaryEntrySchema),
  competences: z.array(SummaryEntrySchema),
  methods: z.array(SummaryEntrySchema),
  targetGroups: z.array(z.strictObject({ title: z.string(), headcount: z.number().nullable() })),
  driverCompetence: pairs,
  competenceMethod: pairs,
  competenceTargetGroup: pairs,
  activities: z.number().int().min(0),
  /** Summed over the activities that are not cancelled; null when none has a budget. */
  money: z.strictObject({ budget: z.number(), spent: z.number() }).nullable(),
  /** As `money`; null when no activity counts participants. */
  participants: z.strictObject({ planned: z.number(), reached: z.number() }).nullable(),
  /** The committee's members by name: what an anonymous report keeps out of titles. */
  people: z.array(z.string()),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

function entry(kind: CatalogKind, row: { catalogKey: string | null; title: string }): SummaryEntry {
  return { key: isCatalogKey(kind, row.catalogKey) ? row.catalogKey : null, title: row.title };
}

function indexOf(rows: readonly { id: string }[]): Map<string, number> {
  return new Map(rows.map((row, i) => [row.id, i]));
}

function linked(
  from: readonly { id: string }[],
  to: Map<string, number>,
  ids: (row: number) => readonly string[],
): [number, number][] {
  const found: [number, number][] = [];
  from.forEach((_, i) => {
    for (const id of ids(i)) {
      const j = to.get(id);
      if (j !== undefined) found.push([i, j]);
    }
  });
  return found;
}

/** The summary of a plan the gate has read. Pure: the same plan always gives the same summary. */
export function summarisePlan(doc: PlanDocument): PlanSummary {
  const { plan, competences } = doc;
  // Cancelled activities will not spend their budget nor reach their participants.
  const counted = doc.activities.filter((a) => a.status !== 'cancelled');
  const budget = counted.reduce((sum, a) => sum + a.budget, 0);
  const spent = counted.reduce((sum, a) => sum + a.spent, 0);
  const planned = counted.reduce((sum, a) => sum + a.participantsPlanned, 0);
  const reached = counted.reduce((sum, a) => sum + a.participantsReached, 0);
  let changedAt = plan.updatedAt;
  for (const list of [doc.members, doc.targetGroups, doc.drivers, competences, doc.methods]) {
    for (const row of list) if (row.updatedAt > changedAt) changedAt = row.updatedAt;
  }
  for (const row of doc.activities) if (row.updatedAt > changedAt) changedAt = row.updatedAt;
  const at = (i: number) => competences[i]!;
  return {
    id: plan.id,
    changedAt,
    organisation: plan.organisation,
    unit: plan.unit,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    drivers: doc.drivers.map((d) => entry('driver', d)),
    competences: competences.map((c) => entry('competence', c)),
    methods: doc.methods.map((m) => entry('method', m)),
    targetGroups: doc.targetGroups.map((g) => ({ title: g.name, headcount: g.headcount })),
    driverCompetence: linked(competences, indexOf(doc.drivers), (i) => at(i).driverIds).map(
      ([c, d]) => [d, c],
    ),
    competenceMethod: linked(competences, indexOf(doc.methods), (i) => at(i).methodIds),
    competenceTargetGroup: linked(
      competences,
      indexOf(doc.targetGroups),
      (i) => at(i).targetGroupIds,
    ),
    activities: doc.activities.length,
    money: budget > 0 || spent > 0 ? { budget, spent } : null,
    participants: planned > 0 || reached > 0 ? { planned, reached } : null,
    people: doc.members.map((m) => m.name),
  };
}

/** One file as it was read: its summary, or why it could not be counted (in both languages). */
export const TrendsReadSchema = z.union([
  z.strictObject({ file: z.string(), summary: PlanSummarySchema }),
  z.strictObject({
    file: z.string(),
    reason: z.strictObject({ da: z.string(), en: z.string() }),
  }),
]);
