import { useTranslation } from 'react-i18next';
import {
  MAX_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
} from '../../../../shared/model/anonymity';
import { EditableNumber } from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';

/**
 * The fewest responses a group must have for a survey's figures for it to be kept: a setting of
 * the plan, saved and undone like its other details.
 */
export function AnonymityThresholdField({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  const updatePlan = useAppStore((s) => s.updatePlan);
  return (
    <section className="plan-block" aria-labelledby="overview-anonymity-heading">
      <h3 id="overview-anonymity-heading">{t('survey.anonymityHeading')}</h3>
      <p>{t('survey.anonymityIntro')}</p>
      <div className="change-log-limit">
        <EditableNumber
          label={t('survey.anonymityLabel')}
          hint={t('survey.anonymityHint')}
          unit={t('survey.anonymityUnit')}
          value={threshold}
          min={MIN_ANONYMITY_THRESHOLD}
          max={MAX_ANONYMITY_THRESHOLD}
          errorKey={fieldKey('plan', '', 'anonymityThreshold')}
          onCommit={(anonymityThreshold) =>
            anonymityThreshold === null ? undefined : updatePlan({ anonymityThreshold })
          }
        />
      </div>
    </section>
  );
}
