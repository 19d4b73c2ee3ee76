import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import type { ExportDialogState } from '../../store/export-slice';

/**
 * The PDF's sections as checkboxes, in reading order; the core's list decides which there are.
 * The Word document has the same sections.
 */
export function SectionChoices({ state }: { state: ExportDialogState }) {
  const { t, i18n } = useTranslation();
  const setSection = useAppStore((s) => s.setExportSection);
  const id = useId();
  const noneChosen = state.sections.every((s) => state.leftOut.includes(s));
  // A section newer than this catalogue still shows, under its key, rather than not at all.
  const label = (section: string) => {
    const key = `export.sections.labels.${section}`;
    return i18n.exists(key) ? t(key as 'export.sections.labels.cover') : section;
  };
  return (
    <fieldset
      className={noneChosen ? 'export-fieldset form-error' : 'export-fieldset'}
      aria-describedby={noneChosen ? `${id}-error ${id}-hint` : `${id}-hint`}
    >
      <legend className="form-label">
        {t(state.format === 'docx' ? 'export.sections.legendDocx' : 'export.sections.legend')}
      </legend>
      <span className="form-hint" id={`${id}-hint`}>
        {t('export.sections.hint')}
      </span>
      {noneChosen && (
        <span className="form-error-message" id={`${id}-error`}>
          {t('export.sections.noneChosen')}
        </span>
      )}
      <ul className="export-sections">
        {state.sections.map((section) => (
          <li key={section} className="form-group-checkbox">
            <input
              type="checkbox"
              className="form-checkbox"
              id={`${id}-${section}`}
              checked={!state.leftOut.includes(section)}
              disabled={state.running}
              onChange={(event) => setSection(section, event.target.checked)}
            />
            <label className="form-label" htmlFor={`${id}-${section}`}>
              {label(section)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
