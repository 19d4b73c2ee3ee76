import { z } from 'zod';
import { errors, OmstilError } from './errors';
import { entityLabels } from './i18n/entity-labels';
import { isoTimestamp } from './model/fields';
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
  type Plan,
} from './model/entities';
import { DEFAULT_LEVEL_MEANINGS, EMPTY_STATUS_DATES } from './model/defaults';
import { evaluationYearTaken } from './model/messages';
import type { PlanDocument } from './model/document';
import { PLAN_STATUSES } from './model/enums';
import { formatPath } from './model/field-path';
import { findDanglingReference, findDuplicateId } from './model/references';
import {
  activityRules,
  duplicateEvaluationYears,
  evaluationRules,
  planRules,
  type Issue,
} from './model/rules';
import { parseInput, ruleMessage } from './validation';

export const INTERCHANGE_FORMAT = 'omstil-plan';
export const INTERCHANGE_VERSION = 1;

/**
 * A file written by another tool (or by hand) may leave out `updatedAt`; everything else the
 * model requires is required here too, and a key we do not know is refused rather than dropped,
 * so nothing in a colleague's file disappears silently.
 */
const optionalStamp = { updatedAt: isoTimestamp.optional() };

/**
 * The årshjul, the status snapshots, the evaluations, the level scale's meanings and the fields
 * that came with them were added to version 1 without a new version: a file written before them
 * (which has none of them) still reads, and gets the same empty values a plan file migrated to
 * them gets.
 */
const addedToPlan = {
  statusDates: PlanSchema.shape.statusDates.optional(),
  fundingRules: PlanSchema.shape.fundingRules.optional(),
  levelMeanings: PlanSchema.shape.levelMeanings.optional(),
  agendaRequest: PlanSchema.shape.agendaRequest.optional(),
};
const addedToActivity = {
  fundingApplication: ActivitySchema.shape.fundingApplication.optional(),
};

export const InterchangeSchema = z.strictObject({
  format: z.literal(INTERCHANGE_FORMAT),
  version: z.literal(INTERCHANGE_VERSION),
  plan: PlanSchema.extend({ ...optionalStamp, ...addedToPlan }),
  members: z.array(MemberSchema.extend(optionalStamp)),
  targetGroups: z.array(TargetGroupSchema.extend(optionalStamp)),
  drivers: z.array(DriverSchema.extend(optionalStamp)),
  competences: z.array(CompetenceSchema.extend(optionalStamp)),
  methods: z.array(MethodSchema.extend(optionalStamp)),
  activities: z.array(ActivitySchema.extend({ ...optionalStamp, ...addedToActivity })),
  measurements: z.array(MeasurementSchema.extend(optionalStamp)),
  yearItems: z.array(YearItemSchema.extend(optionalStamp)).optional(),
  statusSnapshots: z.array(StatusSnapshotEntitySchema.extend(optionalStamp)).optional(),
  evaluations: z.array(EvaluationSchema.extend(optionalStamp)).optional(),
});
export type InterchangeFile = z.infer<typeof InterchangeSchema>;

/**
 * The file for a plan. What a reader would fill in by itself for a file without it (an empty
 * årshjul, no snapshots or evaluations, the default fund rules, no applications, status dates
 * that say no more than the decision date) is left out, so a plan that does not use the newer
 * parts is written exactly as before and still opens in an Omstil that does not know them.
 */
export function toInterchange(doc: PlanDocument): InterchangeFile {
  const { statusDates, fundingRules, levelMeanings, agendaRequest, ...plan } = doc.plan;
  const derived = statusDatesFromDecision(doc.plan);
  const sameDates = PLAN_STATUSES.every((s) => statusDates[s] === derived[s]);
  const { yearItems, statusSnapshots, evaluations } = doc;
  // Keys in the model's order, so the same plan is written byte for byte the same way.
  return {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    plan: {
      ...plan,
      ...(sameDates ? {} : { statusDates }),
      ...(fundingRules === null ? {} : { fundingRules }),
      ...(levelMeanings.every((m) => m === '') ? {} : { levelMeanings }),
      ...(agendaRequest === '' ? {} : { agendaRequest }),
    },
    members: doc.members,
    targetGroups: doc.targetGroups,
    drivers: doc.drivers,
    competences: doc.competences,
    methods: doc.methods,
    activities: doc.activities.map(({ fundingApplication, ...a }) =>
      fundingApplication === null ? a : { ...a, fundingApplication },
    ),
    measurements: doc.measurements,
    ...(yearItems.length > 0 ? { yearItems } : {}),
    ...(statusSnapshots.length > 0 ? { statusSnapshots } : {}),
    ...(evaluations.length > 0 ? { evaluations } : {}),
  };
}

