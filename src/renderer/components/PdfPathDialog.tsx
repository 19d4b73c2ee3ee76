import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors';
import { useAppStore } from '../store';
import { PathDialog } from './PathDialog';

/** The words of one PDF's dialog, already translated. */
export interface PdfPathTexts {
  title: string;
  intro: string;
  pathLabel: string;
  pathHint: string;
  submit: string;
  replace: string;
}

/**
 * Where a PDF goes (the evaluation, a workshop's minutes or poster), asked in the page where the
 * host has no native dialog. A file already there is not replaced unless the user says so after
 * being told.
 */
export function PdfPathDialog({
  texts,
  suggestedPath,
  onSave,
  onClose,
}: {
  texts: PdfPathTexts;
  suggestedPath: string;
  onSave: (path: string, overwrite: boolean) => Promise<AppError | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const [path, setPath] = useState(suggestedPath);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const save = async (overwrite: boolean) => {
    setBusy(true);
    const refused = await onSave(path.trim(), overwrite);
    setBusy(false);
    if (refused) setError(refused);
    else onClose();
  };

  return (
    <PathDialog
      title={texts.title}
      intro={texts.intro}
      alert={
        error && (
          <p className="form-error-message" role="alert">
            {error.message[language]}
          </p>
        )
      }
      fields={[
        {
          label: texts.pathLabel,
          hint: texts.pathHint,
          value: path,
          onChange: (value) => {
            setPath(value);
            setError(null);
          },
        },
      ]}
      missingText={t('export.path.required')}
      submitLabel={texts.submit}
      onSubmit={() => void save(false)}
      onCancel={onClose}
      busy={busy}
      submitDisabled={busy}
      actions={
        // Shown only for a file already there; editing the path takes it away again, so the path
        // it replaces is the one the user was told about.
        error?.code === 'already-exists' && (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void save(true)}
          >
            {texts.replace}
          </button>
        )
      }
    />
  );
}
