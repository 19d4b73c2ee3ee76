import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { includedSections, previewKey, type ExportDialogState } from '../../store/export-slice';
import { CalendarSummary } from './CalendarSummary';
import { PdfProgress } from './ExportStatus';
import { PdfPreview } from './PdfPreview';

/** The preview beside the choices: the PDF's first pages, or a word on why there are none. */
export function PreviewPanel({ state }: { state: ExportDialogState }) {
  const { t } = useTranslation();
  const language = state.language;
  const id = useId();
  const current = state.preview && state.preview.key === previewKey(state) ? state.preview : null;
  let body: React.ReactNode;
  if (state.format === 'ics') {
    body = <CalendarSummary />;
  } else if (state.format !== 'pdf') {
    body = <p className="export-preview-note">{t('export.preview.otherFormat')}</p>;
  } else if (includedSections(state).length === 0) {
    body = <p className="export-preview-note">{t('export.preview.noSections')}</p>;
  } else if (state.previewError) {
    body = (
      <p className="export-preview-note">
        {t('export.preview.failed')} {state.previewError.message[language]}
      </p>
    );
  } else if (current) {
    body = <PdfPreview preview={current} />;
  } else {
    // The percentage comes from the desktop shell only, and only while no save runs alongside.
    const fraction = state.previewLoading && !state.running ? state.pdfProgress : null;
    body = (
      <>
        <p className="export-preview-note" role="status">
          {t('export.preview.loading')}
        </p>
        {fraction !== null && (
          <div className="export-progress export-preview-progress">
            <PdfProgress label={t('export.preview.loading')} fraction={fraction} />
          </div>
        )}
      </>
    );
  }
  return (
    <section className="export-preview" aria-labelledby={`${id}-heading`} aria-busy={!current}>
      <h3 id={`${id}-heading`} className="export-preview-heading">
        {t('export.preview.heading')}
      </h3>
      {body}
    </section>
  );
}
