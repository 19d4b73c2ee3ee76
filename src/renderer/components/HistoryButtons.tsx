import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { useStepSentence } from './history/use-step-sentence';
import './history-buttons.css';

/** Undo and redo for the mouse, with what they would undo in the tooltip, in words. */
export function HistoryButtons() {
  const { t } = useTranslation();
  const history = useAppStore((s) => s.snapshot?.history);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const busy = useAppStore((s) => s.busy);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const sentence = useStepSentence();
  if (!history || readOnly) return null;
  return (
    <div className="history-buttons" role="group" aria-label={t('planner.toolbar.label')}>
      <button
        type="button"
        className="button button-tertiary button-small"
        disabled={!history.canUndo}
        aria-keyshortcuts="Control+Z"
        title={
          history.undoStep
            ? t('planner.toolbar.undoTitle', { what: sentence(history.undoStep) })
            : t('planner.toolbar.nothingToUndo')
        }
        onClick={() => {
          if (!busy) void undo();
        }}
      >
        {t('planner.toolbar.undo')}
      </button>
      <button
        type="button"
        className="button button-tertiary button-small"
        disabled={!history.canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title={
          history.redoStep
            ? t('planner.toolbar.redoTitle', { what: sentence(history.redoStep) })
            : t('planner.toolbar.nothingToRedo')
        }
        onClick={() => {
          if (!busy) void redo();
        }}
      >
        {t('planner.toolbar.redo')}
      </button>
    </div>
  );
}
