import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';
import { usePlanDocument } from '../../components/use-plan';
import { useToday } from '../progress/today';
import { CurrentEvaluation } from './CurrentEvaluation';
import { EvaluationHistory } from './EvaluationHistory';
import { StartEvaluation } from './StartEvaluation';
import { byYearDescending, yearOf } from './record';
import './evaluation.css';

/**
 * Årlig evaluering (Kompetenceaftalen § 8, stk. 2): the committee starts the year's evaluation,
 * works through it step by step, and keeps the earlier years readable. One evaluation per year.
 */
export function EvaluationScreen() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const today = useToday();
  const [chosenId, setChosenId] = useState<string | null>(null);
  if (!doc) return null;

  const evaluations = byYearDescending(doc.evaluations);
  const thisYear = yearOf(today);
  // The chosen one while it exists; otherwise this year's, so the work in progress is at hand.
  const current =
    evaluations.find((e) => e.id === chosenId) ??
    evaluations.find((e) => e.year === thisYear) ??
    null;

  return (
    <Screen view="evaluation" intro={t('evaluation.intro')}>
      <div className="evaluation-layout">
        <div className="evaluation-side">
          <EvaluationHistory
            evaluations={evaluations}
            currentId={current?.id ?? null}
            onOpen={setChosenId}
          />
          {/* Fresh suggestions (next free year, following period) after each start or deletion. */}
          <StartEvaluation
            key={evaluations.length}
            doc={doc}
            today={today}
            onStarted={setChosenId}
          />
        </div>
        <div className="evaluation-main">
          {current && <CurrentEvaluation key={current.id} evaluation={current} doc={doc} />}
        </div>
      </div>
    </Screen>
  );
}
