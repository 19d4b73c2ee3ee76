import type { ApiHandlers } from '../../shared/api';
import type { SurveyImportReport } from '../../shared/survey/survey-schemas';
import { importSurvey, previewSurvey, readSurvey, readSurveyTable } from '../core';
import type { PlanHolder } from './plan-holder';

type SurveyCalls = 'readSurvey' | 'previewSurvey' | 'importSurvey';

/** The calls that take a survey export's results into the open plan as group-level figures. */
export function surveyHandlers(plan: PlanHolder): Pick<ApiHandlers, SurveyCalls> {
  return {
    readSurvey: ({ sourcePath }) => readSurvey(plan.require(), sourcePath),
    previewSurvey: ({ sourcePath, mapping }) => previewSurvey(plan.require(), sourcePath, mapping),
    importSurvey: async ({ sourcePath, mapping }) => {
      plan.require();
      // Read before the edit: the file is read asynchronously, the edit is one transaction.
      const table = await readSurveyTable(sourcePath);
      let report: SurveyImportReport | null = null;
      const change = plan.edited((s) => {
        report = importSurvey(s, table, mapping);
      });
      return { report: report!, change };
    },
  };
}
