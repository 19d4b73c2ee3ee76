import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/model/entities';
import { EditableDate, EditableText } from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';

const key = (field: string) => fieldKey('plan', '', field);

export function PlanFields({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const updatePlan = useAppStore((s) => s.updatePlan);
  return (
    <section className="plan-block" aria-labelledby="overview-plan-heading">
      <h3 id="overview-plan-heading">{t('planner.overview.planHeading')}</h3>
      <div className="field-grid">
        <EditableText
          className="field-wide"
          label={t('planner.overview.title')}
          value={plan.title}
          required
          errorKey={key('title')}
          onCommit={(title) => updatePlan({ title })}
        />
        <EditableText
          label={t('planner.overview.organisation')}
          hint={t('planner.overview.organisationHint')}
          value={plan.organisation}
          errorKey={key('organisation')}
          onCommit={(organisation) => updatePlan({ organisation })}
        />
        <EditableText
          label={t('planner.overview.unit')}
          hint={t('planner.overview.unitHint')}
          value={plan.unit}
          errorKey={key('unit')}
          onCommit={(unit) => updatePlan({ unit })}
        />
        <EditableDate
          label={t('planner.overview.periodStart')}
          value={plan.periodStart}
          errorKey={key('periodStart')}
          onCommit={(periodStart) => updatePlan({ periodStart })}
        />
        <EditableDate
          label={t('planner.overview.periodEnd')}
          value={plan.periodEnd}
          errorKey={key('periodEnd')}
          onCommit={(periodEnd) => updatePlan({ periodEnd })}
        />
        <EditableText
          className="field-wide"
          label={t('planner.overview.purpose')}
          hint={t('planner.overview.purposeHint')}
          value={plan.purpose}
          multiline
          errorKey={key('purpose')}
          onCommit={(purpose) => updatePlan({ purpose })}
        />
      </div>
    </section>
  );
}
