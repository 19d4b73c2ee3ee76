import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { Evaluation } from '../../../shared/model/entities';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { PdfOutcomeAlert } from './PdfOutcomeAlert';
import { SaveEvaluationPdf, type PdfOutcome } from './SaveEvaluationPdf';
import { StepContent } from './StepContent';
import { EVALUATION_STEPS, type EvaluationStep } from './steps';

/** One year's evaluation: its steps, one at a time, with the way to the PDF always at hand. */
export function CurrentEvaluation({
  evaluation,
  doc,
}: {
  evaluation: Evaluation;
  doc: WindowDocument;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const deleteEntity = useAppStore((s) => s.deleteEntity);
  const [step, setStep] = useState<EvaluationStep>('period');
  const [pdf, setPdf] = useState<PdfOutcome | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const index = EVALUATION_STEPS.indexOf(step);
  const title = t('evaluation.current.heading', { year: evaluation.year });

  // After a step change the step's heading takes focus, so a screen reader starts reading there.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [step]);

  const go = (to: EvaluationStep) => {
    moved.current = true;
    setStep(to);
  };
  const previous = EVALUATION_STEPS[index - 1];
  const next = EVALUATION_STEPS[index + 1];

  return (
    <article className="evaluation-current" aria-labelledby="evaluation-current-heading">
      <header className="evaluation-current-head">
        <div>
          <h3 id="evaluation-current-heading" className="evaluation-current-title">
            {title}
          </h3>
          <p className="evaluation-current-meta">
            {evaluation.completedAt
              ? t('evaluation.current.completedNote', { date: format.date(evaluation.completedAt) })
              : t('evaluation.history.inProgress')}
          </p>
        </div>
        <div className="evaluation-current-tools">
          <SaveEvaluationPdf evaluation={evaluation} onOutcome={setPdf} />
          {!readOnly && evaluation.completedAt === null && (
            <button
              type="button"
              className="button button-tertiary button-small"
              aria-label={t('evaluation.current.deleteItem', { year: evaluation.year })}
              onClick={() => void deleteEntity('evaluation', evaluation.id, title)}
            >
              {t('evaluation.current.delete')}
            </button>
          )}
        </div>
      </header>
      <PdfOutcomeAlert outcome={pdf} onDismiss={() => setPdf(null)} />
      <nav className="evaluation-steps" aria-label={t('evaluation.current.stepsLabel')}>
        <ol className="unstyled-list no-max-width">
          {EVALUATION_STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className={s === step ? 'evaluation-step is-current' : 'evaluation-step'}
                aria-current={s === step ? 'step' : undefined}
                onClick={() => go(s)}
              >
                <span className="evaluation-step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span>{t(`evaluation.steps.${s}`)}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="evaluation-step-body" aria-labelledby="evaluation-step-heading">
        <p className="evaluation-step-count">
          {t('evaluation.current.stepOf', { step: index + 1, count: EVALUATION_STEPS.length })}
        </p>
        <h4 id="evaluation-step-heading" ref={headingRef} tabIndex={-1}>
          {t(`evaluation.steps.${step}`)}
        </h4>
        <StepContent step={step} evaluation={evaluation} doc={doc} />
      </section>
      <div className="evaluation-step-actions">
        {previous && (
          <button type="button" className="button button-secondary" onClick={() => go(previous)}>
            {t('evaluation.current.previous')}
          </button>
        )}
        {next && (
          <button type="button" className="button button-primary" onClick={() => go(next)}>
            {t('evaluation.current.next')}
          </button>
        )}
      </div>
    </article>
  );
}
