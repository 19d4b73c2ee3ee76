import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import type { TrendsReport } from '../../../shared/trends';
import { PdfPathDialog } from '../../components/PdfPathDialog';
import { useAppStore } from '../../store';
import { joinPath } from '../../store/paths';

type Format = 'pdf' | 'json';

/**
 * Saves the report as shown (anonymous or not) as PDF or JSON: the native save dialog where there
 * is one (it asks before replacing a file), otherwise the program's own path dialog, which asks
 * again before replacing.
 */
export function TrendsExport({ report }: { report: TrendsReport }) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const appInfo = useAppStore((s) => s.appInfo);
  const showError = useAppStore((s) => s.showError);
  const [asking, setAsking] = useState<Format | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fileName = (format: Format) => `${t('trends.fileName')}.${format}`;

  /** Null when it went well; the refusal otherwise, for the dialog to show. */
  const save = async (format: Format, path: string, overwrite: boolean) => {
    const result = await api.trendsExport({ report, format, path, overwrite });
    if (!result.ok) return result.error;
    setSaved(result.value.path);
    return null;
  };

  const begin = async (format: Format) => {
    setSaved(null);
    if (!appInfo?.nativeDialogs) {
      setAsking(format);
      return;
    }
    const chosen = await api.chooseFile({
      purpose: 'export',
      suggestedName: fileName(format),
      format,
    });
    const error: AppError | null = !chosen.ok
      ? chosen.error
      : chosen.value.path === null
        ? null
        : await save(format, chosen.value.path, true);
    if (error) showError(error);
  };

  return (
    <div className="trends-export">
      <button type="button" className="button button-secondary" onClick={() => void begin('pdf')}>
        {t('trends.savePdf')}
      </button>
      <button type="button" className="button button-secondary" onClick={() => void begin('json')}>
        {t('trends.saveJson')}
      </button>
      <p className="trends-saved" role="status">
        {saved ? t('trends.saved', { path: saved }) : ''}
      </p>
      {asking && (
        <PdfPathDialog
          texts={{
            title: t(asking === 'pdf' ? 'trends.dialogTitlePdf' : 'trends.dialogTitleJson'),
            intro: t('trends.dialogIntro'),
            pathLabel: t('trends.dialogPathLabel'),
            pathHint: t('trends.dialogPathHint'),
            submit: t('trends.dialogSubmit'),
            replace: t('trends.dialogReplace'),
          }}
          suggestedPath={joinPath(
            appInfo?.defaultFolder ?? '',
            appInfo?.pathSeparator ?? '/',
            fileName(asking),
          )}
          onSave={(path, overwrite) => save(asking, path, overwrite)}
          onClose={() => setAsking(null)}
        />
      )}
    </div>
  );
}
