import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
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
import { addTableSheet } from './table-sheet';
import { yearWheelColumns, yearWheelRows } from './year-wheel-sheet';

export interface PlanXlsxOptions {
  lang: Language;
  now?: Date;
}

/**
 * The whole plan as a workbook: one sheet per kind of row, in the committee's order, with the
 * budget by funding source after the activities. Every sheet prints on A4 landscape.
 */
export async function renderPlanXlsx(doc: PlanDocument, options: PlanXlsxOptions): Promise<Buffer> {
  const { lang } = options;
  const now = options.now ?? new Date();
  const t = exportTexts[lang];
  const lookup = createLookup(doc);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Omstil';
  workbook.title = doc.plan.title;
  workbook.subject = t.document.subject;
  workbook.company = doc.plan.organisation;
  workbook.created = now;
  workbook.modified = now;

  const s = t.sheets;
  const print = { title: doc.plan.title || t.document.untitled, pageOf: t.workbook.pageOf };
  const sheet = { lang, print };
  addTableSheet(workbook, s.plan, planFieldColumns(t), planFields(doc, t, now, lang), sheet);
  addTableSheet(workbook, s.members, memberColumns(t), doc.members, sheet);
  addTableSheet(workbook, s.targetGroups, targetGroupColumns(t), doc.targetGroups, sheet);
  addTableSheet(workbook, s.drivers, driverColumns(t), doc.drivers, sheet);
  addTableSheet(workbook, s.competences, competenceColumns(t, lookup), doc.competences, sheet);
  addTableSheet(workbook, s.methods, methodColumns(t, doc), doc.methods, sheet);
  addActivitiesSheet({ workbook, doc, t, lang, print }, lookup);
  addBudgetSheet({ workbook, doc, t, lang, print });
  addTableSheet(workbook, s.measurements, measurementColumns(t, lookup), doc.measurements, sheet);
  addTableSheet(workbook, s.yearWheel, yearWheelColumns(t, doc, lang), yearWheelRows(doc), sheet);

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
