import { z } from 'zod';
import {
  ActivitySchema,
  CompetenceSchema,
  DriverSchema,
  EvaluationSchema,
  MeasurementSchema,
  MemberSchema,
  MethodSchema,
  PlanSchema,
  StatusSnapshotEntitySchema,
  StatusSnapshotViewSchema,
  TargetGroupSchema,
  WorkshopCardSchema,
  WorkshopSchema,
  WorkshopVoteSchema,
  YearItemSchema,
} from './entities';
import { summaryOf } from './stored/status-snapshot';

/** The whole plan as the renderer and the JSON file see it; lists are in the committee's order. */
export const planDocumentShape = {
  plan: PlanSchema,
  members: z.array(MemberSchema),
  targetGroups: z.array(TargetGroupSchema),
  drivers: z.array(DriverSchema),
  competences: z.array(CompetenceSchema),
  methods: z.array(MethodSchema),
  activities: z.array(ActivitySchema),
  measurements: z.array(MeasurementSchema),
  yearItems: z.array(YearItemSchema),
  statusSnapshots: z.array(StatusSnapshotEntitySchema),
  evaluations: z.array(EvaluationSchema),
  workshops: z.array(WorkshopSchema),
  workshopCards: z.array(WorkshopCardSchema),
  workshopVotes: z.array(WorkshopVoteSchema),
};
export const PlanDocumentSchema = z.strictObject(planDocumentShape);
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;

/**
 * The plan as a window holds it: the document with each marked status's figures cut down to the
 * summary its list shows; `statusFigures` reads the whole figures when a comparison asks. A
 * `PlanDocument` is a `WindowDocument` too, so what draws the plan takes either.
 */
export const windowDocumentShape = {
  ...planDocumentShape,
  statusSnapshots: z.array(StatusSnapshotViewSchema),
};
export const WindowDocumentSchema = z.strictObject(windowDocumentShape);
export type WindowDocument = z.infer<typeof WindowDocumentSchema>;

/** The view of a document read whole (the gate reads every figure to check it anyway). */
export function windowDocumentOf(doc: PlanDocument): WindowDocument {
  return {
    ...doc,
    statusSnapshots: doc.statusSnapshots.map((s) => ({ ...s, data: summaryOf(s.data) })),
  };
}
