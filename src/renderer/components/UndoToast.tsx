import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { focusStep } from './history/focus-step';
import { useStepSentence } from './history/use-step-sentence';
import { Icon } from './Icon';
import { toastSlot } from './toast-slot';
import { useAutoDismiss } from './use-auto-dismiss';
import './undo-toast.css';

/**
 * Offered after a deletion instead of asking first: "Indsatsen »…« er slettet. Fortryd"; and
 * after an undo or redo, what it did with the way back: "Fortrudt: … Gentag". It shows in the app
 * header, where it covers nothing, and goes by itself after about eight seconds (the change stays
 * in the undo history) or once anything else changes the plan — from then on, its button would no
 * longer act on the change it names but on the later one.
 */
export function UndoToast({ onUndone }: { onUndone?: () => void }) {
  const { t } = useTranslation();
  const lastDeleted = useAppStore((s) => s.lastDeleted);
  const lastStep = useAppStore((s) => s.lastStep);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const dismiss = useAppStore((s) => s.dismissDeleted);
  const hold = useAutoDismiss(lastDeleted, dismiss);
  const dismissStep = useAppStore((s) => s.dismissStep);
  const sentence = useStepSentence();
  const holdStep = useAutoDismiss(lastStep, dismissStep);

  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.snapshot === previous.snapshot) return;
        if (state.lastDeleted && state.lastDeleted === previous.lastDeleted) state.dismissDeleted();
        if (state.lastStep && state.lastStep === previous.lastStep) state.dismissStep();
      }),
    [],
  );

  // Focus goes back to where the change was made, once the screen shows the plan after it.
  useEffect(() => {
    if (lastStep && !focusStep(lastStep.step) && !document.activeElement?.closest('main, header'))
      onUndone?.();
  }, [lastStep, onUndone]);

  const what = lastStep ? sentence(lastStep.step) : '';
  const region = (
    <div className="undo-toast-region" role="status">
      {lastDeleted && (
        <div className="undo-toast" {...hold}>
          <p className="undo-toast-text">
            {t(`editor.deleted.${lastDeleted.kind}`, { title: lastDeleted.title })}
          </p>
          <button
            type="button"
            className="button button-secondary button-small undo-toast-undo"
            aria-label={t('editor.deleted.undoItem', { title: lastDeleted.title })}
            onClick={() => void undo()}
          >
            {t('editor.deleted.undo')}
          </button>
          <button
            type="button"
            className="undo-toast-close"
            aria-label={t('editor.deleted.dismiss')}
            onClick={dismiss}
          >
            <Icon name="close" />
          </button>
        </div>
      )}
      {lastStep && (
        <div className="undo-toast" {...holdStep}>
          <p className="undo-toast-text">
            {t(lastStep.direction === 'undo' ? 'editor.steps.undone' : 'editor.steps.redone', {
              what,
            })}
          </p>
          <button
            type="button"
            className="button button-secondary button-small undo-toast-undo"
            aria-label={t(
              lastStep.direction === 'undo' ? 'editor.steps.redoWhat' : 'editor.steps.undoWhat',
              { what },
            )}
            onClick={() => void (lastStep.direction === 'undo' ? redo() : undo())}
          >
            {lastStep.direction === 'undo' ? t('editor.history.redo') : t('editor.history.undo')}
          </button>
          <button
            type="button"
            className="undo-toast-close"
            aria-label={t('editor.deleted.dismiss')}
            onClick={dismissStep}
          >
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
  const slot = toastSlot();
  return slot ? createPortal(region, slot) : region;
}
