import { useTranslation } from 'react-i18next';
import { printExport } from '../../flows/export-flow';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import type { ExportDialogState } from '../../store/export-slice';
import { Icon } from '../Icon';

/**
 * How far a PDF has come: a bar with the percentage after it once the desktop shell has reported
 * one, else a bar without. The percentage is hidden from screen readers, which would otherwise
 * read out every step from a status region around it; the bar itself carries the value. The parts
 * stay in place as the value comes, so a status region does not announce its text again.
 */
export function PdfProgress({
  label,
  fraction,
  showLabel = false,
}: {
  label: string;
  fraction: number | null;
  /** The label beside the bar as well as on it. */
  showLabel?: boolean;
}) {
  const format = useFormat();
  return (
    <>
      <progress
        className="export-progress-bar"
        aria-label={label}
        {...(fraction === null ? {} : { value: fraction, max: 1 })}
      />
      {showLabel && <span>{label}</span>}
      {fraction !== null && (
        <span className="export-progress-percent" aria-hidden="true">
          {format.percent(fraction * 100)}
        </span>
      )}
    </>
  );
}

/**
 * What the save is doing, said where a screen reader hears it: progress while the file is
 * written (announced once, as it starts), where it went when done (with "Udskriv" for a PDF where
 * the system can open it), or why not.
 */
export function ExportStatus({ state }: { state: ExportDialogState }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const opensFiles = useAppStore((s) => s.appInfo?.opensFiles ?? false);
  const { running, saved, error } = state;
  return (
    <>
      <div className="export-status" role="status">
        {running && (
          <div className="export-progress">
            <PdfProgress label={t('export.saving')} fraction={state.pdfProgress} showLabel />
          </div>
        )}
        {saved && (
          <div className="alert alert-success export-saved">
            <Icon name="success" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-text export-saved-path">
                {t('export.savedAs', { path: saved.path })}
              </p>
              {saved.pages !== undefined && (
                <p className="alert-text">{t('export.savedPages', { count: saved.pages })}</p>
              )}
              {saved.undated !== undefined && (
                <p className="alert-text">
                  {t('export.calendar.leftOut', { count: saved.undated })}
                </p>
              )}
            </div>
          </div>
        )}
      </div>
      {saved && saved.path.toLowerCase().endsWith('.pdf') && opensFiles && (
        <p className="export-print">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void printExport()}
          >
            {t('export.print')}
          </button>
          <span className="form-hint">{t('export.printHint')}</span>
        </p>
      )}
      {error && (
        <div className="alert alert-error export-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{t('export.error.heading')}</p>
            <p className="alert-text">{error.message[language]}</p>
            {error.code === 'io-error' && (
              <p className="alert-text">{t('export.error.fileInUse')}</p>
            )}
          </div>
        </div>
      )}
    </>
  );
}
