import { z } from 'zod';
import { MEASUREMENT_KINDS } from '../model/enums';
import { count, id, isoDate, measuredLevel } from '../model/fields';
import { LevelDistributionSchema } from '../model/stored/level-distribution';

const LocalizedTextSchema = z.strictObject({ da: z.string(), en: z.string() });

/**
 * A column of a survey export as the dialog offers it. `question`: most of its answers are on a
 * five-step scale; `about`: the tool's own columns about the response (id, status, times, e-mail,
 * name), never offered as questions; `other`: anything else (a department, a free-text answer).
 * `values` are a column's distinct answers when it has few (a target group column's groups); a
 * column with many, such as free text or e-mail addresses, sends none.
 */
export const SurveyColumnSchema = z.strictObject({
  index: z.number().int().min(0),
  header: z.string(),
  role: z.enum(['question', 'about', 'other']),
  values: z.array(z.string()),
});
export type SurveyColumn = z.infer<typeof SurveyColumnSchema>;

/** What reading a survey file answers: its columns, and how many respondents it holds. */
export const SurveyFileSchema = z.strictObject({
  name: z.string(),
  respondents: z.number().int().min(0),
  columns: z.array(SurveyColumnSchema),
  /** The column that most likely names each respondent's target group; null when none does. */
  groupColumn: z.number().int().min(0).nullable(),
});
export type SurveyFile = z.infer<typeof SurveyFileSchema>;

/** How the committee reads the file: which question measures which competence, and for whom. */
export const SurveyMappingSchema = z.strictObject({
  questions: z
    .array(z.strictObject({ column: z.number().int().min(0), competenceId: id }))
    .min(1, { error: 'survey-no-question' })
    .max(1000),
  /** A column whose answers are target groups' names, or one target group (null: all) for all. */
  group: z.discriminatedUnion('by', [
    z.strictObject({ by: z.literal('column'), column: z.number().int().min(0) }),
    z.strictObject({ by: z.literal('one'), targetGroupId: id.nullable() }),
  ]),
  kind: z.enum(MEASUREMENT_KINDS, { error: 'invalid-choice' }),
  date: isoDate,
});
export type SurveyMapping = z.infer<typeof SurveyMappingSchema>;

/** One competence × target group's figures: what is stored as a measurement, and nothing else. */
export const SurveyFigureSchema = z.strictObject({
  competenceId: id,
  targetGroupId: id.nullable(),
  level: measuredLevel,
  distribution: LevelDistributionSchema,
  respondents: count,
});
export type SurveyFigure = z.infer<typeof SurveyFigureSchema>;

export const SurveyPreviewSchema = z.strictObject({
  figures: z.array(SurveyFigureSchema),
  /** Groups with too few respondents to be stored, with why in both languages. */
  refused: z.array(
    z.strictObject({
      competenceId: id,
      targetGroupId: id.nullable(),
      respondents: count,
      why: LocalizedTextSchema,
    }),
  ),
  /** Values of the group column that name none of the plan's target groups, and how many rows. */
  unmatchedGroups: z.array(z.strictObject({ value: z.string(), rows: count })),
  /** Rows whose group column is blank. */
  rowsWithoutGroup: count,
  /** Per mapped question, how many answers could not be read on the scale. */
  unreadable: z.array(z.strictObject({ column: z.number().int(), header: z.string(), count })),
  threshold: z.number().int(),
});
export type SurveyPreview = z.infer<typeof SurveyPreviewSchema>;

export const SurveyImportReportSchema = z.strictObject({
  imported: count,
  refused: count,
});
export type SurveyImportReport = z.infer<typeof SurveyImportReportSchema>;
