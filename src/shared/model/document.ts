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
  TargetGroupSchema,
  YearItemSchema,
} from './entities';

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
};
export const PlanDocumentSchema = z.strictObject(planDocumentShape);
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;

/** Where each entity kind lives in the document. */
export const collectionOf = {
  member: 'members',
  targetGroup: 'targetGroups',
  driver: 'drivers',
  competence: 'competences',
  method: 'methods',
  activity: 'activities',
  measurement: 'measurements',
  yearItem: 'yearItems',
  statusSnapshot: 'statusSnapshots',
  evaluation: 'evaluations',
} as const;
