import { useTranslation } from 'react-i18next';
import { EFFECT_CHAIN } from '../../../../shared/progress';
import { useAppStore } from '../../../store';
import { createLookup } from '../../../components/lookup';
import { Screen } from '../../../components/Screen';
import { usePlanDocument } from '../../../components/use-plan';
import { CompetenceEffectCard } from './CompetenceEffectCard';
import { MissingBaselines } from './MissingBaselines';
import { effectFigures } from '../plan-figures';
import { useDrawnInTurn } from './use-drawn-in-turn';
import '../progress.css';

/** Cards drawn with the screen: more than a window shows. The rest follow at once (see useDrawnInTurn). */
const FIRST_CARDS = 3;

/**
 * Effekt: per competence the gap to close, the change measured so far and which links of
 * Kompetencesekretariatet's effect chain have been measured. Measurements are entered under
 * Målinger; this screen only reads them.
 */
export function EffectScreen() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const language = useAppStore((s) => s.language);
  const overview = doc ? effectFigures(doc) : null;
  // A plan of forty competences drew forty cards of charts and tables in one long task.
  const drawn = useDrawnInTurn(overview?.competences.length ?? 0, FIRST_CARDS);
  if (!doc || !overview) return null;
  const lookup = createLookup(doc);
  const groupName = (id: string | null) =>
    id === null
      ? t('progress.effect.allGroups')
      : (lookup.targetGroup(id) ?? t('progress.effect.removedGroup'));

  return (
    <Screen view="effect" intro={t('progress.effect.intro')}>
      <div className="effect-chain-legend">
        <ol
          className="effect-chain-names no-max-width"
          aria-label={t('progress.effect.chainLegend')}
        >
          {EFFECT_CHAIN.map((link, i) => (
            <li key={link.link}>
              {i > 0 && (
                <span className="effect-chain-arrow" aria-hidden="true">
                  →
                </span>
              )}
              <span className="effect-chain-name">{link.label[language]}</span>
            </li>
          ))}
        </ol>
        <details className="effect-chain-details">
          <summary>{t('progress.effect.chainExplained')}</summary>
          <dl>
            {EFFECT_CHAIN.map((link) => (
              <div key={link.link}>
                <dt>{link.label[language]}</dt>
                <dd>{link.description[language]}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      <MissingBaselines competences={overview.withoutBaseline} />
      {overview.competences.length === 0 ? (
        <p className="empty-text">{t('progress.effect.empty')}</p>
      ) : (
        overview.competences
          .slice(0, drawn)
          .map((c) => (
            <CompetenceEffectCard key={c.competenceId} effect={c} groupName={groupName} />
          ))
      )}
    </Screen>
  );
}
