import { useTranslation } from 'react-i18next';
import type { ActivityFundingCheck } from '../../../shared/funding';
import { useAppStore } from '../../store';
import { ApplicationFields } from './ApplicationFields';

/** One activity's funding readiness: the verdict, why, what is missing, and the approval reminder. */
export function ActivityFundingCard({
  entry,
  open,
  onToggle,
}: {
  entry: ActivityFundingCheck;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const { check } = entry;
  const headingId = `funding-${entry.activityId}-heading`;
  return (
    <li className="planner-card">
      <div className="planner-card-head">
        <div>
          <h3 id={headingId} className="planner-card-title">
            {entry.title}
          </h3>
          <p className={`funding-verdict funding-verdict-${check.verdict}`}>
            {t('year.funding.verdict')}: {check.verdictLabel[language]}
          </p>
        </div>
        <div className="planner-card-tools">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={open}
            aria-controls={`funding-${entry.activityId}-fields`}
            aria-label={t(open ? 'year.funding.hideItem' : 'year.funding.editItem', {
              name: entry.title,
            })}
            onClick={onToggle}
          >
            {t(open ? 'year.funding.hide' : 'year.funding.edit')}
          </button>
        </div>
      </div>
      {check.reasons.length === 0 ? (
        <p className="funding-missing">{t('year.funding.noReasons')}</p>
      ) : (
        <ul className="funding-reasons" aria-label={t('year.funding.reasons')}>
          {check.reasons.map((reason) => (
            <li key={reason.ruleId}>
              <span className={`funding-effect funding-effect-${reason.effect}`}>
                {t(`year.funding.effect.${reason.effect}`)}
              </span>
              <strong>{reason.title[language]}.</strong> {reason.explanation[language]}
            </li>
          ))}
        </ul>
      )}
      {check.missing.length > 0 && (
        <p className="funding-missing">
          {t('year.funding.missing', {
            fields: check.missing.map((m) => m.label[language]).join(', '),
          })}
        </p>
      )}
      <p className={check.reminder ? 'funding-reminder' : 'funding-approval'}>
        {check.reminder ? check.reminder.message[language] : t('year.funding.approvalRule')}
      </p>
      <div id={`funding-${entry.activityId}-fields`} hidden={!open}>
        {open && (
          <ApplicationFields activityId={entry.activityId} application={entry.application} />
        )}
      </div>
    </li>
  );
}
