import { errors, OmstilError, type FieldIssue } from './errors';
import { entityLabels } from './i18n/entity-labels';
import type { Plan } from './model/entities';
import { EMPTY_STATUS_DATES } from './model/defaults';
import { DEFAULT_ANONYMITY_THRESHOLD } from './model/anonymity';
import { DEFAULT_LOG_LIMIT } from './model/log-limit';
import { evaluationYearTaken } from './model/messages';
import type { PlanDocument, WindowDocument } from './model/document';
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
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  InterchangeSchema,
  type InterchangeFile,
} from './interchange-schema';
import { ruleMessage, toFieldIssues } from './validation';

export { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, InterchangeSchema, type InterchangeFile };

/**
 * The file for a plan. What a reader would fill in by itself for a file without it (an empty
 * årshjul, no snapshots or evaluations, the default fund rules, no applications, status dates
 * that say no more than the decision date, the default limit on the change log, the default
 * anonymity threshold, a measurement without survey figures) is left out, so a plan that does not use the newer
 * parts is written exactly as before and still opens in an Omstil that does not know them.
 */
export function toInterchange(doc: PlanDocument): InterchangeFile {
  const {
    statusDates,
    fundingRules,
    levelMeanings,
    agendaRequest,
    changeLogLimit,
    anonymityThreshold,
    ...plan
  } = doc.plan;
  const derived = statusDatesFromDecision(doc.plan);
  const sameDates = PLAN_STATUSES.every((s) => statusDates[s] === derived[s]);
  const { yearItems, statusSnapshots, evaluations, workshops, workshopCards, workshopVotes } = doc;
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
      ...(changeLogLimit === DEFAULT_LOG_LIMIT ? {} : { changeLogLimit }),
      ...(anonymityThreshold === DEFAULT_ANONYMITY_THRESHOLD ? {} : { anonymityThreshold }),
    },
    members: doc.members,
    targetGroups: doc.targetGroups,
    drivers: doc.drivers,
    competences: doc.competences,
    methods: doc.methods,
    activities: doc.activities.map(({ fundingApplication, ...a }) =>
      fundingApplication === null ? a : { ...a, fundingApplication },
    ),
    measurements: doc.measurements.map(({ distribution, ...m }) =>
      distribution === null ? m : { ...m, distribution },
    ),
    ...(yearItems.length > 0 ? { yearItems } : {}),
    ...(statusSnapshots.length > 0 ? { statusSnapshots } : {}),
    ...(evaluations.length > 0 ? { evaluations } : {}),
    ...(workshops.length > 0 ? { workshops } : {}),
    ...(workshopCards.length > 0 ? { workshopCards } : {}),
    ...(workshopVotes.length > 0 ? { workshopVotes } : {}),
  };
}

/**
 * Reads a JSON interchange file into a plan document, or throws the typed error that says what is
 * wrong: not JSON, not our format, a version we cannot read, or every field that is missing,
 * unknown or invalid at once (each with its path), then the rules between fields, a duplicated
 * id and a reference to an id that does not exist. Fields left out get the program's defaults;
 * rows without `updatedAt` get `now`, the time of the import.
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
  // With the input reported, a field that is not there can be told from one of the wrong type.
  const parsed = InterchangeSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new OmstilError(errors.refusedFile(toFieldIssues(parsed.error)));
  const file = parsed.data;

  const stamp = <T extends { updatedAt?: string | undefined }>(row: T) => ({
    ...row,
    updatedAt: row.updatedAt ?? now,
  });
  const doc: PlanDocument = {
    plan: stamp({
      ...file.plan,
      statusDates: file.plan.statusDates ?? statusDatesFromDecision(file.plan),
    }),
    members: file.members.map(stamp),
    targetGroups: file.targetGroups.map(stamp),
    drivers: file.drivers.map(stamp),
    competences: file.competences.map(stamp),
    methods: file.methods.map(stamp),
    activities: file.activities.map(stamp),
    measurements: file.measurements.map(stamp),
    yearItems: file.yearItems.map(stamp),
    statusSnapshots: file.statusSnapshots.map(stamp),
    evaluations: file.evaluations.map(stamp),
    workshops: file.workshops.map(stamp),
    workshopCards: file.workshopCards.map(stamp),
    workshopVotes: file.workshopVotes.map(stamp),
  };

  const ruleIssues = planRuleIssues(doc);
  if (ruleIssues.length > 0) throw new OmstilError(errors.refusedFile(ruleIssues));
  checkPlanRules(doc);
  return doc;
}

/**
 * The model's rules over a whole plan, beyond each field's own: dates in order, one evaluation a
 * year, ids used once, and references to rows that exist. Throws the typed error for what is
 * broken; its message names the first. An imported file and every plan file that is opened pass the same rules, so
 * what Omstil exports as JSON, it imports. No rule reads a marked status's figures, so a window's
 * copy of the plan is checked the same.
 */
export function checkPlanRules(doc: WindowDocument): void {
  const issues = planRuleIssues(doc);
  if (issues.length > 0) throw new OmstilError(errors.invalidInput(issues));
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

/** Every break of the rules between a row's fields (dates in order), each with its path. */
function planRuleIssues(doc: WindowDocument): FieldIssue[] {
  const rows: { prefix: (string | number)[]; issues: Issue[] }[] = [
    { prefix: ['plan'], issues: planRules(doc.plan) },
    ...doc.activities.map((a, i) => ({ prefix: ['activities', i], issues: activityRules(a) })),
    ...doc.evaluations.map((e, i) => ({ prefix: ['evaluations', i], issues: evaluationRules(e) })),
  ];
  return rows.flatMap(({ prefix, issues }) =>
    issues.map((issue) => ({
      path: formatPath([...prefix, ...issue.path]),
      rule: issue.message,
      message: ruleMessage(issue.message),
    })),
  );
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
