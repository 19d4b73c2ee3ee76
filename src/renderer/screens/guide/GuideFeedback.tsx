import { useTranslation } from 'react-i18next';
import type { SaveOutcome } from './step-handle';

/** "Gemmer …" while a step is written, and what went wrong if it was not. */
export function GuideFeedback({
  saving,
  outcome,
}: {
  saving: boolean;
  outcome: SaveOutcome | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="guide-status" role="status">
        {saving ? t('guide.frame.saving') : ''}
      </p>
      {outcome === 'failed' && (
        <p className="form-error-message guide-problem" role="alert">
          {t('guide.frame.failed')}
        </p>
      )}
    </>
  );
}
