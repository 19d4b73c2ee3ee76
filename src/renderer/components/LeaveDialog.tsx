import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { refusedDrafts, useAppStore } from '../store';
import { useModalDialog } from './catalog/use-modal-dialog';
import { trapTab } from './focus-trap';
import './path-dialog.css';

/**
 * Asks before a change of screen takes a refused value with it. "Fortsæt redigering" has focus,
 * so Enter and Escape both keep the typing; discarding it takes a deliberate choice.
 */
export function LeaveDialog() {
  const leaving = useAppStore((s) => s.leaving);
  return leaving ? <LeaveQuestion /> : null;
}

function LeaveQuestion() {
  const { t } = useTranslation();
  const refused = refusedDrafts(useAppStore((s) => s.heldDrafts));
  const keepEditing = useAppStore((s) => s.keepEditing);
  const discard = useAppStore((s) => s.discardDrafts);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog(dialogRef, keepRef);
  const id = useId();
  // Run once the dialog has closed (its cleanup runs before this one), when the page takes focus.
  const afterClose = useRef<(() => void) | null>(null);
  useEffect(() => () => afterClose.current?.(), []);

  const stay = () => {
    // Focus goes to the refused field rather than back to the link that was clicked.
    modal.keepFocusOnClose();
    afterClose.current = refused[0]?.focus ?? null;
    keepEditing();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      stay();
      return;
    }
    trapTab(event);
  };

  return (
    <dialog
      ref={dialogRef}
      className="path-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        stay();
      }}
    >
      <h2 id={`${id}-title`} className="path-dialog-title">
        {t('editor.leave.title')}
      </h2>
      <p id={`${id}-text`}>
        {refused.length === 1
          ? t('editor.leave.one', { label: refused[0]!.label })
          : t('editor.leave.many', { count: refused.length })}
      </p>
      <div className="path-dialog-actions">
        <button ref={keepRef} type="button" className="button button-primary" onClick={stay}>
          {t('editor.leave.keepEditing')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            modal.keepFocusOnClose();
            discard();
          }}
        >
          {t('editor.leave.discard')}
        </button>
      </div>
    </dialog>
  );
}
