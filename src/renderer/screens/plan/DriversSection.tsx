import { useTranslation } from 'react-i18next';
import type { Driver } from '../../../shared/model/entities';
import { Priority } from './Priority';
import { Empty, Section } from './Section';

export function DriversSection({ drivers }: { drivers: readonly Driver[] }) {
  const { t } = useTranslation();
  return (
    <Section sectionKey="drivers">
      {drivers.length === 0 ? (
        <Empty>{t('drivers.empty')}</Empty>
      ) : (
        <ul className="card-list no-max-width">
          {drivers.map((driver) => (
            <li key={driver.id} className="plan-card">
              <div className="plan-card-head">
                <h3>{driver.title}</h3>
                <Priority value={driver.priority} />
              </div>
              {driver.description && <p className="multiline">{driver.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
