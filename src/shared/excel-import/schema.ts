import { z } from 'zod';
import { ACTIVITY_STATUSES } from '../model/enums';

/**
 * Importing a committee's own activity list from a workbook: the sheets as the dialog sees them,
 * the mapping of columns to activity fields, and what a preview and an import answer.
 */

/** The activity fields a column can be read into. */
export const IMPORT_FIELDS = [
  'title',
  'description',
  'owner',
  'start',
  'end',
  'status',
  'budget',
  'spent',
  'funding',
  'participants',
  'competence',
  'targetGroup',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A cell as read: text, a number, a yes/no, a date cell (as its ISO day), or nothing. */
export const SheetCellSchema = z.union([
  z.string().max(40_000),
  z.number(),
  z.boolean(),
  z.null(),
  z.strictObject({ date: z.string().max(10) }),
]);
export type SheetCell = z.infer<typeof SheetCellSchema>;

/** One sheet row: its row number as Excel shows it, and its cells from column A. */
export const SheetRowSchema = z.strictObject({
  row: z.number().int().min(1),
  cells: z.array(SheetCellSchema).max(1000),
});
export type SheetRow = z.infer<typeof SheetRowSchema>;

/** Which field each column is read into, by column (0 is A); null leaves the column out. */
export const ColumnMappingSchema = z
  .array(z.enum(IMPORT_FIELDS).nullable())
  .max(1000)
  .refine(
    (columns) => {
      const used = columns.filter((c) => c !== null);
      return new Set(used).size === used.length;
    },
    { error: 'field-mapped-twice' },
  );
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** Where the table is in a workbook: the sheet, the row of headers and the mapping. */
export const SheetChoiceSchema = z.strictObject({
  sheet: z.string().min(1).max(200),
  /** The header row's number as Excel shows it; the rows below it are the activities. */
  headerRow: z.number().int().min(1).max(1_048_576),
  columns: ColumnMappingSchema,
});
export type SheetChoice = z.infer<typeof SheetChoiceSchema>;

export const WorkbookSheetSchema = z.strictObject({
  name: z.string(),
  /** Rows in use, the header row included. */
  rowCount: z.number().int(),
  /** The first rows (a merged cell's value in each cell it covers), for choosing the header row. */
  firstRows: z.array(SheetRowSchema),
});
export type WorkbookSheet = z.infer<typeof WorkbookSheetSchema>;

export const WorkbookOverviewSchema = z.strictObject({
  path: z.string(),
  name: z.string(),
  /** The visible sheets, in the workbook's order. */
  sheets: z.array(WorkbookSheetSchema),
  /** True for a workbook Omstil exported: it imports whole, as a plan (`importPlan`). */
  omstilPlan: z.boolean(),
  /** The mapping used last time for a sheet with these headers, if one was kept. */
  remembered: SheetChoiceSchema.nullable(),
});
export type WorkbookOverview = z.infer<typeof WorkbookOverviewSchema>;

export const LocalizedMessageSchema = z.strictObject({ da: z.string(), en: z.string() });

/** A row that cannot be imported, and why. */
export const RowProblemSchema = z.strictObject({
  /** The row number as Excel shows it. */
  row: z.number().int(),
  /** The field whose cell could not be read; null for the row as a whole. */
  field: z.enum(IMPORT_FIELDS).nullable(),
  reason: LocalizedMessageSchema,
});
export type RowProblem = z.infer<typeof RowProblemSchema>;

/** A row as it will be imported; names as written, matched against the plan on import. */
export const ReadActivitySchema = z.strictObject({
  row: z.number().int(),
  title: z.string(),
  description: z.string(),
  owner: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  status: z.enum(ACTIVITY_STATUSES).nullable(),
  budget: z.number().nullable(),
  spent: z.number().nullable(),
  funding: z.string(),
  participants: z.number().int().nullable(),
  competences: z.array(z.string()),
  targetGroups: z.array(z.string()),
});
export type ReadActivity = z.infer<typeof ReadActivitySchema>;

/** Names the plan does not have yet, created only when the import is told to. */
export const NewNamesSchema = z.strictObject({
  owners: z.array(z.string()),
  competences: z.array(z.string()),
  targetGroups: z.array(z.string()),
});
export type NewNames = z.infer<typeof NewNamesSchema>;

export const ExcelImportPreviewSchema = z.strictObject({
  /** The rows that can be read, all of them, in sheet order. */
  activities: z.array(ReadActivitySchema),
  problems: z.array(RowProblemSchema),
  newNames: NewNamesSchema,
  /** The rows among `activities` that name one of `newNames`: left out unless names are created. */
  rowsNamingNew: z.array(z.number().int()),
});
export type ExcelImportPreview = z.infer<typeof ExcelImportPreviewSchema>;

export const ExcelImportReportSchema = z.strictObject({
  imported: z.number().int(),
  /** The rows left out: the preview's problems, and the rows naming what was not created. */
  problems: z.array(RowProblemSchema),
  created: NewNamesSchema,
});
export type ExcelImportReport = z.infer<typeof ExcelImportReportSchema>;
