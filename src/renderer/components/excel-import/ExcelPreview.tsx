import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ColumnMapping,
  ExcelImportPreview,
  ImportField,
  ReadActivity,
} from '../../../shared/excel-import/schema';
import { ACTIVITY_STATUS_LABELS } from '../../../shared/i18n/enum-labels';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';

/** So the dialog stays quick to read: the rest are imported all the same. */
const SHOWN_ROWS = 8;

/** The rows as they will be read, the rows that cannot be, and the names the plan lacks. */
export function ExcelPreview({
  preview,
  columns,
  createNames,
  onCreateNames,
}: {
  preview: ExcelImportPreview;
  columns: ColumnMapping;
  createNames: boolean;
  onCreateNames: (create: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const fields = columns.filter((f): f is ImportField => f !== null);
  const shown = preview.activities.slice(0, SHOWN_ROWS);
  const { newNames } = preview;
  const anyNew =
    newNames.owners.length + newNames.competences.length + newNames.targetGroups.length > 0;

  const show = (a: ReadActivity, field: ImportField): string => {
    switch (field) {
      case 'title':
      case 'description':
      case 'funding':
        return a[field];
      case 'owner':
        return a.owner ?? '';
      case 'start':
      case 'end':
        return a[field] === null ? '' : format.date(a[field]);
      case 'status':
        return a.status === null ? '' : ACTIVITY_STATUS_LABELS[a.status][language];
      case 'budget':
      case 'spent':
        return a[field] === null ? '' : format.money(a[field]);
      case 'participants':
        return a.participants === null ? '' : format.number(a.participants);
      case 'competence':
        return a.competences.join('; ');
      case 'targetGroup':
        return a.targetGroups.join('; ');
    }
  };

  return (
    <div className="excel-preview">
      <h3 className="h5" id={`${id}-heading`}>
        {t('excelImport.previewHeading')}
      </h3>
      <p className="sr-only" role="status">
        {t('excelImport.importButton', { count: preview.activities.length })}
        {preview.problems.length > 0 &&
          ` · ${t('excelImport.problemsHeading', { count: new Set(preview.problems.map((p) => p.row)).size })}`}
      </p>
      {preview.activities.length === 0 ? (
        <p>{t('excelImport.nothingToImport')}</p>
      ) : (
        <div className="excel-preview-scroll" tabIndex={0} aria-labelledby={`${id}-heading`}>
          <table className="table table--compact excel-preview-table">
            <caption>
              {t('excelImport.previewCaption', {
                shown: shown.length,
                count: preview.activities.length,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('excelImport.rowHeading')}</th>
                {fields.map((f) => (
                  <th key={f} scope="col">
                    {t(`excelImport.fields.${f}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.row}>
                  <th scope="row">{a.row}</th>
                  {fields.map((f) => (
                    <td key={f}>{show(a, f)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.problems.length > 0 && (
        <div className="excel-problems">
          <h3 className="h5">
            {t('excelImport.problemsHeading', {
              count: new Set(preview.problems.map((p) => p.row)).size,
            })}
          </h3>
          <p>{t('excelImport.problemsIntro')}</p>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>
                {p.field === null
                  ? t('excelImport.problemRow', { row: p.row, reason: p.reason[language] })
                  : t('excelImport.problem', {
                      row: p.row,
                      field: t(`excelImport.fields.${p.field}`),
                      reason: p.reason[language],
                    })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {anyNew && (
        <fieldset className="excel-new-names">
          <legend className="h5">{t('excelImport.newNamesHeading')}</legend>
          <p>{t('excelImport.newNamesIntro')}</p>
          <dl>
            {(
              [
                ['newOwners', newNames.owners],
                ['newCompetences', newNames.competences],
                ['newTargetGroups', newNames.targetGroups],
              ] as const
            )
              .filter(([, names]) => names.length > 0)
              .map(([key, names]) => (
                <div key={key}>
                  <dt>{t(`excelImport.${key}`)}</dt>
                  <dd>{format.list(names)}</dd>
                </div>
              ))}
          </dl>
          <div className="form-group-checkbox">
            <input
              id={`${id}-create`}
              type="checkbox"
              className="form-checkbox"
              checked={createNames}
              aria-describedby={`${id}-create-hint`}
              onChange={(event) => onCreateNames(event.target.checked)}
            />
            <label htmlFor={`${id}-create`}>{t('excelImport.createNames')}</label>
            <span className="form-hint" id={`${id}-create-hint`}>
              {t('excelImport.createNamesHint')}
            </span>
          </div>
        </fieldset>
      )}
    </div>
  );
}
