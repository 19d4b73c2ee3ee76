import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { openGuide } from './guide-session';
import { useGuideState } from './use-guide-state';

/**
 * "Kom i gang-guide": opens the guide for the open plan at any time — to continue it, or to run
 * it again on a plan that has content (it then leaves everything it did not make alone). Not shown
 * for a plan opened read-only.
 */
export function GuideLauncher({ className = 'button button-secondary' }: { className?: string }) {
  const { t } = useTranslation();
  const guide = useGuideState();
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? true);
  if (guide.planId === null || readOnly) return null;
  const planId = guide.planId;
  return (
    <button
      type="button"
      className={className}
      aria-current={guide.open || undefined}
      onClick={() => openGuide(planId)}
    >
      {t('guide.frame.launcher')}
    </button>
  );
}
