import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FILE_FORMATS } from '../../../shared/api';
import { loadExportPreview, saveExport } from '../../flows/export-flow';
import { useAppStore } from '../../store';
import {
  hasSections,
  includedSections,
  previewKey,
  type ExportDialogState,
} from '../../store/export-slice';
import { PathDialog } from '../PathDialog';
import { AgendaRequestField } from './AgendaRequestField';
import { ExportStatus } from './ExportStatus';
import { LanguageChoice } from './LanguageChoice';
import { PlanDataChoice } from './PlanDataChoice';
import { PreviewPanel } from './PreviewPanel';
import { SectionChoices } from './SectionChoices';
import './export.css';

/** Waits this long after the last tick before making a new preview, so ticking stays quick. */
const PREVIEW_DELAY_MS = 350;

/**
 * "Eksportér planen": file type, the PDF's sections (remembered per plan) and language, then
 * Save — the native save dialog, or the path field where the host has none. Modal: focus stays
 * inside, Escape closes, Enter saves, and focus goes back where it came from.
 */
export function ExportDialog({ state }: { state: ExportDialogState }) {
  const { t } = useTranslation();
  const native = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const setFormat = useAppStore((s) => s.setExportFormat);
  const setPath = useAppStore((s) => s.setExportPath);
  const close = useAppStore((s) => s.closeExport);
  const firstRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const pdf = state.format === 'pdf';
  const sectioned = hasSections(state.format);
  const noSections = sectioned && includedSections(state).length === 0;
  const withAgenda = sectioned && includedSections(state).includes('agenda');
  const key = previewKey(state);
  // The agenda page prints the plan's own text: a new text makes a new preview.
  const agendaRequest = useAppStore((s) => s.snapshot?.document.plan.agendaRequest);

  useEffect(() => {
    if (!pdf) return;
    const timer = setTimeout(() => void loadExportPreview(), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pdf, key, agendaRequest]);

  return (
    <PathDialog
      className="export-dialog"
      title={t('export.title')}
      intro={t('export.intro')}
      introClassName="export-intro"
      fields={
        native
          ? []
          : [
              {
                label: t('export.path.label'),
                hint: t('export.path.hint'),
                value: state.path,
                onChange: setPath,
              },
            ]
      }
      missingText={t('export.path.required')}
      submitLabel={t('export.save')}
      onSubmit={() => void saveExport()}
      onCancel={close}
      cancelLabel={t('export.close')}
      busy={state.running || noSections}
      submitDisabled={state.running || noSections}
      initialFocus={firstRef}
      body={(pathFields) => (
        <>
          <div className="export-layout">
            <div className="export-choices">
              <fieldset className="export-fieldset">
                <legend className="form-label">{t('export.format.legend')}</legend>
                {EXPORT_FILE_FORMATS.map((format) => (
                  <div key={format} className="form-group-radio">
                    <input
                      ref={format === state.format ? firstRef : undefined}
                      type="radio"
                      className="form-radio"
                      id={`${id}-format-${format}`}
                      name={`${id}-format`}
                      value={format}
                      checked={state.format === format}
                      disabled={state.running}
                      onChange={() => setFormat(format)}
                      aria-describedby={`${id}-format-${format}-hint`}
                    />
                    <label className="form-label" htmlFor={`${id}-format-${format}`}>
                      {t(`export.format.${format}`)}
                    </label>
                    <span className="form-hint" id={`${id}-format-${format}-hint`}>
                      {t(`export.format.${format}Hint`)}
                    </span>
                  </div>
                ))}
              </fieldset>
              {sectioned && <SectionChoices state={state} />}
              {withAgenda && <AgendaRequestField />}
              {state.format === 'xlsx' && <PlanDataChoice state={state} />}
              <LanguageChoice state={state} />
              {pathFields}
            </div>
            <PreviewPanel state={state} />
          </div>
          <ExportStatus state={state} />
        </>
      )}
    />
  );
}
