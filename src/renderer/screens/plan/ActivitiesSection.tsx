import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/model/entities';
import { NotSet } from '../../components/NotSet';
import { useFormat } from '../../i18n/use-format';
import { namesOf, type Lookup } from './lookup';
import { Period } from './Period';
import { ScrollTable } from './ScrollTable';
import { Empty, Section } from './Section';

export function ActivitiesSection({
  activities,
  lookup,
}: {
  activities: readonly Activity[];
  lookup: Lookup;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (activities.length === 0) {
    return (
      <Section sectionKey="activities">
        <Empty>{t('activities.empty')}</Empty>
      </Section>
    );
  }
  // Each date stays on one line; the range may break at its dash.
  const unbrokenDate = (iso: string) => format.shortDate(iso).replace(/ /g, '\u00a0');
  const sum = (pick: (a: Activity) => number) => activities.reduce((n, a) => n + pick(a), 0);
  return (
    <Section sectionKey="activities">
      <ScrollTable label={t('activities.tableLabel')}>
        <table className="table table--compact activities-table">
          <caption className="sr-only">{t('activities.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('activities.title')}</th>
              <th scope="col">{t('activities.owner')}</th>
              <th scope="col">{t('activities.period')}</th>
              <th scope="col">{t('activities.status')}</th>
              <th scope="col" className="numeric">
                {t('activities.progress')}
              </th>
              <th scope="col" className="numeric">
                {t('activities.budget')}
              </th>
              <th scope="col" className="numeric">
                {t('activities.spent')}
              </th>
              <th scope="col">{t('activities.funding')}</th>
              <th scope="col" className="numeric">
                {t('activities.participants')}
                <span className="column-hint">{t('activities.participantsHint')}</span>
              </th>
              <th scope="col">{t('activities.competences')}</th>
            </tr>
          </thead>
          <tbody>
            {activities.map((activity) => {
              const owner = lookup.member(activity.ownerId);
              const competences = namesOf(activity.competenceIds, lookup.competence);
              return (
                <tr key={activity.id}>
                  <th scope="row">{activity.title}</th>
                  <td>{owner ?? <NotSet />}</td>
                  <td>
                    <Period start={activity.start} end={activity.end} format={unbrokenDate} />
                  </td>
                  <td>
                    <span className={`status-tag activity-status-${activity.status}`}>
                      {t(`enums.activityStatus.${activity.status}`)}
                    </span>
                  </td>
                  <td className="numeric">{format.percent(activity.progress)}</td>
                  <td className="numeric">{format.money(activity.budget)}</td>
                  <td className="numeric">{format.money(activity.spent)}</td>
                  <td>{activity.funding || <NotSet />}</td>
                  <td className="numeric">
                    {t('activities.participantsValue', {
                      reached: format.number(activity.participantsReached),
                      planned: format.number(activity.participantsPlanned),
                    })}
                  </td>
                  <td>{competences.length > 0 ? format.list(competences) : <NotSet />}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                {t('common.total')}
              </th>
              <td className="numeric">{format.money(sum((a) => a.budget))}</td>
              <td className="numeric">{format.money(sum((a) => a.spent))}</td>
              <td />
              <td className="numeric">
                {t('activities.participantsValue', {
                  reached: format.number(sum((a) => a.participantsReached)),
                  planned: format.number(sum((a) => a.participantsPlanned)),
                })}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
    </Section>
  );
}
