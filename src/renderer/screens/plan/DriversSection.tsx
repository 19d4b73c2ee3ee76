import { useTranslation } from 'react-i18next';
import { DriverCard } from '../matching/cards/DriverCard';
import { EntityList } from '../matching/list/EntityList';
import { usePlanDocument } from '../../components/use-plan';
import { Section } from './Section';

/** Why the workplace must change; each driver with the competences the catalogue links to it. */
export function DriversSection() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  if (!doc) return null;
  return (
    <Section sectionKey="drivers" intro={t('matching.intro.driver')}>
      <EntityList
        kind="driver"
        items={doc.drivers}
        emptyText={t('drivers.empty')}
        Card={DriverCard}
      />
    </Section>
  );
}
