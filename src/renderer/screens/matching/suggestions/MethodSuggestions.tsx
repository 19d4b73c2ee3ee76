import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogEntry } from '../../../../shared/catalog';
import { suggestMethods, type MethodSuggestion } from '../../../../shared/recommend';
import { useAppStore } from '../../../store';
import { adoptMethod } from '../adopt';
import { SuggestionItem } from './SuggestionItem';
import { SuggestionList } from './SuggestionList';
import { usePlanDocument, usePlanReadOnly } from '../../../components/use-plan';

/** The methods that fit a competence, best first, each with why and one click to use it. */
export function MethodSuggestions({ competenceId }: { competenceId: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const readOnly = usePlanReadOnly();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const recommendation = useMemo(
    () => (doc ? suggestMethods(doc, competenceId) : undefined),
    [doc, competenceId],
  );
  if (!doc || !recommendation) return null;
  const planTitles = new Map(doc.methods.map((m) => [m.id, m.title]));
  // The plan's own wording when it has the method; the catalogue's until then.
  const titleOf = (s: MethodSuggestion) =>
    (s.methodId !== null ? planTitles.get(s.methodId) : undefined) ??
    catalogEntry('method', s.methodKey)?.title[language] ??
    s.methodKey;

  return (
    <SuggestionList
      headingId={`${id}-heading`}
      heading={t('matching.suggestions.methodsHeading')}
      notice={recommendation.notice?.[language] ?? null}
      count={recommendation.methods.length}
    >
      {(visible) =>
        recommendation.methods
          .slice(0, visible)
          .map((s) => (
            <SuggestionItem
              key={s.methodKey}
              title={titleOf(s)}
              strength={s.strength}
              reasons={s.reasons}
              chosen={s.chosen}
              chosenLabel={t('matching.inUse')}
              actionLabel={t('matching.suggestions.adoptMethod')}
              actionName={t('matching.suggestions.adoptMethodItem', { name: titleOf(s) })}
              readOnly={readOnly}
              onAdopt={() => adoptMethod(competenceId, s.methodKey, s.methodId)}
            />
          ))
      }
    </SuggestionList>
  );
}
