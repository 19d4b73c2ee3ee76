import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, type PathPrompt } from '../store';
import { ErrorAlert } from './ErrorAlert';
import { trapTab } from './focus-trap';

const TEXTS = {
  new: {
    title: 'pathDialog.titleNew',
    intro: 'pathDialog.introNew',
    submit: 'pathDialog.submitNew',
  },
  open: {
    title: 'pathDialog.titleOpen',
    intro: 'pathDialog.introOpen',
    submit: 'pathDialog.submitOpen',
  },
  saveCopy: {
    title: 'pathDialog.titleSaveCopy',
    intro: 'pathDialog.introSaveCopy',
    submit: 'pathDialog.submitSaveCopy',
  },
} as const;

/**
 * Asks for a file path where the host has no native file dialog (the browser harness). Modal:
 * focus stays inside, Escape cancels, and focus returns to where it came from.
 */
export function PathDialog({ prompt }: { prompt: PathPrompt }) {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const submitPrompt = useAppStore((s) => s.submitPrompt);
  const cancelPrompt = useAppStore((s) => s.cancelPrompt);
  const [path, setPath] = useState(prompt.suggestedPath);
  const [title, setTitle] = useState('');
  const [missingPath, setMissingPath] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const pathRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const texts = TEXTS[prompt.purpose];

  useEffect(() => {
    const dialog = dialogRef.current;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    pathRef.current?.focus();
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Not disabling the button while busy keeps focus on it; a second press is simply ignored.
    if (busy) return;
    if (path.trim() === '') {
      setMissingPath(true);
      pathRef.current?.focus();
      return;
    }
    setMissingPath(false);
    void submitPrompt({ path, title });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancelPrompt();
      return;
    }
    trapTab(event);
  };

  const pathHintId = `${id}-path-hint`;
  const pathErrorId = `${id}-path-error`;
  return (
    <dialog
      ref={dialogRef}
      className="path-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // The browser's own close request (Escape) goes through the store like every other exit.
        event.preventDefault();
        cancelPrompt();
      }}
    >
      <form className="path-dialog-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="path-dialog-title">
          {t(texts.title)}
        </h2>
        <p id={`${id}-intro`}>{t(texts.intro)}</p>
        <ErrorAlert />
        <div className={missingPath ? 'form-group form-error' : 'form-group'}>
          <label className="form-label" htmlFor={`${id}-path`}>
            {t('pathDialog.pathLabel')}
          </label>
          <span className="form-hint" id={pathHintId}>
            {t('pathDialog.pathHint')}
          </span>
          {missingPath && (
            <span className="form-error-message" id={pathErrorId}>
              {t('pathDialog.pathRequired')}
            </span>
          )}
          <input
            ref={pathRef}
            id={`${id}-path`}
            className="form-input path-input"
            type="text"
            value={path}
            onChange={(event) => setPath(event.target.value)}
            aria-describedby={missingPath ? `${pathErrorId} ${pathHintId}` : pathHintId}
            aria-invalid={missingPath}
            autoComplete="off"
            spellCheck={false}
            required
          />
        </div>
        {prompt.purpose === 'new' && (
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-title-field`}>
              {t('pathDialog.planTitleLabel')}
            </label>
            <span className="form-hint" id={`${id}-title-hint`}>
              {t('pathDialog.planTitleHint')}
            </span>
            <input
              id={`${id}-title-field`}
              className="form-input"
              type="text"
              value={title}
              maxLength={200}
              onChange={(event) => setTitle(event.target.value)}
              aria-describedby={`${id}-title-hint`}
            />
          </div>
        )}
        <div className="path-dialog-actions">
          <button type="submit" className="button button-primary">
            {t(texts.submit)}
          </button>
          <button type="button" className="button button-secondary" onClick={cancelPrompt}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
