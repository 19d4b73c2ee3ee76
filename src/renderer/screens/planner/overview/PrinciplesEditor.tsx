import { useTranslation } from 'react-i18next';
import { TextListEditor } from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';

/** The SU's principles and guidelines for competence development (Kompetenceaftalen § 8). */
export function PrinciplesEditor({ principles }: { principles: string[] }) {
  const { t } = useTranslation();
  const updatePlan = useAppStore((s) => s.updatePlan);
  return (
    <section className="plan-block" aria-labelledby="overview-principles-heading">
      <h3 id="overview-principles-heading">{t('planner.overview.principlesHeading')}</h3>
      <TextListEditor
        label={t('planner.overview.principles')}
        hint={t('planner.overview.principlesHint')}
        items={principles}
        addLabel={t('planner.overview.addPrinciple')}
        errorKey={fieldKey('plan', '', 'principles')}
        onCommit={(items) => updatePlan({ principles: items })}
      />
    </section>
  );
}
