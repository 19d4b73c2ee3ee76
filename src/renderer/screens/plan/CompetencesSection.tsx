import { useTranslation } from 'react-i18next';
import type { Competence } from '../../../shared/model/entities';
import { NotSet } from '../../components/NotSet';
import { useFormat } from '../../i18n/use-format';
import { namesOf, type Lookup } from './lookup';
import { Priority } from './Priority';
import { Empty, Section } from './Section';

export function CompetencesSection({
  competences,
  lookup,
}: {
  competences: readonly Competence[];
  lookup: Lookup;
}) {
  const { t } = useTranslation();
  return (
    <Section sectionKey="competences">
      {competences.length === 0 ? (
        <Empty>{t('competences.empty')}</Empty>
      ) : (
        <ul className="card-list card-list-wide no-max-width">
          {competences.map((competence) => (
            <CompetenceCard key={competence.id} competence={competence} lookup={lookup} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function CompetenceCard({ competence, lookup }: { competence: Competence; lookup: Lookup }) {
  const { t } = useTranslation();
  const format = useFormat();
  const linked = (ids: readonly string[], find: (id: string) => string | null) => {
    const names = namesOf(ids, find);
    return names.length > 0 ? format.list(names) : t('common.none');
  };
  return (
    <li className="plan-card">
      <div className="plan-card-head">
        <h3>{competence.title}</h3>
        <Priority value={competence.priority} />
      </div>
      {competence.description && <p className="multiline">{competence.description}</p>}
      <dl className="fact-list fact-list-compact">
        <div>
          <dt>{t('competences.level')}</dt>
          <dd>
            <Levels from={competence.currentLevel} to={competence.targetLevel} />
          </dd>
        </div>
        <div>
          <dt>{t('competences.drivers')}</dt>
          <dd>{linked(competence.driverIds, lookup.driver)}</dd>
        </div>
        <div>
          <dt>{t('competences.targetGroups')}</dt>
          <dd>{linked(competence.targetGroupIds, (id) => lookup.targetGroup(id))}</dd>
        </div>
        <div>
          <dt>{t('competences.methods')}</dt>
          <dd>{linked(competence.methodIds, lookup.method)}</dd>
        </div>
      </dl>
      <h4>{t('competences.learningObjectives')}</h4>
      {competence.learningObjectives.length > 0 ? (
        <ul className="objectives">
          {competence.learningObjectives.map((objective, i) => (
            <li key={i}>{objective}</li>
          ))}
        </ul>
      ) : (
        <Empty>{t('competences.learningObjectivesEmpty')}</Empty>
      )}
    </li>
  );
}

/** "2 → 4" to the eye; the arrow means nothing read aloud, so the words go to screen readers. */
function Levels({ from, to }: { from: number | null; to: number | null }) {
  const { t } = useTranslation();
  if (from === null || to === null) {
    return (
      <>
        {from ?? <NotSet />} <span aria-hidden="true">→</span> {to ?? <NotSet />}
      </>
    );
  }
  return (
    <>
      <span aria-hidden="true" className="levels">
        {from} → {to}
      </span>
      <span className="sr-only">{t('competences.levelChange', { from, to })}</span>
    </>
  );
}
