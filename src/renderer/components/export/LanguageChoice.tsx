import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/model/enums';
import { useAppStore } from '../../store';
import type { ExportDialogState } from '../../store/export-slice';

/** The language of the export's headings; the plan's own texts are not translated. */
export function LanguageChoice({ state }: { state: ExportDialogState }) {
  const { t } = useTranslation();
  const setLanguage = useAppStore((s) => s.setExportLanguage);
  const id = useId();
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {t('export.language.label')}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {t('export.language.hint')}
      </span>
      <select
        id={id}
        className="form-select"
        value={state.language}
        disabled={state.running}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const value = LANGUAGES.find((l) => l === event.target.value);
          if (value) setLanguage(value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
