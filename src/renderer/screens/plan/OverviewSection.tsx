import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '../../../shared/model/document';
import { NotSet } from '../../components/NotSet';
import { useFormat } from '../../i18n/use-format';
import { Period } from './Period';
import { Empty, Section } from './Section';

export function OverviewSection({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { plan, members } = doc;
  return (
    <Section sectionKey="overview">
      <dl className="fact-list">
        <div>
          <dt>{t('overview.organisation')}</dt>
          <dd>{plan.organisation || <NotSet />}</dd>
        </div>
        <div>
          <dt>{t('overview.unit')}</dt>
          <dd>{plan.unit || <NotSet />}</dd>
        </div>
        <div>
          <dt>{t('overview.period')}</dt>
          <dd>
            <Period start={plan.periodStart} end={plan.periodEnd} format={format.date} />
          </dd>
        </div>
        <div>
          <dt>{t('overview.status')}</dt>
          <dd>
            <span className={`status-tag plan-status-${plan.status}`}>
              {t(`enums.planStatus.${plan.status}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('overview.decisionDate')}</dt>
          <dd>{plan.decisionDate ? format.date(plan.decisionDate) : <NotSet />}</dd>
        </div>
      </dl>

      <h3>{t('overview.purpose')}</h3>
      {plan.purpose.trim() ? (
        <p className="multiline">{plan.purpose}</p>
      ) : (
        <Empty>{t('overview.purposeEmpty')}</Empty>
      )}

      <h3>{t('overview.principles')}</h3>
      {plan.principles.length > 0 ? (
        <ol className="principles">
          {plan.principles.map((principle, i) => (
            <li key={i}>{principle}</li>
          ))}
        </ol>
      ) : (
        <Empty>{t('overview.principlesEmpty')}</Empty>
      )}

      <h3 id="overview-members-heading">{t('overview.members')}</h3>
      {members.length > 0 ? (
        <table
          className="table table--compact members-table"
          aria-labelledby="overview-members-heading"
        >
          <thead>
            <tr>
              <th scope="col">{t('overview.memberName')}</th>
              <th scope="col">{t('overview.memberRole')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td>{t(`enums.memberRole.${member.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t('overview.membersEmpty')}</Empty>
      )}
    </Section>
  );
}
