import { useTranslation } from 'react-i18next';
import { MAX_LOG_LIMIT, MIN_LOG_LIMIT } from '../../../../shared/model/log-limit';
import { EditableNumber } from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';

/**
 * How many changes the plan's change log keeps: a setting of the plan, saved and undone like its
 * other details. It decides how old a copy may be and still merge change by change, so the text
 * says what is given up below it.
 */
export function ChangeLogLimitField({ limit }: { limit: number }) {
  const { t } = useTranslation();
  const updatePlan = useAppStore((s) => s.updatePlan);
  return (
    <section className="plan-block" aria-labelledby="overview-log-heading">
      <h3 id="overview-log-heading">{t('planner.overview.logHeading')}</h3>
      <p>{t('planner.overview.logIntro')}</p>
      <p>{t('planner.overview.logMerge')}</p>
      <div className="change-log-limit">
        <EditableNumber
          label={t('planner.overview.logLimit')}
          hint={t('planner.overview.logLimitHint')}
          unit={t('planner.overview.logLimitUnit')}
          value={limit}
          min={MIN_LOG_LIMIT}
          max={MAX_LOG_LIMIT}
          errorKey={fieldKey('plan', '', 'changeLogLimit')}
          onCommit={(changeLogLimit) =>
            changeLogLimit === null ? undefined : updatePlan({ changeLogLimit })
          }
        />
      </div>
    </section>
  );
}
