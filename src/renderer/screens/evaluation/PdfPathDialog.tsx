import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { PathDialog } from '../../components/PathDialog';
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
      title={t('evaluation.pdf.dialogTitle')}
      intro={t('evaluation.pdf.dialogIntro')}
      alert={
        error && (
          <p className="form-error-message" role="alert">
            {error.message[language]}
          </p>
        )
      }
      fields={[
        {
          label: t('evaluation.pdf.pathLabel'),
          hint: t('evaluation.pdf.pathHint'),
          value: path,
          onChange: (value) => {
            setPath(value);
            setError(null);
          },
        },
      ]}
      missingText={t('export.path.required')}
      submitLabel={t('evaluation.pdf.submit')}
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
            {t('evaluation.pdf.replace')}
          </button>
        )
      }
    />
  );
}
