import { z } from 'zod';
import type { ApiCall } from './api-names';
import type { AppError } from './errors';
import { ENTITY_KINDS, LANGUAGES, LINK_KINDS, WORKSHOP_PROMOTED_KINDS } from './model/enums';
import { entityFields, planFields } from './model/entities';
import { WindowDocumentSchema } from './model/document';
import { DocumentPatchSchema } from './model/document-patch';
import { id, stepId } from './model/fields';
import { HistoryStepSchema } from './model/history-step';
import { StatusSnapshotSchema } from './model/stored/status-snapshot';
import type { Result } from './result';
import { POSTER_PAPERS } from './workshop/poster';
import { TeamPlanPreviewSchema, TeamPlanReportSchema } from './workshop/team-plan';
import { DuplicateFileSchema, TrendsReadSchema, TrendsReportSchema } from './trends';
import {
  ExcelImportPreviewSchema,
  ExcelImportReportSchema,
  SheetChoiceSchema,
  WorkbookOverviewSchema,
} from './excel-import/schema';
import {
  SurveyFileSchema,
  SurveyImportReportSchema,
  SurveyMappingSchema,
  SurveyPreviewSchema,
} from './survey/survey-schemas';

/**
 * The one contract between the renderer and the main side. Every transport (Electron IPC, the
 * loopback HTTP host, direct calls in the CLI and tests) validates input with these schemas and
 * answers with `Result<output>`.
 */

const filePath = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(4096, { error: 'text-too-long' });

const empty = z.strictObject({});

/**
 * Who has the plan open, when it is read-only because of their lock. `takeOver` says how the
 * renderer offers "Overtag": `offer` for a lock that looks abandoned (held from another machine
 * for more than 12 hours), `confirm` for one that is probably in use — ask before taking it.
 */
export const LockHolderSchema = z.strictObject({
  user: z.string().nullable(),
  machine: z.string().nullable(),
  /** ISO timestamp. */
  since: z.string().nullable(),
  program: z.string().nullable(),
  takeOver: z.enum(['offer', 'confirm']),
});
export type LockHolder = z.infer<typeof LockHolderSchema>;

export const FileInfoSchema = z.strictObject({
  path: z.string(),
  name: z.string(),
  readOnly: z.boolean(),
  /**
   * Why the plan is read-only (a newer file format, a lock held by someone else, a change made
   * outside Omstil …), or, on a plan open for editing, what happened to the file on the way in
   * (an interrupted change rolled back, a stray journal moved aside). `offers` names what the
   * renderer offers besides reading, for a plan changed outside Omstil (`changed-outside`): a
   * clean copy without the changed rows (`salvageCopy` with this file as `source`) and, after the
   * user confirms it, accepting the content as it is (`acceptOutsideChanges`).
   */
  notice: z
    .strictObject({
      code: z.string(),
      message: z.strictObject({ da: z.string(), en: z.string() }),
      offers: z.array(z.enum(['clean-copy', 'accept'])).optional(),
    })
    .nullable(),
  /** Set when another program holds the plan's lock. */
  lock: LockHolderSchema.nullable().optional(),
});
export type FileInfo = z.infer<typeof FileInfoSchema>;

export const HistoryStateSchema = z.strictObject({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
  /** What undo and redo would do, to be worded for the reader; the labels above are codes. */
  undoStep: HistoryStepSchema.nullable(),
  redoStep: HistoryStepSchema.nullable(),
});
export type HistoryState = z.infer<typeof HistoryStateSchema>;

/**
 * Which of the open plan's changes a snapshot or a change answer stands after: the session
 * numbers its answers to edits 1, 2, 3 …, and a snapshot carries the number of the last one it
 * includes. A window whose copy is at n applies only the answer numbered n + 1; an answer that
 * skips a number (one was lost, or they came out of order) means its copy is no longer the base
 * the patch was made against, and it reads the plan afresh.
 */
export const ChangeSequenceSchema = z.number().int().nonnegative();

export const PlanSnapshotSchema = z.strictObject({
  file: FileInfoSchema,
  /** Marked statuses come with their summary; `statusFigures` reads their figures. */
  document: WindowDocumentSchema,
  history: HistoryStateSchema,
  sequence: ChangeSequenceSchema,
});
export type PlanSnapshot = z.infer<typeof PlanSnapshotSchema>;

/**
 * The answer to an edit, an undo or a redo: what changed, not the whole plan, so an edit costs
 * the same in a plan of 20 activities and one of 20,000.
 */
