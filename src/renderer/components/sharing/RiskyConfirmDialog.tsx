import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { useModalDialog } from '../catalog/use-modal-dialog';
import { trapTab } from '../focus-trap';
import { SharingAlert } from './SharingAlert';
import '../path-dialog.css';
import './sharing.css';

export interface RiskyConfirmDialogProps {
  className: string;
  title: string;
  /** The paragraphs that say what the step costs; the first `described` are the dialog's description. */
  paragraphs: ReactNode[];
  described: number;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A step that cannot be taken back, asked about as an alert dialog. Focus starts on "Annuller":
 * the safe answer is the one Enter gives; Escape cancels too, and Tab stays inside.
 */
export function RiskyConfirmDialog({
  className,
  title,
  paragraphs,
  described,
  confirmLabel,
  onConfirm,
  onCancel,
}: RiskyConfirmDialogProps) {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const error = useAppStore((s) => s.sharingError);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog(dialogRef, cancelRef);
  const id = useId();
  const paragraphId = (index: number) => (index < described ? `${id}-p${index}` : undefined);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    trapTab(event);
  };

  return (
    <dialog
      ref={dialogRef}
      className={`path-dialog ${className}`}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={paragraphs
        .slice(0, described)
        .map((_, index) => paragraphId(index))
        .join(' ')}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="path-dialog-title">
        {title}
      </h2>
      {paragraphs.map((text, index) => (
        <p key={index} id={paragraphId(index)}>
          {text}
        </p>
      ))}
      <SharingAlert error={error} />
      <div className="path-dialog-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            if (busy) return;
            // The notice that replaces the warning takes focus; the button pressed will be gone.
            modal.keepFocusOnClose();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="button button-secondary"
          onClick={onCancel}
        >
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
