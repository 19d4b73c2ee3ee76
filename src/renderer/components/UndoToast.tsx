import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { Icon } from './Icon';
import { toastSlot } from './toast-slot';
import { useAutoDismiss } from './use-auto-dismiss';
import './undo-toast.css';

/**
 * Offered after a deletion instead of asking first: "Indsatsen «…» er slettet. Fortryd". It shows
 * in the app header, where it covers nothing, and goes by itself after about eight seconds (the
 * deletion stays in the undo history) or once anything else changes the plan — from then on,
 * "Fortryd" would no longer undo the deletion but the later change.
 */
export function UndoToast({ onUndone }: { onUndone?: () => void }) {
  const { t } = useTranslation();
  const lastDeleted = useAppStore((s) => s.lastDeleted);
  const undo = useAppStore((s) => s.undo);
  const dismiss = useAppStore((s) => s.dismissDeleted);
  const hold = useAutoDismiss(lastDeleted, dismiss);

  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (
          state.lastDeleted &&
          state.lastDeleted === previous.lastDeleted &&
          state.snapshot !== previous.snapshot
        ) {
          state.dismissDeleted();
        }
      }),
    [],
  );

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
            onClick={() => {
              void undo().then((done) => {
                if (!done) return;
                dismiss();
                onUndone?.();
              });
            }}
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
    </div>
  );
  const slot = toastSlot();
  return slot ? createPortal(region, slot) : region;
}
