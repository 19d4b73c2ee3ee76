import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { CheckMark } from './CheckMark';
import { useDelayedFlag } from './use-delayed-flag';
import './save-indicator.css';

/**
 * The quiet word beside the plan's title that every edit is in the file. "Gemmer …" only shows
 * when a call takes long enough to notice, so the status does not flicker on every keystroke.
 */
export function SaveIndicator() {
  const { t } = useTranslation();
  const saveState = useAppStore((s) => s.saveState);
  const slow = useDelayedFlag(saveState === 'saving', 400);
  const text =
    saveState === 'saved'
      ? t('editor.save.saved')
      : saveState === 'failed'
        ? t('editor.save.failed')
        : slow
          ? t('editor.save.saving')
          : '';
  return (
    <p
      className={`save-indicator save-${saveState}`}
      role="status"
      title={saveState === 'saved' ? t('editor.save.savedHint') : undefined}
    >
      {saveState === 'saved' && <CheckMark className="save-check" />}
      {text}
    </p>
  );
}
