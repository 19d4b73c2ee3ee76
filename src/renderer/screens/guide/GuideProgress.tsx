import { useTranslation } from 'react-i18next';
import { CheckMark } from '../../components/CheckMark';
import { GUIDE_STEPS, type GuideStep } from './guide-record';
import { stepIndex } from './guide-progress';

/** The six steps in a row, so the secretary sees how far there is to go. */
export function GuideProgress({ step }: { step: GuideStep }) {
  const { t } = useTranslation();
  const current = stepIndex(step);
  return (
    <ol className="guide-progress no-max-width" aria-label={t('guide.frame.progressLabel')}>
      {GUIDE_STEPS.map((s, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li
            key={s}
            className={`guide-progress-step guide-progress-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="guide-progress-number" aria-hidden="true">
              {state === 'done' ? <CheckMark /> : index + 1}
            </span>
            <span className="guide-progress-label">{t(`guide.steps.${s}`)}</span>
            {state !== 'todo' && (
              <span className="sr-only">
                {`, ${state === 'done' ? t('guide.frame.stepDone') : t('guide.frame.stepCurrent')}`}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
