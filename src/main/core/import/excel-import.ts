import { basename } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { layoutKey } from '../../../shared/excel-import/layout-key';
import { rowMessages, workbookMessages } from '../../../shared/excel-import/messages';
import { readActivityRows } from '../../../shared/excel-import/read-rows';
import type {
  ExcelImportPreview,
  ExcelImportReport,
  NewNames,
  ReadActivity,
  RowProblem,
  SheetChoice,
  WorkbookOverview,
} from '../../../shared/excel-import/schema';
import { readDocument } from '../repositories/document-reader';
import type { RowWriter } from '../repositories/row-writer';
import { insertEntity } from '../services/entity-service';
import type { PlanSession } from '../services/plan-session';
import { foldName } from '../services/team-plan-match';
import { matchNames, unknownNames, type NameKind, type PlanNames } from './name-matching';
import { readWorkbook } from './workbook-source';

// A committee's own activity list brought into the open plan: the workbook's sheets for the
// dialog, a preview of a mapping, and the import itself as one undo step.

/** The label of the import's undo step. */
export const IMPORT_EXCEL_LABEL = 'import-excel:activity';

/** The rows the dialog shows of each sheet, for choosing the header row. */
const FIRST_ROWS = 12;

/**
 * The workbook's visible sheets with their first rows, whether it is a plan Omstil exported, and
 * the mapping `remembered` knows for the first sheet and header row whose layout it has seen.
 */
export async function readWorkbookOverview(
  path: string,
  remembered: (layoutKey: string) => SheetChoice | null,
): Promise<WorkbookOverview> {
  const { cells, workbook } = await readWorkbook(path);
  const sheets = cells.visibleSheets(workbook).map((ws) => ({
    name: ws.name,
    rowCount: ws.rowCount,
    firstRows: cells.sheetRows(ws, 1, FIRST_ROWS),
  }));
  let found: SheetChoice | null = null;
  for (const sheet of sheets) {
    for (const row of sheet.firstRows) {
      const key = layoutKey(row.cells);
      const choice = key === '' ? null : remembered(key);
      if (choice && !found) found = { ...choice, sheet: sheet.name, headerRow: row.row };
    }
  }
  return {
    path,
    name: basename(path),
    sheets,
    omstilPlan: cells.planCopyText(workbook) !== null,
    remembered: found,
  };
}

/** A sheet's rows read with a mapping, and the key of its header row's layout. */
export interface ReadChoice {
  layoutKey: string;
  activities: ReadActivity[];
  problems: RowProblem[];
}

/** Reads the rows below the chosen header with the mapping; the plan is not touched. */
export async function readExcelChoice(path: string, choice: SheetChoice): Promise<ReadChoice> {
  if (!choice.columns.includes('title')) {
    throw new OmstilError(
      errors.invalidInput([
        { path: 'columns', rule: 'title-required', message: workbookMessages.noTitleColumn },
      ]),
    );
  }
  const { cells, workbook } = await readWorkbook(path);
  const sheet = cells.visibleSheets(workbook).find((ws) => ws.name === choice.sheet);
  if (!sheet) {
    throw new OmstilError(errors.workbookRefused(workbookMessages.unknownSheet(choice.sheet)));
  }
  const [header] = cells.sheetRows(sheet, choice.headerRow, choice.headerRow);
  const rows = cells.sheetRows(sheet, choice.headerRow + 1, sheet.rowCount);
  return { layoutKey: layoutKey(header?.cells ?? []), ...readActivityRows(rows, choice.columns) };
}

/** How the rows will be read with `choice`, what cannot be, and the names the plan lacks. */
export async function previewExcelImport(
  session: PlanSession,
  path: string,
  choice: SheetChoice,
): Promise<ExcelImportPreview> {
  const { activities, problems } = await readExcelChoice(path, choice);
  const names = matchNames(session.document(), activities);
  const rowsNamingNew = activities
    .filter((a) => Object.values(unknownNames(names, a)).some((l) => l.length > 0))
    .map((a) => a.row);
  return { activities, problems, newNames: names.missing, rowsNamingNew };
}

const UNKNOWN: Record<NameKind, (name: string) => RowProblem['reason']> = {
  owners: rowMessages.unknownOwner,
  competences: rowMessages.unknownCompetence,
  targetGroups: rowMessages.unknownTargetGroup,
};
const FIELD_OF = {
  owners: 'owner',
  competences: 'competence',
  targetGroups: 'targetGroup',
} as const;

/**
 * Imports the rows that could be read as new activities, as one undo step. A name the plan lacks
 * is created when `createNames` says so (an owner as a committee member with the role "other");
 * otherwise the rows naming it are left out and listed with the rest.
 */
export function importExcelActivities(
  session: PlanSession,
  read: ReadChoice,
  createNames: boolean,
): ExcelImportReport {
  return session.edit(IMPORT_EXCEL_LABEL, (writer, now) => {
    const names = matchNames(readDocument(writer.db, 'summaries'), read.activities);
    const problems = [...read.problems];
    let chosen = read.activities;
    if (!createNames) {
      chosen = read.activities.filter((a) => {
        const lacking = unknownNames(names, a);
        for (const kind of ['owners', 'competences', 'targetGroups'] as const) {
          for (const name of lacking[kind]) {
            problems.push({ row: a.row, field: FIELD_OF[kind], reason: UNKNOWN[kind](name) });
          }
        }
        return Object.values(lacking).every((l) => l.length === 0);
      });
    }
    const created = createNames ? createMissing(writer, names, session, now) : emptyNames();
    for (const a of chosen) insertActivity(writer, names, a, session.env.newId(), now);
    problems.sort((x, y) => x.row - y.row);
    return { imported: chosen.length, problems, created };
  });
}

const emptyNames = (): NewNames => ({ owners: [], competences: [], targetGroups: [] });

/** Creates the names the plan lacks and enters their ids, so the activities can link to them. */
function createMissing(
  writer: RowWriter,
  names: PlanNames,
  session: PlanSession,
  now: string,
): NewNames {
  const { missing, ids } = names;
  const add = (kind: NameKind, name: string, write: (id: string) => void) => {
    const id = session.env.newId();
    write(id);
    ids[kind].set(foldName(name), id);
  };
  for (const name of missing.owners) {
    add('owners', name, (id) => insertEntity(writer, 'member', id, { name, role: 'other' }, now));
  }
  for (const name of missing.targetGroups) {
    add('targetGroups', name, (id) => insertEntity(writer, 'targetGroup', id, { name }, now));
  }
  for (const title of missing.competences) {
    add('competences', title, (id) => insertEntity(writer, 'competence', id, { title }, now));
  }
  return missing;
}

function insertActivity(
  writer: RowWriter,
  names: PlanNames,
  a: ReadActivity,
  id: string,
  now: string,
): void {
  const idsOf = (kind: NameKind, list: string[]) => [
    ...new Set(list.map((n) => names.ids[kind].get(foldName(n))!)),
  ];
  const values: Record<string, unknown> = {
    title: a.title,
    description: a.description,
    funding: a.funding,
    start: a.start,
    end: a.end,
    ownerId: a.owner === null ? null : names.ids.owners.get(foldName(a.owner))!,
    competenceIds: idsOf('competences', a.competences),
    targetGroupIds: idsOf('targetGroups', a.targetGroups),
  };
  if (a.status !== null) values['status'] = a.status;
  if (a.budget !== null) values['budget'] = a.budget;
  if (a.spent !== null) values['spent'] = a.spent;
  if (a.participants !== null) values['participantsPlanned'] = a.participants;
  insertEntity(writer, 'activity', id, values, now);
}
