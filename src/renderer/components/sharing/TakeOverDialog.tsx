import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockHolder } from '../../../shared/api';
import { formatTime } from '../../../shared/errors';
import { confirmTakeOver } from '../../flows/take-over-flow';
import { useAppStore } from '../../store';
import { useModalDialog } from '../catalog/use-modal-dialog';
import { trapTab } from '../focus-trap';
import { SharingAlert } from './SharingAlert';
import '../path-dialog.css';
import './sharing.css';

/**
 * Asks before taking over a plan that is probably still in use elsewhere, saying what that costs
 * the other person. Focus starts on "Annuller": the safe answer is the one Enter gives.
 */
export function TakeOverDialog({ lock }: { lock: LockHolder }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const busy = useAppStore((s) => s.busy);
  const error = useAppStore((s) => s.sharingError);
  const cancel = useAppStore((s) => s.cancelTakeOver);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog(dialogRef, cancelRef);
  const id = useId();

  const user = lock.user ?? t('sharing.lock.unknownUser');
  const machine = lock.machine ?? t('sharing.lock.unknownMachine');
  const holder = lock.since
    ? t('sharing.takeOver.holderSince', { user, machine, since: formatTime(lock.since, language) })
    : t('sharing.takeOver.holder', { user, machine });

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
      className="path-dialog take-over-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-holder ${id}-risk`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id={`${id}-title`} className="path-dialog-title">
        {t('sharing.takeOver.title')}
      </h2>
      <p id={`${id}-holder`}>{holder}</p>
      <p id={`${id}-risk`}>{t('sharing.takeOver.risk', { user })}</p>
      <p>{t('sharing.takeOver.alternative')}</p>
      <SharingAlert error={error} />
      <div className="path-dialog-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            if (busy) return;
            // The notice that replaces the lock message takes focus; the button will be gone.
            modal.keepFocusOnClose();
            void confirmTakeOver();
          }}
        >
          {t('sharing.takeOver.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
