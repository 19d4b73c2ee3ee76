import { dirname, join } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import type { ExcelImportReport } from '../../shared/excel-import/schema';
import {
  importExcelActivities,
  previewExcelImport,
  readExcelChoice,
  readWorkbookOverview,
  type Environment,
} from '../core';
import { rememberedMapping, rememberMapping } from './excel-mappings';
import type { HostContext } from './host-context';
import type { PlanHolder } from './plan-holder';

type ExcelImportCalls = 'readExcelWorkbook' | 'previewExcelImport' | 'importExcelActivities';

/** The calls that bring a committee's own activity list (a workbook) into the open plan. */
export function excelImportHandlers(
  plan: PlanHolder,
  ctx: HostContext,
  env: Environment,
): Pick<ApiHandlers, ExcelImportCalls> {
  // Beside the recent-files list, in the user's settings folder.
  const store = join(dirname(ctx.recentFilesPath), 'excel-mappings.json');
  return {
    readExcelWorkbook: ({ path }) =>
      readWorkbookOverview(path, (key) => rememberedMapping(store, key)),
    previewExcelImport: ({ path, choice }) => previewExcelImport(plan.require(), path, choice),
    importExcelActivities: async ({ path, choice, createNames }) => {
      // The workbook is read first: reading is asynchronous, and an edit is one transaction.
      const read = await readExcelChoice(path, choice);
      let report: ExcelImportReport | null = null;
      const change = plan.edited((s) => {
        report = importExcelActivities(s, read, createNames);
      });
      rememberMapping(store, read.layoutKey, choice, env.now().toISOString());
      return { report: report!, change };
    },
  };
}
