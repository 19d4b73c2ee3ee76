import { useTranslation } from 'react-i18next';
import type { Measurement } from '../../../shared/model/entities';
import { NotSet } from '../../components/NotSet';
import { useFormat } from '../../i18n/use-format';
import type { Lookup } from './lookup';
import { ScrollTable } from './ScrollTable';
import { Empty, Section } from './Section';

export function MeasurementsSection({
  measurements,
  lookup,
}: {
  measurements: readonly Measurement[];
  lookup: Lookup;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (measurements.length === 0) {
    return (
      <Section sectionKey="measurements">
        <Empty>{t('measurements.empty')}</Empty>
      </Section>
    );
  }
  return (
    <Section sectionKey="measurements">
      <ScrollTable label={t('measurements.tableLabel')}>
        <table className="table table--compact measurements-table">
          <caption className="sr-only">{t('measurements.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measurements.competence')}</th>
              <th scope="col">{t('measurements.targetGroup')}</th>
              <th scope="col">{t('measurements.date')}</th>
              <th scope="col">{t('measurements.kind')}</th>
              <th scope="col" className="numeric">
                {t('measurements.level')}
              </th>
              <th scope="col" className="numeric">
                {t('measurements.respondents')}
              </th>
              <th scope="col">{t('measurements.effectLink')}</th>
            </tr>
          </thead>
          <tbody>
            {measurements.map((m) => (
              <tr key={m.id}>
                <th scope="row">{lookup.competence(m.competenceId) ?? <NotSet />}</th>
                <td>
                  {m.targetGroupId === null
                    ? t('measurements.allTargetGroups')
                    : (lookup.targetGroup(m.targetGroupId) ?? <NotSet />)}
                </td>
                <td className="nowrap">{format.shortDate(m.date)}</td>
                <td>{t(`enums.measurementKind.${m.kind}`)}</td>
                <td className="numeric">
                  {m.level !== null ? format.decimal(m.level) : m.indicator || <NotSet />}
                </td>
                <td className="numeric">
                  {m.respondents === null ? <NotSet /> : format.number(m.respondents)}
                </td>
                <td>{t(`enums.effectLink.${m.effectLink}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </Section>
  );
}
