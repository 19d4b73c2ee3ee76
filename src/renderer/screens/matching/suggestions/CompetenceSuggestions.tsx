import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogEntry } from '../../../../shared/catalog';
import { suggestCompetences, type CompetenceSuggestion } from '../../../../shared/recommend';
import { useAppStore } from '../../../store';
import { adoptCompetence } from '../adopt';
import { SuggestionItem } from './SuggestionItem';
import { SuggestionList } from './SuggestionList';
import { usePlanDocument, usePlanReadOnly } from '../../../components/use-plan';

/** The competences a driver calls for, best first, each with why and one click to take it on. */
export function CompetenceSuggestions({ driverId }: { driverId: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const readOnly = usePlanReadOnly();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const recommendation = useMemo(
    () => (doc ? suggestCompetences(doc, driverId) : undefined),
    [doc, driverId],
  );
  if (!doc || !recommendation) return null;
  const planTitles = new Map(doc.competences.map((c) => [c.id, c.title]));
  const titleOf = (s: CompetenceSuggestion) =>
    (s.competenceId !== null ? planTitles.get(s.competenceId) : undefined) ??
    catalogEntry('competence', s.competenceKey)?.title[language] ??
    s.competenceKey;
  // A competence the plan has is linked; one it lacks is created.
  const action = (s: CompetenceSuggestion) =>
    s.competenceId === null
      ? {
          label: t('matching.suggestions.adoptCompetence'),
          name: t('matching.suggestions.adoptCompetenceItem', { name: titleOf(s) }),
        }
      : {
          label: t('matching.suggestions.linkCompetence'),
          name: t('matching.suggestions.linkCompetenceItem', { name: titleOf(s) }),
        };

  return (
    <SuggestionList
      headingId={`${id}-heading`}
      heading={t('matching.suggestions.competencesHeading')}
      notice={recommendation.notice?.[language] ?? null}
      count={recommendation.competences.length}
    >
      {(visible) =>
        recommendation.competences
          .slice(0, visible)
          .map((s) => (
            <SuggestionItem
              key={s.competenceKey}
              title={titleOf(s)}
              strength={s.strength}
              reasons={s.reasons}
              chosen={s.chosen}
              chosenLabel={t('matching.chosen')}
              actionLabel={action(s).label}
              actionName={action(s).name}
              readOnly={readOnly}
              onAdopt={() => adoptCompetence(driverId, s.competenceKey, s.competenceId)}
            />
          ))
      }
    </SuggestionList>
  );
}
