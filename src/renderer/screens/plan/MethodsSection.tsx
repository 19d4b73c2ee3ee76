import { useTranslation } from 'react-i18next';
import { EntityList } from '../matching/list/EntityList';
import { MethodCard } from '../matching/cards/MethodCard';
import { usePlanDocument } from '../../components/use-plan';
import { Section } from './Section';

/** How competences are built; which method serves which competence is set beside each competence. */
export function MethodsSection() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  if (!doc) return null;
  return (
    <Section sectionKey="methods" intro={t('matching.intro.method')}>
      <EntityList
        kind="method"
        items={doc.methods}
        emptyText={t('methods.empty')}
        Card={MethodCard}
      />
    </Section>
  );
}
