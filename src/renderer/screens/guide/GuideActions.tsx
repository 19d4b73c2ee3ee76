import { useTranslation } from 'react-i18next';

/**
 * The guide's buttons, kept in view at the bottom of the window. Next is the form's submit
 * button, so Enter in a field moves on; the others are plain buttons. While a step is being saved
 * they stay focusable but do nothing (`aria-disabled`), so focus is not lost.
 */
export function GuideActions({
  first,
  saving,
  onBack,
  onPause,
  onSkip,
}: {
  first: boolean;
  saving: boolean;
  onBack: () => void;
  onPause: () => void;
  onSkip: () => void;
}) {
  const { t } = useTranslation();
  const busy = saving || undefined;
  return (
    <div className="guide-actions">
      <div className="guide-actions-main">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {t('guide.frame.next')}
        </button>
        {!first && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={busy}
            onClick={onBack}
          >
            {t('guide.frame.back')}
          </button>
        )}
      </div>
      <div className="guide-actions-aside">
        <button
          type="button"
          className="button button-tertiary"
          aria-disabled={busy}
          onClick={onPause}
        >
          {t('guide.frame.pause')}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          aria-disabled={busy}
          onClick={onSkip}
        >
          {t('guide.frame.skip')}
        </button>
      </div>
    </div>
  );
}

/** The last step's buttons: into the plan, to its overview or straight to the activities. */
export function GuideDoneActions({
  onBack,
  onOverview,
  onActivities,
}: {
  onBack: () => void;
  onOverview: () => void;
  onActivities: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="guide-actions">
      <div className="guide-actions-main">
        <button type="button" className="button button-primary" onClick={onOverview}>
          {t('guide.done.toOverview')}
        </button>
        <button type="button" className="button button-secondary" onClick={onActivities}>
          {t('guide.done.toActivities')}
        </button>
      </div>
      <div className="guide-actions-aside">
        <button type="button" className="button button-tertiary" onClick={onBack}>
          {t('guide.frame.back')}
        </button>
      </div>
    </div>
  );
}
