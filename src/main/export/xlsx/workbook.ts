import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import { activityColumns } from '../activity-columns';
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
import { addTableSheet } from './table-sheet';
import { yearWheelColumns, yearWheelRows } from './year-wheel-sheet';

export interface PlanXlsxOptions {
  lang: Language;
  now?: Date;
}

/** The whole plan as a workbook: one sheet per kind of row, in the committee's order. */
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
  addTableSheet(workbook, s.plan, planFieldColumns(t), planFields(doc, t, now, lang), lang);
  addTableSheet(workbook, s.members, memberColumns(t), doc.members, lang);
  addTableSheet(workbook, s.targetGroups, targetGroupColumns(t), doc.targetGroups, lang);
  addTableSheet(workbook, s.drivers, driverColumns(t), doc.drivers, lang);
  addTableSheet(workbook, s.competences, competenceColumns(t, lookup), doc.competences, lang);
  addTableSheet(workbook, s.methods, methodColumns(t, doc), doc.methods, lang);
  addTableSheet(workbook, s.activities, activityColumns(t, lookup), doc.activities, lang);
  addTableSheet(workbook, s.measurements, measurementColumns(t, lookup), doc.measurements, lang);
  addTableSheet(workbook, s.yearWheel, yearWheelColumns(t, doc, lang), yearWheelRows(doc), lang);

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
