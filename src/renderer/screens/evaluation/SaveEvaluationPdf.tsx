import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import type { Evaluation } from '../../../shared/model/entities';
import { useAppStore } from '../../store';
import { folderOf, joinPath } from '../../store/paths';
import { PdfPathDialog } from '../../components/PdfPathDialog';

export type PdfOutcome =
  { kind: 'saved'; path: string; pages: number } | { kind: 'failed'; error: AppError };

/**
 * "Gem evaluering som PDF…": the native save dialog where there is one (it asks before replacing
 * a file), otherwise the program's own path dialog, which asks again before replacing.
 */
export function SaveEvaluationPdf({
  evaluation,
  onOutcome,
}: {
  evaluation: Evaluation;
  /** Where the PDF went, or why not; shown by the caller under the evaluation's heading. */
  onOutcome: (outcome: PdfOutcome | null) => void;
}) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const appInfo = useAppStore((s) => s.appInfo);
  const planPath = useAppStore((s) => s.snapshot?.file.path ?? '');
  const language = useAppStore((s) => s.language);
  const [asking, setAsking] = useState(false);
  const fileName = `${t('evaluation.pdf.fileName', { year: evaluation.year })}.pdf`;

  /** Null when it went well; the refusal otherwise, for the dialog to show. */
  const save = async (path: string, overwrite: boolean): Promise<AppError | null> => {
    const result = await api.exportEvaluation({ id: evaluation.id, path, language, overwrite });
    if (!result.ok) return result.error;
    onOutcome({ kind: 'saved', ...result.value });
    return null;
  };

  const begin = async () => {
    onOutcome(null);
    if (appInfo?.nativeDialogs) {
      const chosen = await api.chooseFile({ purpose: 'export', suggestedName: fileName });
      const error = !chosen.ok
        ? chosen.error
        : chosen.value.path === null
          ? null
          : await save(chosen.value.path, true);
      if (error) onOutcome({ kind: 'failed', error });
      return;
    }
    setAsking(true);
  };

  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => void begin()}
      >
        {t('evaluation.pdf.save')}
      </button>
      {asking && (
        <PdfPathDialog
          texts={{
            title: t('evaluation.pdf.dialogTitle'),
            intro: t('evaluation.pdf.dialogIntro'),
            pathLabel: t('evaluation.pdf.pathLabel'),
            pathHint: t('evaluation.pdf.pathHint'),
            submit: t('evaluation.pdf.submit'),
            replace: t('evaluation.pdf.replace'),
          }}
          suggestedPath={joinPath(folderOf(planPath), appInfo?.pathSeparator ?? '/', fileName)}
          onSave={save}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}
