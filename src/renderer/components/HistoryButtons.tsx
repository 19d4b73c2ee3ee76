import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { useStepSentence } from './history/use-step-sentence';
import { Icon } from './Icon';
import './history-buttons.css';

/**
 * Undo and redo for the mouse, with what they would undo in the tooltip, in words. At a laptop's
 * or a projector's width they show as the usual arrows, as export and merge show as icons, so the
 * plan's title keeps its share of the header.
 */
export function HistoryButtons() {
  const { t } = useTranslation();
  const history = useAppStore((s) => s.snapshot?.history);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const busy = useAppStore((s) => s.busy);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const sentence = useStepSentence();
  // Worded again only when the steps or the plan change, not each time the header is drawn
  // (every change of screen draws it).
  const undoStep = history?.undoStep;
  const redoStep = history?.redoStep;
  const undoWhat = useMemo(() => (undoStep ? sentence(undoStep) : null), [undoStep, sentence]);
  const redoWhat = useMemo(() => (redoStep ? sentence(redoStep) : null), [redoStep, sentence]);
  if (!history || readOnly) return null;
  return (
    <div className="history-buttons" role="group" aria-label={t('planner.toolbar.label')}>
      <button
        type="button"
        className="button button-tertiary button-small plan-tool"
        disabled={!history.canUndo}
        aria-keyshortcuts="Control+Z"
        title={
          undoWhat !== null
            ? t('planner.toolbar.undoTitle', { what: undoWhat })
            : t('planner.toolbar.nothingToUndo')
        }
        onClick={() => {
          if (!busy) void undo();
        }}
      >
        <Icon name="undo" className="plan-tool-icon" />
        <span className="plan-tool-label">{t('planner.toolbar.undo')}</span>
      </button>
      <button
        type="button"
        className="button button-tertiary button-small plan-tool"
        disabled={!history.canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title={
          redoWhat !== null
            ? t('planner.toolbar.redoTitle', { what: redoWhat })
            : t('planner.toolbar.nothingToRedo')
        }
        onClick={() => {
          if (!busy) void redo();
        }}
      >
        <Icon name="redo" className="plan-tool-icon" />
        <span className="plan-tool-label">{t('planner.toolbar.redo')}</span>
      </button>
    </div>
  );
}
