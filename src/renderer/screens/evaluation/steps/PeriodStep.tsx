import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Evaluation } from '../../../../shared/model/entities';
import { EditableDate } from '../../../components/fields';
import { useFormat } from '../../../i18n/use-format';
import { figuresNow, figuresOutdated } from '../record';
import { useEvaluationEdit } from '../use-evaluation-edit';

/**
 * The period, and the figures frozen for it: fetched once, then kept until the committee asks
 * for them again, so the evaluation says what the plan said when it was evaluated.
 */
export function PeriodStep({ evaluation, doc }: { evaluation: Evaluation; doc: WindowDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { update, key, locked } = useEvaluationEdit(evaluation);
  const [announcement, setAnnouncement] = useState('');
  const fetched = evaluation.figures !== null;
  const outdated = figuresOutdated(doc, evaluation);
  const periodMoved =
    evaluation.figures !== null &&
    (evaluation.figures.periodStart !== evaluation.periodStart ||
      evaluation.figures.periodEnd !== evaluation.periodEnd);

  const fetchFigures = async () => {
    const figures = figuresNow(doc, evaluation, new Date().toISOString());
    if (await update({ figures })) setAnnouncement(t('evaluation.figures.fetched'));
  };

  return (
    <div className="evaluation-period">
      {locked ? (
        <p>
          {t('evaluation.period.summary', {
            from: format.date(evaluation.periodStart),
            to: format.date(evaluation.periodEnd),
          })}
        </p>
      ) : (
        <div className="field-grid">
          <p className="block-hint field-wide">{t('evaluation.period.hint')}</p>
          <EditableDate
            label={t('evaluation.period.from')}
            value={evaluation.periodStart}
            required
            errorKey={key('periodStart')}
            onCommit={(periodStart) => update({ periodStart: periodStart ?? '' })}
          />
          <EditableDate
            label={t('evaluation.period.to')}
            value={evaluation.periodEnd}
            required
            errorKey={key('periodEnd')}
            onCommit={(periodEnd) => update({ periodEnd: periodEnd ?? '' })}
          />
        </div>
      )}
      <div className="evaluation-figures-panel">
        <p>
          {evaluation.completedAt !== null
            ? t('evaluation.figures.completedFrozen')
            : fetched
              ? t('evaluation.figures.frozen')
              : t('evaluation.figures.notFetched')}
        </p>
        {outdated && evaluation.completedAt === null && (
          <p className="evaluation-warning">
            {periodMoved ? t('evaluation.figures.periodChanged') : t('evaluation.figures.changed')}
          </p>
        )}
        {!locked && (
          <button
            type="button"
            className={fetched ? 'button button-secondary' : 'button button-primary'}
            onClick={() => void fetchFigures()}
          >
            {fetched ? t('evaluation.figures.refresh') : t('evaluation.figures.fetch')}
          </button>
        )}
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
      </div>
    </div>
  );
}
