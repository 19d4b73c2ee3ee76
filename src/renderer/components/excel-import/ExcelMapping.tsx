import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from '../../../shared/excel-import/cell-text';
import {
  IMPORT_FIELDS,
  type ImportField,
  type SheetChoice,
  type WorkbookOverview,
} from '../../../shared/excel-import/schema';
import { headerChoice, type ExcelImportState } from './use-excel-import';
import { ExcelPreview } from './ExcelPreview';

/** A column's letters as Excel shows them: A … Z, AA … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The sheet, the header row and each column's field, chosen with plain selects so every part is
 * reached and changed from the keyboard; then the rows as they will be read.
 */
export function ExcelMapping({
  state,
  overview,
  choice,
  onChoose,
  onCreateNames,
}: {
  state: ExcelImportState;
  overview: WorkbookOverview;
  choice: SheetChoice;
  onChoose: (choice: SheetChoice) => void;
  onCreateNames: (create: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const sheet = overview.sheets.find((s) => s.name === choice.sheet) ?? overview.sheets[0];
  const rows = (sheet?.firstRows ?? []).filter((r) => r.cells.length > 0);
  const header = sheet?.firstRows.find((r) => r.row === choice.headerRow);
  const width = Math.max(header?.cells.length ?? 0, choice.columns.length);
  const setField = (column: number, field: ImportField | null) => {
    const columns = Array.from({ length: width }, (_, i) => choice.columns[i] ?? null).map(
      (f, i) => (i === column ? field : f === field ? null : f),
    );
    onChoose({ ...choice, columns });
  };

  return (
    <div className="excel-mapping">
      {overview.omstilPlan && (
        <p className="alert alert-info excel-note">
          <span className="alert-text">{t('excelImport.omstilPlan')}</span>
        </p>
      )}
      <div className="excel-choice-row">
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-sheet`}>
            {t('excelImport.sheetLabel')}
          </label>
          <select
            id={`${id}-sheet`}
            className="form-select"
            value={choice.sheet}
            onChange={(event) => {
              const name = event.target.value;
              const first = overview.sheets.find((s) => s.name === name)?.firstRows ?? [];
              const row = first.find((r) => r.cells.length > 0)?.row ?? 1;
              onChoose({ sheet: name, headerRow: row, columns: headerChoice(overview, name, row) });
            }}
          >
            {overview.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-header`}>
            {t('excelImport.headerRowLabel')}
          </label>
          <span className="form-hint" id={`${id}-header-hint`}>
            {t('excelImport.headerRowHint')}
          </span>
          <select
            id={`${id}-header`}
            className="form-select"
            value={choice.headerRow}
            aria-describedby={`${id}-header-hint`}
            onChange={(event) => {
              const row = Number(event.target.value);
              onChoose({
                ...choice,
                headerRow: row,
                columns: headerChoice(overview, choice.sheet, row),
              });
            }}
          >
            {rows.map((r) => (
              <option key={r.row} value={r.row}>
                {t('excelImport.headerRowOption', {
                  row: r.row,
                  texts: shortTexts(r.cells.map((c) => cellText(c))),
                })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {state.remembered && <p className="excel-remembered">{t('excelImport.remembered')}</p>}
      <fieldset className="excel-columns">
        <legend className="form-label">{t('excelImport.columnsLegend')}</legend>
        <p className="form-hint" id={`${id}-columns-hint`}>
          {t('excelImport.columnsHint')}
        </p>
        <table className="table table--compact excel-columns-table">
          <thead>
            <tr>
              <th scope="col">{t('excelImport.columnHeading')}</th>
              <th scope="col">{t('excelImport.headerHeading')}</th>
              <th scope="col">{t('excelImport.fieldHeading')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: width }, (_, i) => {
              const text = cellText(header?.cells[i]);
              const letter = columnLetter(i);
              return (
                <tr key={i}>
                  <th scope="row">{letter}</th>
                  <td>{text === '' ? <i>{t('excelImport.noHeader')}</i> : text}</td>
                  <td>
                    <select
                      className="form-select"
                      aria-label={`${t('excelImport.column', { letter })}${text ? ` (${text})` : ''}`}
                      aria-describedby={`${id}-columns-hint`}
                      value={choice.columns[i] ?? ''}
                      onChange={(event) =>
                        setField(i, (event.target.value || null) as ImportField | null)
                      }
                    >
                      <option value="">{t('excelImport.notRead')}</option>
                      {IMPORT_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {t(`excelImport.fields.${field}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {!choice.columns.includes('title') && (
          <p className="form-error-message" role="alert">
            {t('excelImport.titleMissing')}
          </p>
        )}
      </fieldset>
      <p className="form-hint excel-dates">{t('excelImport.dates')}</p>
      {state.preview && (
        <ExcelPreview
          preview={state.preview}
          columns={choice.columns}
          createNames={state.createNames}
          onCreateNames={onCreateNames}
        />
      )}
    </div>
  );
}

function shortTexts(texts: string[]): string {
  const shown = texts.filter((x) => x !== '').slice(0, 4);
  const joined = shown.map((x) => (x.length > 24 ? `${x.slice(0, 23)}…` : x)).join(' · ');
  return texts.filter((x) => x !== '').length > 4 ? `${joined} …` : joined;
}
