import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { useModalDialog } from '../../components/catalog/use-modal-dialog';
import { trapTab } from '../../components/focus-trap';
import { PathField } from '../../components/sharing/PathField';
import { useAppStore } from '../../store';

/**
 * Where the evaluation's PDF goes, asked in the page where the host has no native dialog. A file
 * already there is not replaced unless the user says so after being told.
 */
export function PdfPathDialog({
  suggestedPath,
  onSave,
  onClose,
}: {
  suggestedPath: string;
  onSave: (path: string, overwrite: boolean) => Promise<AppError | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const [path, setPath] = useState(suggestedPath);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const pathRef = useRef<HTMLInputElement>(null);
  useModalDialog(dialogRef, pathRef);
  const id = useId();

  const save = async (overwrite: boolean) => {
    if (path.trim() === '') {
      setMissing(true);
      pathRef.current?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    const refused = await onSave(path.trim(), overwrite);
    setBusy(false);
    if (refused) setError(refused);
    else onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    trapTab(event);
  };

  return (
    <dialog
      ref={dialogRef}
      className="path-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="path-dialog-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="path-dialog-title">
          {t('evaluation.pdf.dialogTitle')}
        </h2>
        <p id={`${id}-intro`}>{t('evaluation.pdf.dialogIntro')}</p>
        {error && (
          <p className="form-error-message" role="alert">
            {error.message[language]}
          </p>
        )}
        <PathField
          id={`${id}-path`}
          inputRef={(el) => {
            pathRef.current = el;
          }}
          label={t('evaluation.pdf.pathLabel')}
          hint={t('evaluation.pdf.pathHint')}
          value={path}
          onChange={(value) => {
            setPath(value);
            setError(null);
          }}
          missing={missing}
        />
        <div className="path-dialog-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('evaluation.pdf.submit')}
          </button>
          {error?.code === 'already-exists' && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void save(true)}
            >
              {t('evaluation.pdf.replace')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