export const PlanChangeSchema = z.strictObject({
  file: FileInfoSchema,
  patch: DocumentPatchSchema,
  history: HistoryStateSchema,
  sequence: ChangeSequenceSchema,
});
export type PlanChange = z.infer<typeof PlanChangeSchema>;

const entityCreate = <K extends (typeof ENTITY_KINDS)[number]>(entity: K) =>
  z.strictObject({
    entity: z.literal(entity),
    values: z.strictObject(entityFields[entity]).partial(),
  });

export const CreateEntityInputSchema = z.discriminatedUnion('entity', [
  entityCreate('member'),
  entityCreate('targetGroup'),
  entityCreate('driver'),
  entityCreate('competence'),
  entityCreate('method'),
  entityCreate('activity'),
  entityCreate('measurement'),
  entityCreate('yearItem'),
  entityCreate('statusSnapshot'),
  entityCreate('evaluation'),
  entityCreate('workshop'),
  entityCreate('workshopCard'),
  entityCreate('workshopVote'),
]);
export type CreateEntityInput = z.infer<typeof CreateEntityInputSchema>;

const entityUpdate = <K extends (typeof ENTITY_KINDS)[number]>(entity: K) =>
  z.strictObject({
    entity: z.literal(entity),
    id,
    patch: z.strictObject(entityFields[entity]).partial(),
  });

export const UpdateEntityInputSchema = z.discriminatedUnion('entity', [
  entityUpdate('member'),
  entityUpdate('targetGroup'),
  entityUpdate('driver'),
  entityUpdate('competence'),
  entityUpdate('method'),
  entityUpdate('activity'),
  entityUpdate('measurement'),
  entityUpdate('yearItem'),
  entityUpdate('statusSnapshot'),
  entityUpdate('evaluation'),
  entityUpdate('workshop'),
  entityUpdate('workshopCard'),
  entityUpdate('workshopVote'),
]);
export type UpdateEntityInput = z.infer<typeof UpdateEntityInputSchema>;

const entityKind = z.enum(ENTITY_KINDS, { error: 'invalid-choice' });

