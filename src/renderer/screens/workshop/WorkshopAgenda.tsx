import { useTranslation } from 'react-i18next';
import type { WorkshopFormat } from '../../../shared/workshop/formats';

/** The workshop's programme down the side: every step with its length, the current one marked. */
export function WorkshopAgenda({
  format,
  current,
  onGoTo,
}: {
  format: WorkshopFormat;
  current: number;
  onGoTo: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="workshop-agenda" aria-label={t('workshop.mode.agenda')}>
      <ol className="workshop-agenda-list">
        {format.steps.map((step, index) => (
          <li key={step.id}>
            <button
              type="button"
              className="workshop-agenda-step"
              aria-current={index === current ? 'step' : undefined}
              aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
              onClick={() => onGoTo(index)}
            >
              <span className="workshop-agenda-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="workshop-agenda-title">{t(`workshop.steps.${step.id}.title`)}</span>
              {/* A column of lengths, as a printed programme has. */}
              <span className="workshop-agenda-minutes">
                {t('workshop.duration.short', { count: step.minutes })}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
