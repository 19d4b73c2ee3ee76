import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES } from '../../../../shared/model/enums';
import { NotSet } from '../../../components/NotSet';
import { useFormat } from '../../../i18n/use-format';
import { Screen } from '../common/Screen';
import { usePlan } from '../use-plan';
import { share, summarise } from './progress-summary';

/** A read-only summary of how far the plan has come: activities, money and participants. */
export function ProgressScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const doc = usePlan();
  const summary = useMemo(() => (doc ? summarise(doc) : null), [doc]);
  if (!doc || !summary) return null;

  const percent = (value: number | null) => (value === null ? <NotSet /> : format.percent(value));
  const spentShare = share(summary.spent, summary.budget);
  const reachedShare = share(summary.participantsReached, summary.participantsPlanned);

  return (
    <Screen view="progress" intro={t('planner.intro.progress')}>
      {summary.activities === 0 && <p className="empty-text">{t('planner.progress.empty')}</p>}
      <div className="progress-grid">
        <section className="progress-card" aria-labelledby="progress-activities">
          <h3 id="progress-activities">{t('planner.progress.activitiesHeading')}</h3>
          <table className="table table--compact progress-table">
            <caption className="sr-only">{t('planner.progress.byStatus')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planner.progress.status')}</th>
                <th scope="col" className="numeric">
                  {t('planner.progress.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ACTIVITY_STATUSES.map((status) => (
                <tr key={status}>
                  <th scope="row">
                    <span className={`status-tag status-${status}`}>
                      {t(`enums.activityStatus.${status}`)}
                    </span>
                  </th>
                  <td className="numeric">{format.number(summary.byStatus[status])}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('planner.progress.total')}</th>
                <td className="numeric">{format.number(summary.activities)}</td>
              </tr>
            </tfoot>
          </table>
          <dl className="key-figures">
            <div>
              <dt>{t('planner.progress.averageProgress')}</dt>
              <dd>{percent(summary.averageProgress)}</dd>
            </div>
          </dl>
        </section>
        <section className="progress-card" aria-labelledby="progress-money">
          <h3 id="progress-money">{t('planner.progress.moneyHeading')}</h3>
          <dl className="key-figures">
            <div>
              <dt>{t('planner.progress.budget')}</dt>
              <dd>{format.money(summary.budget)}</dd>
            </div>
            <div>
              <dt>{t('planner.progress.spent')}</dt>
              <dd>{format.money(summary.spent)}</dd>
            </div>
            <div>
              <dt>{t('planner.progress.remaining')}</dt>
              <dd>{format.money(summary.budget - summary.spent)}</dd>
            </div>
            <div>
              <dt>{t('planner.progress.spentShare')}</dt>
              <dd>{percent(spentShare)}</dd>
            </div>
          </dl>
          <Bar value={spentShare} />
        </section>
        <section className="progress-card" aria-labelledby="progress-participants">
          <h3 id="progress-participants">{t('planner.progress.participantsHeading')}</h3>
          <dl className="key-figures">
            <div>
              <dt>{t('planner.progress.participantsPlanned')}</dt>
              <dd>{format.number(summary.participantsPlanned)}</dd>
            </div>
            <div>
              <dt>{t('planner.progress.participantsReached')}</dt>
              <dd>{format.number(summary.participantsReached)}</dd>
            </div>
            <div>
              <dt>{t('planner.progress.reachedShare')}</dt>
              <dd>{percent(reachedShare)}</dd>
            </div>
          </dl>
          <Bar value={reachedShare} />
        </section>
        <section className="progress-card" aria-labelledby="progress-plan">
          <h3 id="progress-plan">{t('planner.progress.planHeading')}</h3>
          <dl className="key-figures">
            <div>
              <dt>{t('planner.progress.targetGroups')}</dt>
              <dd>{format.number(doc.targetGroups.length)}</dd>
            </div>
            <div>
              <dt>{t('planner.progress.competences')}</dt>
              <dd>{format.number(doc.competences.length)}</dd>
            </div>
            <div>
              <dt>{t('planner.progress.withoutActivity')}</dt>
              <dd>{format.number(summary.competencesWithoutActivity)}</dd>
            </div>
            <div>
              <dt>{t('planner.progress.measurements')}</dt>
              <dd>{format.number(doc.measurements.length)}</dd>
            </div>
          </dl>
        </section>
      </div>
    </Screen>
  );
}

/** A share drawn as a bar; the number beside it in the list above is what a screen reader hears. */
function Bar({ value }: { value: number | null }) {
  if (value === null) return null;
  return (
    <span className="progress-bar progress-bar-large" aria-hidden="true">
      <span className="progress-bar-fill" style={{ width: `${Math.min(100, value)}%` }} />
    </span>
  );
}
