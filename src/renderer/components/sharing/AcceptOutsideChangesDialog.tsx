import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAcceptOutsideChanges } from '../../flows/outside-changes-flow';
import { useAppStore } from '../../store';
import { useModalDialog } from '../catalog/use-modal-dialog';
import { trapTab } from '../focus-trap';
import { SharingAlert } from './SharingAlert';
import '../path-dialog.css';
import './sharing.css';

/**
 * Asks before taking the content of a plan changed outside Omstil as it is, saying plainly what
 * that means: the content becomes the plan, nobody has checked the changes, and afterwards they
 * can no longer be told apart. Focus starts on "Annuller": the safe answer is the one Enter gives.
 */
export function AcceptOutsideChangesDialog() {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const error = useAppStore((s) => s.sharingError);
  const cancel = useAppStore((s) => s.cancelAcceptOutsideChanges);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog(dialogRef, cancelRef);
  const id = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
      return;
    }
    trapTab(event);
  };

  return (
    <dialog
      ref={dialogRef}
      className="path-dialog accept-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what ${id}-risk ${id}-final`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id={`${id}-title`} className="path-dialog-title">
        {t('sharing.outside.confirmTitle')}
      </h2>
      <p id={`${id}-what`}>{t('sharing.outside.confirmWhat')}</p>
      <p id={`${id}-risk`}>{t('sharing.outside.confirmRisk')}</p>
      <p id={`${id}-final`}>{t('sharing.outside.confirmFinal')}</p>
      <SharingAlert error={error} />
      <div className="path-dialog-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            if (busy) return;
            // The notice that replaces the warning takes focus; the button pressed will be gone.
            modal.keepFocusOnClose();
            void confirmAcceptOutsideChanges();
          }}
        >
          {t('sharing.outside.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