export const RecentFileSchema = z.strictObject({
  path: z.string(),
  name: z.string(),
  exists: z.boolean(),
  openedAt: z.string(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

export const AppInfoSchema = z.strictObject({
  version: z.string(),
  formatVersion: z.number().int(),
  transport: z.enum(['electron', 'http', 'direct']),
  /** False in the browser harness: the renderer then asks for a path in its own dialog. */
  nativeDialogs: z.boolean(),
  /** Where new plans are suggested, e.g. the user's Documents folder. */
  defaultFolder: z.string(),
  pathSeparator: z.enum(['/', '\\']),
  /** True where `openExportedFile` can hand a file to the system (the desktop app). */
  opensFiles: z.boolean().optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

const MERGE_ENTITY_KINDS = ['plan', ...ENTITY_KINDS] as const;

/**
 * One thing both copies changed differently. `field` is the model's field name (camelCase) for
 * the renderer's own labels; for a row deleted on one side and edited on the other it is null,
 * and `mine`/`theirs` hold the row's values, or null on the side that deleted it.
 */
export const MergeConflictSchema = z.strictObject({
  id: z.string(),
  table: z.string(),
  rowId: z.string(),
  entityKind: z.enum(MERGE_ENTITY_KINDS),
  entityTitle: z.string(),
  field: z.string().nullable(),
  mine: z.unknown(),
  theirs: z.unknown(),
  kind: z.enum(['field', 'delete-edit', 'same-year']),
});
export type MergeConflict = z.infer<typeof MergeConflictSchema>;

const MergeFileSchema = z.strictObject({ path: z.string(), name: z.string(), title: z.string() });

export const MergePreviewSchema = z.strictObject({
  planId: z.string(),
  mine: MergeFileSchema,
  theirs: MergeFileSchema,
  conflicts: z.array(MergeConflictSchema),
  /** Changes taken from the other copy without asking. */
  takenFromTheirs: z.number().int(),
  /**
   * False when a copy is older than the history the other has folded out of its change log:
   * every field that differs is then a conflict, and a row only one copy has is kept.
   */
  sharedHistory: z.boolean(),
});
export type MergePreview = z.infer<typeof MergePreviewSchema>;

export const MergeChoiceSchema = z.enum(['mine', 'theirs'], { error: 'invalid-choice' });

/** The files the plan can be exported as. */
export const EXPORT_FILE_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'json', 'ics'] as const;
export type ExportFileFormat = (typeof EXPORT_FILE_FORMATS)[number];

/**
 * A PDF section's key. The list of sections lives with the PDF in the core (src/shared imports
 * nothing from there), so the core checks the key against it and names an unknown one; the
 * renderer asks for the list with `exportSections`.
 */
const pdfSectionKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/, { error: 'invalid-choice' });

const pdfChoices = {
  /** The PDF's parts (the Word document's too); all of them when left out. */
  sections: z.array(pdfSectionKey).min(1, { error: 'required' }).max(50).optional(),
  language: z.enum(LANGUAGES).optional(),
};

export const contract = {
  appInfo: { input: empty, output: AppInfoSchema },
  newPlan: {
    input: z.strictObject({
      path: filePath,
      title: z.string().trim().min(1).max(200).optional(),
      example: z.boolean().optional(),
      language: z.enum(LANGUAGES).optional(),
    }),
    output: PlanSnapshotSchema,
  },
  openPlan: { input: z.strictObject({ path: filePath }), output: PlanSnapshotSchema },
  /** A new plan file at `path` from the JSON file at `source` (the interchange format), or from a workbook Omstil exported. */
  importPlan: {
    input: z.strictObject({ source: filePath, path: filePath }),
    output: PlanSnapshotSchema,
  },
  closePlan: { input: empty, output: z.null() },
  getPlan: { input: empty, output: PlanSnapshotSchema.nullable() },
  updatePlan: {
    input: z.strictObject({ patch: z.strictObject(planFields).partial() }),
    output: PlanChangeSchema,
  },
  createEntity: {
    input: CreateEntityInputSchema,
    output: z.strictObject({ id, change: PlanChangeSchema }),
  },
  updateEntity: { input: UpdateEntityInputSchema, output: PlanChangeSchema },
  deleteEntity: { input: z.strictObject({ entity: entityKind, id }), output: PlanChangeSchema },
  reorderEntities: {
    input: z.strictObject({ entity: entityKind, ids: z.array(id).max(100_000) }),
    output: PlanChangeSchema,
  },
  addLink: {
    input: z.strictObject({ kind: z.enum(LINK_KINDS), fromId: id, toId: id }),
    output: PlanChangeSchema,
  },
  removeLink: {
    input: z.strictObject({ kind: z.enum(LINK_KINDS), fromId: id, toId: id }),
    output: PlanChangeSchema,
  },
  /**
   * Makes the plan entry a workshop card names and marks the card with it, as one undo step: a
   * driver, a competence, an activity (status `idea`) or a principle (a text in the plan's list);
   * `as` chooses another kind than the card's own, and is needed for a card of kind `idea`. A
   * team workshop's competences and activities are linked to its target group. Refused with
   * `already-promoted` while what the card became is still in the plan.
   */
  promoteCard: {
    input: z.strictObject({
      cardId: id,
      as: z.enum(WORKSHOP_PROMOTED_KINDS, { error: 'invalid-choice' }).optional(),
    }),
    output: z.strictObject({
      promoted: z.strictObject({
        kind: z.enum(WORKSHOP_PROMOTED_KINDS),
        /** The new entry's id; null for a principle. */
        id: z.string().nullable(),
      }),
      change: PlanChangeSchema,
    }),
  },
  /**
   * Writes a workshop's ranking (its drivers and competences, each ranked by their dots) into the
   * priorities of the entries its cards became, as one undo step: the top third of the ranks 1,
   * the middle third 2, the rest 3; ties the same. Refused (`invalid-input`) while the votes are
   * hidden and when none of the ranked cards is in the plan yet.
   */
  applyRankingToPriorities: {
    input: z.strictObject({ workshopId: id }),
    output: PlanChangeSchema,
  },
  /**
   * What filing a team's plan (another plan file, or the JSON format) into the open plan would
   * add, and what the plan already has and why; the team's file is only read, never locked or
   * changed. `teamId` (a target group of the team's plan) chooses the team where no team
   * workshop in it says which it is.
   */
  previewTeamPlan: {
    input: z.strictObject({ sourcePath: filePath, teamId: id.optional() }),
    output: TeamPlanPreviewSchema,
  },
  /** Files the team's plan into the open plan as one undo step, and says what it added. */
  fileTeamPlan: {
    input: z.strictObject({ sourcePath: filePath, teamId: id.optional() }),
    output: z.strictObject({ report: TeamPlanReportSchema, change: PlanChangeSchema }),
  },
  /**
   * The stored figures of one or two marked statuses, in the order asked for, for a comparison:
   * the plan a window holds has only their summaries.
   */
  statusFigures: {
    input: z.strictObject({ ids: z.array(id).min(1).max(2) }),
    output: z.array(z.strictObject({ id: z.string(), figures: StatusSnapshotSchema })),
  },
  undo: { input: empty, output: PlanChangeSchema },
  redo: { input: empty, output: PlanChangeSchema },
  saveCopy: {
    input: z.strictObject({
      path: filePath,
      /** Only after the user confirmed replacing the file (the native save dialog asks). */
      overwrite: z.boolean().optional(),
      includeHistory: z.boolean().optional(),
    }),
    output: z.strictObject({ path: z.string() }),
  },
  /**
   * Makes a plan that is read-only because of someone's lock editable. Without `confirmed` only
   * an abandoned lock is taken (`lock.takeOver === 'offer'`); otherwise the call fails with the
   * lock's `locked` error and the renderer asks the user, then calls again with `confirmed`.
   */
  takeOverLock: {
    input: z.strictObject({ confirmed: z.boolean().optional() }),
    output: PlanSnapshotSchema,
  },
  /**
   * For a plan open read-only because it was changed outside Omstil (notice `changed-outside`,
   * offering `accept`): takes its content as it is and opens it for editing. Only after the user
   * confirmed it, which `confirmed: true` says; the call fails with the lock's `locked` error
   * when someone else has the plan open, and answers the plan as it is when there was nothing to
   * accept.
   */
  acceptOutsideChanges: {
    input: z.strictObject({ confirmed: z.literal(true) }),
    output: PlanSnapshotSchema,
  },
  /** Saves a copy of the open plan (e.g. one someone else has open) at `path` and opens that. */
  openCopy: { input: z.strictObject({ path: filePath }), output: PlanSnapshotSchema },
  /**
   * For a plan refused with `foreign-schema` or `changed-outside`, or open read-only with a
   * `changed-outside` notice: writes a clean plan file at `target` from the data in `source` (our
   * tables and columns only, without the rows changed outside Omstil and what hangs on them,
   * checked like an import) and opens it.
   */
  salvageCopy: {
    input: z.strictObject({ source: filePath, target: filePath }),
    output: PlanSnapshotSchema,
  },
  /** Compares the open plan (mine) with another copy of it; changes neither. */
  previewMerge: { input: z.strictObject({ theirsPath: filePath }), output: MergePreviewSchema },
  /**
   * Writes the merge of the open plan and `theirsPath` as a new file at `outPath`, with a choice
   * for every conflict of the preview (by conflict id), and opens it unless `open` is false.
   */
  completeMerge: {
    input: z.strictObject({
      theirsPath: filePath,
      outPath: filePath,
      resolutions: z.record(z.string().max(300), MergeChoiceSchema),
      open: z.boolean().optional(),
    }),
    output: z.strictObject({
      path: z.string(),
      conflicts: z.number().int(),
      takenFromTheirs: z.number().int(),
      snapshot: PlanSnapshotSchema.nullable(),
    }),
  },
  /** Writes one annual evaluation as its own PDF; an existing file only with `overwrite`. */
  exportEvaluation: {
    input: z.strictObject({
      id,
      path: filePath,
      language: z.enum(LANGUAGES).optional(),
      overwrite: z.boolean().optional(),
    }),
    output: z.strictObject({ path: z.string(), pages: z.number().int() }),
  },
  /**
   * Writes a workshop's minutes as a one-page PDF; the latest workshop held when `workshopId` is
   * left out. An existing file only with `overwrite`.
   */
  exportWorkshopSummary: {
    input: z.strictObject({
      workshopId: id.optional(),
      path: filePath,
      language: z.enum(LANGUAGES).optional(),
      overwrite: z.boolean().optional(),
    }),
    output: z.strictObject({ path: z.string(), pages: z.number().int() }),
  },
  /** A workshop's minutes as plain text, to paste into the committee's own minutes. */
  workshopSummaryText: {
    input: z.strictObject({
      workshopId: id.optional(),
      language: z.enum(LANGUAGES).optional(),
    }),
    output: z.strictObject({ text: z.string() }),
  },
  /** Writes a step's poster for the wall as a portrait PDF on A3 or A1. */
  exportWorkshopPoster: {
    input: z.strictObject({
      workshopId: id,
      stepId,
      paper: z.enum(POSTER_PAPERS, { error: 'invalid-choice' }),
      path: filePath,
      language: z.enum(LANGUAGES).optional(),
      overwrite: z.boolean().optional(),
    }),
    output: z.strictObject({ path: z.string(), pages: z.number().int() }),
  },
  /**
   * Writes the open plan as a PDF, Word document, workbook, CSV, JSON or calendar file at `path`
   * (whole or not at all); an existing file only with `overwrite`, and never over the plan itself.
   * The sections are the PDF's and the Word document's.
   */
  exportPlan: {
    input: z.strictObject({
      path: filePath,
      format: z.enum(EXPORT_FILE_FORMATS, { error: 'invalid-choice' }),
      ...pdfChoices,
      overwrite: z.boolean().optional(),
      /** Workbook only: the plan's data in a hidden sheet, so the file imports back (xlsfix). */
      withPlanData: z.boolean().optional(),
    }),
    output: z.strictObject({
      path: z.string(),
      bytes: z.number().int(),
      /** PDF only. */
      pages: z.number().int().optional(),
    }),
  },
  /** The PDF's sections in reading order, for the export dialog's choices. */
  exportSections: { input: empty, output: z.strictObject({ sections: z.array(z.string()) }) },
  /** The PDF as it would be exported now, base64-encoded, for the export dialog's preview. */
  previewPdf: {
    input: z.strictObject(pdfChoices),
    output: z.strictObject({ pdf: z.string(), pages: z.number().int() }),
  },
  /** Opens a file this window exported in the system's own program (to print a PDF). */
  openExportedFile: { input: z.strictObject({ path: filePath }), output: z.null() },
  listRecent: { input: empty, output: z.array(RecentFileSchema) },
  /** Takes a plan off the recent list (the file itself is not touched); answers with the list. */
  forgetRecent: {
    input: z.strictObject({ path: z.string().max(4096) }),
    output: z.array(RecentFileSchema),
  },
  /** Where a recent plan stands in its year; null for a missing or foreign file. Never writes. */
  recentPlanStatus: {
    input: z.strictObject({ path: filePath }),
    output: z
      .strictObject({
        status: planFields.status,
        nextItem: z
          .strictObject({ month: z.number().int(), year: z.number().int(), title: z.string() })
          .nullable(),
        evaluationDue: z
          .strictObject({
            state: z.enum(['not-yet', 'due', 'done']),
            month: z.number().int(),
            year: z.number().int(),
            months: z.number().int(),
          })
          .nullable(),
      })
      .nullable(),
  },
  chooseFile: {
    input: z.strictObject({
      purpose: z.enum(['open', 'new', 'saveCopy', 'export', 'import', 'teamPlan', 'survey']),
      suggestedName: z.string().max(255).optional(),
      /** For `export`: the file type the dialog filters on. */
      format: z.enum(EXPORT_FILE_FORMATS).optional(),
    }),
    /** `null` when the user cancelled the dialog. */
    output: z.strictObject({ path: z.string().nullable() }),
  },
  // Workshop follow-ups (wsfix): a participant's ballot as one step.
  /**
   * Makes a participant's votes in a workshop the dots given per card, in place of any they gave
   * before, as one undo step; a card left out or given 0 loses their dots. Each vote is checked
   * as `createEntity` checks one: a card of the workshop, within the dots each participant has.
   */
  saveBallot: {
    input: z.strictObject({
      workshopId: id,
      participant: entityFields.workshopVote.participant.unwrap(),
      dots: z.array(z.strictObject({ cardId: id, dots: entityFields.workshopVote.dots })).max(1000),
    }),
    output: PlanChangeSchema,
  },
  // Trends across many plans (issue 18). A call answers once and the HTTP transport has no push,
  // so the window lists the files, then reads them a call each (a few in flight), its progress
  // bar counting the answers, and counts the summaries itself with the shared code.
  /** The plan files of the chosen files and folders (a folder one level deep), each once. */
  trendsListFiles: {
    input: z.strictObject({ paths: z.array(filePath).min(1).max(1000) }),
    output: z.strictObject({ files: z.array(z.string()), sameFiles: z.array(DuplicateFileSchema) }),
  },
  /** One file's summary through the read-only gate, or why it is not counted. Never writes. */
  trendsReadFile: { input: z.strictObject({ file: filePath }), output: TrendsReadSchema },
  /** Writes a report the window counted as JSON or PDF at `path`; an existing file only with `overwrite`. */
  trendsExport: {
    input: z.strictObject({
      report: TrendsReportSchema,
      format: z.enum(['json', 'pdf'], { error: 'invalid-choice' }),
      path: filePath,
      overwrite: z.boolean().optional(),
    }),
    output: z.strictObject({ path: z.string(), bytes: z.number().int() }),
  },
  // Excel import: a committee's own activity list from a workbook, through a mapping.
  /** The workbook's visible sheets and first rows, and the mapping kept for its layout. */
  readExcelWorkbook: {
    input: z.strictObject({ path: filePath }),
    output: WorkbookOverviewSchema,
  },
  /** How the rows read with `choice`, which cannot be read and why, and the names to create. */
  previewExcelImport: {
    input: z.strictObject({ path: filePath, choice: SheetChoiceSchema }),
    output: ExcelImportPreviewSchema,
  },
  /**
   * Imports the rows that can be read into the open plan as one undo step; the names the plan
   * lacks are created only with `createNames`. The mapping is kept for the workbook's layout.
   */
  importExcelActivities: {
    input: z.strictObject({
      path: filePath,
      choice: SheetChoiceSchema,
      createNames: z.boolean(),
    }),
    output: z.strictObject({ report: ExcelImportReportSchema, change: PlanChangeSchema }),
  },
  // Survey results in, as group-level figures (issue 17 item 2).
  /** A survey export's (CSV or XLSX) columns, for mapping questions to competences. */
  readSurvey: {
    input: z.strictObject({ sourcePath: filePath }),
    output: SurveyFileSchema,
  },
  /** The figures per competence × target group a mapping gives, and the groups refused. */
  previewSurvey: {
    input: z.strictObject({ sourcePath: filePath, mapping: SurveyMappingSchema }),
    output: SurveyPreviewSchema,
  },
  /** Stores those figures as measurements, as one undo step; never a respondent's answers. */
  importSurvey: {
    input: z.strictObject({ sourcePath: filePath, mapping: SurveyMappingSchema }),
    output: z.strictObject({ report: SurveyImportReportSchema, change: PlanChangeSchema }),
  },
  // Trends screen (issue 18 item 2): the plans to count, chosen in the desktop shell's dialog.
  /**
   * Several plan files, or one folder, from the native open dialog; no paths when the user
   * cancelled. Where there is no native dialog the window asks for the paths itself.
   */
  chooseTrendsSources: {
    input: z.strictObject({ kind: z.enum(['files', 'folder'], { error: 'invalid-choice' }) }),
    output: z.strictObject({ paths: z.array(z.string()) }),
  },
} as const satisfies Record<ApiCall, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type CallInput<C extends ApiCall> = z.input<Contract[C]['input']>;
export type CallArgs<C extends ApiCall> = z.output<Contract[C]['input']>;
export type CallOutput<C extends ApiCall> = z.output<Contract[C]['output']>;

/** What the main side implements: one function per call, taking the parsed input. */
export type ApiHandlers = {
  [C in ApiCall]: (input: CallArgs<C>) => CallOutput<C> | Promise<CallOutput<C>>;
};

/** What the renderer calls: the same names, each returning a `Result` promise. */
export type ApiClient = {
  [C in ApiCall]: (input: CallInput<C>) => Promise<Result<CallOutput<C>>>;
};

/**
 * What the shell pushes to the renderer: menu commands (the renderer runs the same flow as its own
 * buttons, so there is one code path), news that the open plan changed behind its back, and how
 * far a PDF export or preview has come (a call has one answer, so the fraction cannot be one).
 */
export const ShellEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('menu'),
    command: z.enum([
      'new',
      'open',
      'import',
      'save-copy',
      'export',
      'merge',
      'file-team-plan',
      'close',
      'undo',
      'redo',
      // Trends screen (issue 18 item 2).
      'trends',
      // Excel follow-ups (xlsfix): »Importér fra Excel …« on the Indsatser screen.
      'import-excel',
    ]),
  }),
  z.strictObject({ type: z.literal('open-path'), path: z.string() }),
  z.strictObject({ type: z.literal('plan-changed') }),
  z.strictObject({ type: z.literal('export-progress'), fraction: z.number().min(0).max(1) }),
]);
export type ShellEvent = z.infer<typeof ShellEventSchema>;

/** The raw bridge the preload exposes as `window.omstil`. */
export type OmstilBridge = {
  [C in ApiCall]: (input: unknown) => Promise<Result<unknown>>;
} & {
  /** Subscribes to shell events; returns the unsubscribe function. */
  onShellEvent: (listener: (event: ShellEvent) => void) => () => void;
};

export type { AppError };
