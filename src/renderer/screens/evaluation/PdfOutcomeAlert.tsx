import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store';
import type { PdfOutcome } from './SaveEvaluationPdf';

/** Where the evaluation's PDF was saved (read out politely), or why it was not (an alert). */
export function PdfOutcomeAlert({
  outcome,
  onDismiss,
}: {
  outcome: PdfOutcome | null;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  if (!outcome) return null;
  const saved = outcome.kind === 'saved';
  return (
    <div
      className={`alert ${saved ? 'alert-success' : 'alert-error'} evaluation-pdf-outcome`}
      role={saved ? 'status' : 'alert'}
    >
      <Icon name={saved ? 'success' : 'error'} className="alert-icon" />
      <div className="alert-body">
        <p className="alert-text">
          {saved
            ? t('evaluation.pdf.saved', { count: outcome.pages, path: outcome.path })
            : outcome.error.message[language]}
        </p>
      </div>
      <button type="button" className="alert-close" onClick={onDismiss}>
        <Icon name="close" />
        <span>{t('evaluation.pdf.dismiss')}</span>
      </button>
    </div>
  );
}
