import { useTranslation } from 'react-i18next';
import { refusedDrafts, useAppStore } from '../store';
import { CheckMark } from './CheckMark';
import { useDelayedFlag } from './use-delayed-flag';
import './save-indicator.css';

/**
 * The quiet word beside the plan's title that every edit is in the file. "Gemmer …" only shows
 * when a call takes long enough to notice, so the status does not flicker on every keystroke.
 * While a field holds a value that was refused, it says that instead, never "Gemt".
 */
export function SaveIndicator() {
  const { t } = useTranslation();
  const saveState = useAppStore((s) => s.saveState);
  const refused = refusedDrafts(useAppStore((s) => s.heldDrafts));
  const slow = useDelayedFlag(saveState === 'saving', 400);
  const first = refused[0];
  if (first) {
    return (
      <p className="save-indicator save-failed" role="status">
        {refused.length === 1
          ? t('editor.save.refusedOne', { label: first.label })
          : t('editor.save.refusedMany', { count: refused.length })}
      </p>
    );
  }
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
