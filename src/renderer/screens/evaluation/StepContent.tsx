import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { Evaluation } from '../../../shared/model/entities';
import { ActivitiesStep } from './steps/ActivitiesStep';
import { CompleteStep } from './steps/CompleteStep';
import { ConclusionsStep } from './steps/ConclusionsStep';
import { CostStep } from './steps/CostStep';
import { EffectStep } from './steps/EffectStep';
import { MusStep } from './steps/MusStep';
import { ParticipantsStep } from './steps/ParticipantsStep';
import { PeriodStep } from './steps/PeriodStep';
import type { EvaluationStep } from './steps';

/** The body of one step; the figure steps show what was frozen, never the plan as it is now. */
export function StepContent({
  step,
  evaluation,
  doc,
}: {
  step: EvaluationStep;
  evaluation: Evaluation;
  doc: WindowDocument;
}) {
  const { t } = useTranslation();
  const { figures } = evaluation;
  const needFigures = <p className="empty-text">{t('evaluation.figures.needFigures')}</p>;
  switch (step) {
    case 'period':
      return <PeriodStep evaluation={evaluation} doc={doc} />;
    case 'activities':
      return figures ? <ActivitiesStep figures={figures} /> : needFigures;
    case 'cost':
      return figures ? <CostStep figures={figures} /> : needFigures;
    case 'participants':
      return figures ? <ParticipantsStep figures={figures} /> : needFigures;
    case 'effect':
      return figures ? <EffectStep figures={figures} /> : needFigures;
    case 'mus':
      return <MusStep evaluation={evaluation} />;
    case 'conclusions':
      return <ConclusionsStep evaluation={evaluation} />;
    case 'complete':
      return <CompleteStep evaluation={evaluation} doc={doc} />;
  }
}