/**
 * Reads a JSON interchange file into a plan document, or throws the typed error that names the
 * first thing wrong: not JSON, not our format, a version we cannot read, an unknown key (with its
 * path), an invalid field, a duplicated id, or a reference to an id that does not exist.
 */
export function parseInterchange(text: string, now: string): PlanDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new OmstilError(errors.invalidJson(e instanceof Error ? e.message : String(e)));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new OmstilError(errors.wrongFormat());
  }
  const head = raw as Record<string, unknown>;
  if (head['format'] !== INTERCHANGE_FORMAT) throw new OmstilError(errors.wrongFormat());
  if (head['version'] !== INTERCHANGE_VERSION) {
    throw new OmstilError(errors.unsupportedVersion(head['version']));
  }
  const file = parseInput(InterchangeSchema, raw);

  const stamp = <T extends { updatedAt?: string | undefined }>(row: T) => ({
    ...row,
    updatedAt: row.updatedAt ?? now,
  });
  const doc: PlanDocument = {
    plan: stamp({
      ...file.plan,
      statusDates: file.plan.statusDates ?? statusDatesFromDecision(file.plan),
      fundingRules: file.plan.fundingRules ?? null,
      levelMeanings: file.plan.levelMeanings ?? [...DEFAULT_LEVEL_MEANINGS],
      agendaRequest: file.plan.agendaRequest ?? '',
    }),
    members: file.members.map(stamp),
    targetGroups: file.targetGroups.map(stamp),
    drivers: file.drivers.map(stamp),
    competences: file.competences.map(stamp),
    methods: file.methods.map(stamp),
    activities: file.activities.map((a) =>
      stamp({ ...a, fundingApplication: a.fundingApplication ?? null }),
    ),
    measurements: file.measurements.map(stamp),
    yearItems: (file.yearItems ?? []).map(stamp),
    statusSnapshots: (file.statusSnapshots ?? []).map(stamp),
    evaluations: (file.evaluations ?? []).map(stamp),
  };

  checkPlanRules(doc);
  return doc;
}

/**
 * The model's rules over a whole plan, beyond each field's own: dates in order, one evaluation a
 * year, ids used once, and references to rows that exist. Throws the typed error that names the
 * first broken rule. An imported file and every plan file that is opened pass the same rules, so
 * what Omstil exports as JSON, it imports.
 */
export function checkPlanRules(doc: PlanDocument): void {
  const ruleIssues: { prefix: (string | number)[]; issues: Issue[] }[] = [
    { prefix: ['plan'], issues: planRules(doc.plan) },
    ...doc.activities.map((a, i) => ({ prefix: ['activities', i], issues: activityRules(a) })),
    ...doc.evaluations.map((e, i) => ({ prefix: ['evaluations', i], issues: evaluationRules(e) })),
  ];
  for (const { prefix, issues } of ruleIssues) {
    const first = issues[0];
    if (first) {
      throw new OmstilError(
        errors.invalidInput([
          {
            path: formatPath([...prefix, ...first.path]),
            rule: first.message,
            message: ruleMessage(first.message),
          },
        ]),
      );
    }
  }
  const twice = duplicateEvaluationYears(doc.evaluations)[0];
  if (twice !== undefined) {
    const index = doc.evaluations.map((e) => e.year).lastIndexOf(twice);
    throw new OmstilError(
      errors.invalidInput([
        {
          path: formatPath(['evaluations', index, 'year']),
          rule: 'evaluation-year-taken',
          message: evaluationYearTaken(twice),
        },
      ]),
    );
  }

  const duplicate = findDuplicateId(doc);
  if (duplicate) throw new OmstilError(errors.duplicateId(duplicate));
  const dangling = findDanglingReference(doc);
  if (dangling) {
    throw new OmstilError(
      errors.danglingReference(
        entityLabels[dangling.fromKind],
        dangling.fromId,
        entityLabels[dangling.toKind],
        dangling.toId,
      ),
    );
  }
}

/**
 * Status dates for a file written before the plan kept them: only the adoption date can be known,
 * from the decision date of a plan that has been adopted.
 */
export function statusDatesFromDecision(
  plan: Pick<Plan, 'status' | 'decisionDate'>,
): Plan['statusDates'] {
  const adopted = plan.status !== 'draft' && plan.status !== 'discussed';
  return { ...EMPTY_STATUS_DATES, adopted: adopted ? plan.decisionDate : null };
}
