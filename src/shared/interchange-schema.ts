import { z } from 'zod';
import { entityDefaults, planDefaults } from './model/defaults';
import {
  activityFields,
  competenceFields,
  driverFields,
  evaluationFields,
  measurementFields,
  memberFields,
  methodFields,
  planFields,
  statusSnapshotFields,
  targetGroupFields,
  workshopCardFields,
  workshopFields,
  workshopVoteFields,
  yearItemFields,
} from './model/entities';
import { id, isoTimestamp } from './model/fields';

export const INTERCHANGE_FORMAT = 'omstil-plan';
export const INTERCHANGE_VERSION = 1;

type WithDefaults<F extends z.ZodRawShape, R extends keyof F> = {
  [K in keyof F]: K extends R ? F[K] : z.ZodDefault<F[K]>;
};

/**
 * A row's fields as another tool (or a person with a text editor) may write them: what the row
 * cannot do without is required, every other field may be left out and gets the value a new row
 * gets in the program. A key we do not know is refused rather than dropped, so nothing in a
 * colleague's file disappears silently. `updatedAt` may be left out too; the reader stamps such a
 * row with the time of the import, which it is given rather than reads, so a test can fix it.
 */
function lenientRow<F extends z.ZodRawShape, R extends keyof F & string>(
  fields: F,
  defaults: { [K in keyof F]?: unknown },
  required: readonly R[],
) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) {
    const schema = field as z.ZodType;
    const value = defaults[key];
    shape[key] = (required as readonly string[]).includes(key)
      ? schema
      : // A fresh copy each time: a default list must not be shared by the rows that got it.
        schema.default(() => (Array.isArray(value) ? [...(value as unknown[])] : value));
  }
  return z.strictObject({
    id,
    ...(shape as WithDefaults<F, R>),
    updatedAt: isoTimestamp.optional(),
  });
}

const plan = planDefaults('', 'da');
const { statusDates, ...planFieldsWithDefaults } = planFields;

/**
 * The plan needs its title, its language and its period, which the årshjul and the timeline are
 * drawn over; the period's dates may be null while the committee has not yet decided them, as in
 * the program. A plan written without `statusDates` gets the ones its decision date implies.
 */
const PlanRowSchema = lenientRow(planFieldsWithDefaults, plan, [
  'title',
  'periodStart',
  'periodEnd',
  'language',
]).extend({ statusDates: statusDates.optional() });

const list = <S extends z.ZodType>(row: S) => z.array(row).default(() => []);

/**
 * The JSON interchange file, as Omstil reads it. Parsing it yields every row complete, exactly
 * as the program stores it, except the stamps and status dates the reader adds.
 */
export const InterchangeSchema = z.strictObject({
  format: z.literal(INTERCHANGE_FORMAT),
  version: z.literal(INTERCHANGE_VERSION),
  plan: PlanRowSchema,
  members: list(lenientRow(memberFields, entityDefaults.member, ['name'])),
  targetGroups: list(lenientRow(targetGroupFields, entityDefaults.targetGroup, ['name'])),
  drivers: list(lenientRow(driverFields, entityDefaults.driver, ['title'])),
  competences: list(lenientRow(competenceFields, entityDefaults.competence, ['title'])),
  methods: list(lenientRow(methodFields, entityDefaults.method, ['title'])),
  activities: list(lenientRow(activityFields, entityDefaults.activity, ['title'])),
  measurements: list(
    lenientRow(measurementFields, entityDefaults.measurement, ['competenceId', 'date']),
  ),
  yearItems: list(lenientRow(yearItemFields, entityDefaults.yearItem, ['month', 'title'])),
  statusSnapshots: list(
    lenientRow(statusSnapshotFields, entityDefaults.statusSnapshot, ['date', 'data']),
  ),
  evaluations: list(
    lenientRow(evaluationFields, entityDefaults.evaluation, ['year', 'periodStart', 'periodEnd']),
  ),
  workshops: list(
    lenientRow(workshopFields, entityDefaults.workshop, ['format', 'title', 'heldOn']),
  ),
  workshopCards: list(
    lenientRow(workshopCardFields, entityDefaults.workshopCard, [
      'workshopId',
      'stepId',
      'kind',
      'text',
    ]),
  ),
  workshopVotes: list(
    lenientRow(workshopVoteFields, entityDefaults.workshopVote, ['workshopId', 'cardId', 'dots']),
  ),
});

/** A file as it may be written: every field with a default may be left out. */
export type InterchangeFile = z.input<typeof InterchangeSchema>;
/** A file as read: every row complete but for its stamp and the plan's status dates. */
export type ParsedInterchange = z.output<typeof InterchangeSchema>;
