import { useTranslation } from 'react-i18next';
import { EditableText } from '../fields';
import { usePlanDocument } from '../use-plan';
import { fieldKey, useAppStore } from '../../store';

/**
 * What the SU is asked to decide, written beside the choice of the agenda page. It is the plan's
 * own text, saved like any other field, so every copy of the plan prints the same page.
 */
export function AgendaRequestField() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const updatePlan = useAppStore((s) => s.updatePlan);
  if (!doc) return null;
  return (
    <div className="export-agenda">
      <EditableText
        label={t('export.agenda.label')}
        hint={t('export.agenda.hint')}
        value={doc.plan.agendaRequest}
        multiline
        errorKey={fieldKey('plan', '', 'agendaRequest')}
        onCommit={(agendaRequest) => updatePlan({ agendaRequest })}
      />
    </div>
  );
}
