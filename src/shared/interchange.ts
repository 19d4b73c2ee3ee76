import { z } from 'zod';
import { errors, OmstilError } from './errors';
import { isoTimestamp } from './model/fields';
import {
  ActivitySchema,
  CompetenceSchema,
  DriverSchema,
  MeasurementSchema,
  MemberSchema,
  MethodSchema,
  PlanSchema,
  TargetGroupSchema,
} from './model/entities';
import type { PlanDocument } from './model/document';
import { findDanglingReference, findDuplicateId } from './model/references';
import { activityRules, planRules, type Issue } from './model/rules';
import { parseInput, formatPath } from './validation';
import { validationMessage } from './i18n/validation';

export const INTERCHANGE_FORMAT = 'omstil-plan';
export const INTERCHANGE_VERSION = 1;

/**
 * A file written by another tool (or by hand) may leave out `updatedAt`; everything else the
 * model requires is required here too, and a key we do not know is refused rather than dropped,
 * so nothing in a colleague's file disappears silently.
 */
const optionalStamp = { updatedAt: isoTimestamp.optional() };

export const InterchangeSchema = z.strictObject({
  format: z.literal(INTERCHANGE_FORMAT),
  version: z.literal(INTERCHANGE_VERSION),
  plan: PlanSchema.extend(optionalStamp),
  members: z.array(MemberSchema.extend(optionalStamp)),
  targetGroups: z.array(TargetGroupSchema.extend(optionalStamp)),
  drivers: z.array(DriverSchema.extend(optionalStamp)),
  competences: z.array(CompetenceSchema.extend(optionalStamp)),
  methods: z.array(MethodSchema.extend(optionalStamp)),
  activities: z.array(ActivitySchema.extend(optionalStamp)),
  measurements: z.array(MeasurementSchema.extend(optionalStamp)),
});
export type InterchangeFile = z.infer<typeof InterchangeSchema>;

export function toInterchange(doc: PlanDocument): InterchangeFile {
  return { format: INTERCHANGE_FORMAT, version: INTERCHANGE_VERSION, ...doc };
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
    plan: stamp(file.plan),
    members: file.members.map(stamp),
    targetGroups: file.targetGroups.map(stamp),
    drivers: file.drivers.map(stamp),
    competences: file.competences.map(stamp),
    methods: file.methods.map(stamp),
    activities: file.activities.map(stamp),
    measurements: file.measurements.map(stamp),
  };

  const ruleIssues: { prefix: (string | number)[]; issues: Issue[] }[] = [
    { prefix: ['plan'], issues: planRules(doc.plan) },
    ...doc.activities.map((a, i) => ({ prefix: ['activities', i], issues: activityRules(a) })),
  ];
  for (const { prefix, issues } of ruleIssues) {
    const first = issues[0];
    if (first) {
      throw new OmstilError(
        errors.invalidInput([
          {
            path: formatPath([...prefix, ...first.path]),
            rule: first.message,
            message: validationMessage(first.message),
          },
        ]),
      );
    }
  }

  const duplicate = findDuplicateId(doc);
  if (duplicate) throw new OmstilError(errors.duplicateId(duplicate));
  const dangling = findDanglingReference(doc);
  if (dangling) {
    throw new OmstilError(
      errors.danglingReference(dangling.from, dangling.fromId, dangling.to, dangling.toId),
    );
  }
  return doc;
}
