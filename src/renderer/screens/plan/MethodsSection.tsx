import { useTranslation } from 'react-i18next';
import type { Method } from '../../../shared/model/entities';
import { Empty, Section } from './Section';

export function MethodsSection({ methods }: { methods: readonly Method[] }) {
  const { t } = useTranslation();
  return (
    <Section sectionKey="methods">
      {methods.length === 0 ? (
        <Empty>{t('methods.empty')}</Empty>
      ) : (
        <ul className="card-list no-max-width">
          {methods.map((method) => (
            <li key={method.id} className="plan-card">
              <h3>{method.title}</h3>
              {method.description && <p className="multiline">{method.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
