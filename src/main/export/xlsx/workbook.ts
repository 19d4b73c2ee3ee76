import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { OMSTIL_CREATOR } from '../../../shared/excel-import/plan-copy';
import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import type { Column } from '../activity-columns';
import { exportTexts } from '../i18n';
import { createLookup } from '../lookup';
import {
  competenceColumns,
  driverColumns,
  measurementColumns,
  memberColumns,
  methodColumns,
  planFieldColumns,
  planFields,
  targetGroupColumns,
} from './sheets';
import { addActivitiesSheet, addBudgetSheet } from './money-sheets';
import { addPlanCopySheet } from './plan-copy-sheet';
import { addTableSheet } from './table-sheet';
import { yearWheelColumns, yearWheelRows } from './year-wheel-sheet';

export interface PlanXlsxOptions {
  lang: Language;
  now?: Date;
  /**
   * Keep the whole plan's JSON text in a very hidden sheet, so that the workbook imports back to
   * the same plan. Off unless asked for: the text holds what the visible sheets leave out
   * (workshop cards, who voted, notes), and a workbook sent to management should hold no more
   * than it shows.
   */
  withPlanData?: boolean;
}

/**
 * The whole plan as a workbook: one sheet per kind of row, in the committee's order, with the
 * budget by funding source after the activities. Every sheet prints on A4 landscape. Last, hidden
 * and only when asked for, the plan's JSON text, from which an import reads the workbook back to
 * the same plan.
 *
 * Written with exceljs's streaming writer: each row goes into the zip as soon as it is made, so a
 * plan of 20,000 activities does not sit in memory as cell objects (the workbook model took
 * 666 MB for that). What is held is the finished file, a few megabytes.
 */
export async function renderPlanXlsx(doc: PlanDocument, options: PlanXlsxOptions): Promise<Buffer> {
  const { lang } = options;
  const now = options.now ?? new Date();
  const t = exportTexts[lang];
  const lookup = createLookup(doc);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = OMSTIL_CREATOR;
  workbook.title = doc.plan.title;
  workbook.subject = t.document.subject;
  workbook.created = now;
  workbook.modified = now;

  const s = t.sheets;
  const print = { title: doc.plan.title || t.document.untitled, pageOf: t.workbook.pageOf };
  const sheet = { lang, print };
  // A sheet is committed when it is complete: the zip takes the sheets in order, so one left
  // open would hold every later sheet's rows in memory until the end.
  const table = async <T>(name: string, columns: readonly Column<T>[], rows: readonly T[]) =>
    (await addTableSheet(workbook, name, columns, rows, sheet)).sheet.commit();
  await table(s.plan, planFieldColumns(t), planFields(doc, t, now, lang));
  await table(s.members, memberColumns(t), doc.members);
  await table(s.targetGroups, targetGroupColumns(t), doc.targetGroups);
  await table(s.drivers, driverColumns(t), doc.drivers);
  await table(s.competences, competenceColumns(t, lookup), doc.competences);
  await table(s.methods, methodColumns(t, doc), doc.methods);
  await addActivitiesSheet({ workbook, doc, t, lang, print }, lookup);
  await addBudgetSheet({ workbook, doc, t, lang, print });
  await table(s.measurements, measurementColumns(t, lookup), doc.measurements);
  await table(s.yearWheel, yearWheelColumns(t, doc, lang), yearWheelRows(doc));
  if (options.withPlanData) await addPlanCopySheet(workbook, doc);

  await workbook.commit();
  return Buffer.concat(chunks);
}
