import { useTranslation } from 'react-i18next';
import type { TargetGroup } from '../../../shared/model/entities';
import { NotSet } from '../../components/NotSet';
import { useFormat } from '../../i18n/use-format';
import { Empty, Section } from './Section';
import { sectionId } from './sections';

export function TargetGroupsSection({ targetGroups }: { targetGroups: readonly TargetGroup[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section sectionKey="targetGroups">
      {targetGroups.length === 0 ? (
        <Empty>{t('targetGroups.empty')}</Empty>
      ) : (
        <table className="table" aria-labelledby={`${sectionId('targetGroups')}-heading`}>
          <thead>
            <tr>
              <th scope="col">{t('targetGroups.name')}</th>
              <th scope="col" className="numeric">
                {t('targetGroups.headcount')}
              </th>
              <th scope="col">{t('targetGroups.description')}</th>
            </tr>
          </thead>
          <tbody>
            {targetGroups.map((group) => (
              <tr key={group.id}>
                <th scope="row">{group.name}</th>
                <td className="numeric">
                  {group.headcount === null ? <NotSet /> : format.number(group.headcount)}
                </td>
                <td className="multiline">{group.description || <NotSet />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
