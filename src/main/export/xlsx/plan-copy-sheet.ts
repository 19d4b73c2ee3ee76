import type { Workbook } from 'exceljs';
import { toInterchange } from '../../../shared/interchange';
import type { PlanDocument } from '../../../shared/model/document';
import {
  PLAN_COPY_MARK,
  PLAN_COPY_SHEET,
  splitPlanCopy,
} from '../../../shared/excel-import/plan-copy';
import { zipCaughtUp } from './zip-pace';

/**
 * The plan as its JSON interchange text, in a sheet Excel does not list ("very hidden"), so that
 * `omstil import` and »Importér fra Excel …« read the workbook back to the same plan. Excel and
 * LibreOffice keep such a sheet when the workbook is saved again.
 */
export async function addPlanCopySheet(workbook: Workbook, doc: PlanDocument): Promise<void> {
  const sheet = workbook.addWorksheet(PLAN_COPY_SHEET, { state: 'veryHidden' });
  sheet.addRow([PLAN_COPY_MARK]).commit();
  for (const piece of splitPlanCopy(JSON.stringify(toInterchange(doc)))) {
    sheet.addRow([piece]).commit();
    // Each piece is a cell's worth of text, tens of kilobytes: the zip takes them one by one.
    await zipCaughtUp(sheet);
  }
  sheet.commit();
}
