import { basename } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { workbookMessages } from '../../../shared/excel-import/messages';
import { parseInterchange } from '../../../shared/interchange';
import type { PlanDocument } from '../../../shared/model/document';
import { createPlanFile } from '../plan-file/create';
import type { Environment } from '../services/clock';
import { readWorkbook } from './workbook-source';

/**
 * The plan in a workbook Omstil exported with the plan's data, read from the copy the export
 * then keeps in a hidden sheet and checked as a JSON import is checked; any other workbook, an
 * Omstil workbook without the data among them, is refused, with the way in that takes it (the
 * mapping dialog).
 */
export async function readXlsxPlan(path: string, env: Environment): Promise<PlanDocument> {
  const { cells, workbook } = await readWorkbook(path);
  const text = cells.planCopyText(workbook);
  if (text === null) {
    const name = basename(path);
    throw new OmstilError(
      errors.workbookRefused(
        cells.writtenByOmstil(workbook)
          ? workbookMessages.exportedWithoutPlanData(name)
          : workbookMessages.noPlanInWorkbook(name),
      ),
    );
  }
  return parseInterchange(text, env.now().toISOString());
}

/** Reads an exported workbook and writes it as a new plan file; nothing is left on failure. */
export async function importXlsxFile(
  path: string,
  target: string,
  env: Environment,
): Promise<PlanDocument> {
  const doc = await readXlsxPlan(path, env);
  createPlanFile(target, doc);
  return doc;
}
