import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import type { ExportDialogState } from '../../store/export-slice';

/**
 * The workbook's one choice: whether it carries the plan's data, so that it can be read into
 * Omstil again. Off unless ticked, since the data holds what the sheets do not show.
 */
export function PlanDataChoice({ state }: { state: ExportDialogState }) {
  const { t } = useTranslation();
  const setPlanData = useAppStore((s) => s.setExportPlanData);
  const id = useId();
  return (
    <div className="form-group-checkbox export-plan-data">
      <input
        id={id}
        type="checkbox"
        className="form-checkbox"
        checked={state.withPlanData}
        disabled={state.running}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setPlanData(event.target.checked)}
      />
      <label className="form-label" htmlFor={id}>
        {t('export.planData.label')}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {t('export.planData.hint')}
      </span>
    </div>
  );
}
