import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { markGuideFinished, markGuideSkipped } from './guide-record';
import { useGuideState } from './use-guide-state';
import './guide.css';

/**
 * The offer at the top of a new plan's overview: start the guide or skip it. Once started and
 * left for later, it offers to continue where the secretary stopped, or to end the guide there.
 * Skipping or ending is remembered here; `onStart`/`onSkip` only have to change the screen.
 */
export function GuideOffer({ onStart, onSkip }: { onStart: () => void; onSkip: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const guide = useGuideState();
  if (guide.planId === null) return null;
  const planId = guide.planId;
  const resume = guide.inProgress;

  return (
    <section className="guide-offer" aria-labelledby={headingId}>
      <h3 id={headingId} className="guide-offer-heading">
        {resume ? t('guide.offer.resumeHeading') : t('guide.offer.heading')}
      </h3>
      <p className="guide-offer-text">
        {resume
          ? t('guide.offer.resumeText', { step: guide.step, total: guide.total })
          : t('guide.offer.text')}
      </p>
      <div className="guide-offer-actions">
        <button type="button" className="button button-primary" onClick={onStart}>
          {resume ? t('guide.offer.resume') : t('guide.offer.start')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            if (resume) markGuideFinished(planId);
            else markGuideSkipped(planId);
            onSkip();
          }}
        >
          {resume ? t('guide.offer.end') : t('guide.offer.skip')}
        </button>
      </div>
    </section>
  );
}
