import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompetenceCard } from '../matching/cards/CompetenceCard';
import { EntityList } from '../matching/list/EntityList';
import { MatrixView } from '../matching/matrix/MatrixView';
import { usePlanDocument } from '../../components/use-plan';
import { ViewSwitch, type CompetenceView } from '../matching/ViewSwitch';
import { Section } from './Section';

/**
 * What people must be able to do: each competence with the methods suggested for it, or all of
 * them against the methods in one matrix.
 */
export function CompetencesSection() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const [view, setView] = useState<CompetenceView>('list');
  const matrixHeading = useId();
  if (!doc) return null;
  return (
    <Section sectionKey="competences" intro={t('matching.intro.competence')}>
      <ViewSwitch value={view} onChange={setView} />
      {view === 'list' ? (
        <EntityList
          kind="competence"
          items={doc.competences}
          emptyText={t('competences.empty')}
          Card={CompetenceCard}
        />
      ) : (
        <>
          <h3 id={matrixHeading} className="matrix-heading">
            {t('matching.matrix.heading')}
          </h3>
          <MatrixView labelledBy={matrixHeading} />
        </>
      )}
    </Section>
  );
}
