import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/model/entities';
import { PLAN_STATUSES, type PlanStatus } from '../../../../shared/model/enums';
import { EditableDate, EditableSelect } from '../../../components/fields';
import { useFormat } from '../../../i18n/use-format';
import { fieldKey, useAppStore } from '../../../store';
import { useToday } from '../../progress/today';
import { enumOptions } from '../common/options';
import { correctStepDate, moveStatus, stepDates } from './status-moves';

/**
 * Kladde → drøftet → vedtaget → i gang → evalueret, with the date each step was reached. Moving
 * on or back records today's date, which can be corrected in the step's own date field.
 */
export function PlanStatusStepper({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useToday();
  const id = useId();
  const updatePlan = useAppStore((s) => s.updatePlan);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const [announcement, setAnnouncement] = useState('');
  const dates = stepDates(plan);
  const current = PLAN_STATUSES.indexOf(plan.status);
  const previous = PLAN_STATUSES[current - 1];
  const next = PLAN_STATUSES[current + 1];
  const name = (status: PlanStatus) => t(`enums.planStatus.${status}`);

  const move = async (target: PlanStatus) => {
    if (await updatePlan(moveStatus(plan, target, today))) {
      setAnnouncement(t('year.status.moved', { status: name(target) }));
    }
  };

  return (
    <section className="plan-block" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('year.status.heading')}</h3>
      <p className="block-hint">{t('year.status.hint')}</p>
      <ol className="status-steps no-max-width" aria-label={t('year.status.stepsLabel')}>
        {PLAN_STATUSES.map((status, index) => {
          const reached = index <= current;
          const classes = [
            'status-step',
            reached ? 'reached' : null,
            index === current ? 'current' : null,
          ];
          return (
            <li
              key={status}
              className={classes.filter(Boolean).join(' ')}
              aria-current={index === current ? 'step' : undefined}
            >
              <span className="status-step-name">
                {name(status)}
                {index === current && <span className="sr-only">, {t('year.status.current')}</span>}
              </span>
              {reached && !readOnly ? (
                <EditableDate
                  label={t(`year.status.dateOf.${status}`)}
                  value={dates[status]}
                  errorKey={fieldKey(
                    'plan',
                    '',
                    status === 'adopted' ? 'decisionDate' : 'statusDates',
                  )}
                  onCommit={(date) => updatePlan(correctStepDate(plan, status, date))}
                />
              ) : (
                <span className="status-step-date">
                  {dates[status] ? format.date(dates[status]) : t('year.status.notReached')}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div className="status-tools">
          {previous && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void move(previous)}
            >
              {t('year.status.back', { status: name(previous) })}
            </button>
          )}
          {next && (
            <button type="button" className="button button-primary" onClick={() => void move(next)}>
              {t('year.status.forward', { status: name(next) })}
            </button>
          )}
          <EditableSelect
            label={t('year.status.jump')}
            value={plan.status}
            options={enumOptions(t).planStatus}
            errorKey={fieldKey('plan', '', 'status')}
            onCommit={(status) => move(status)}
          />
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
