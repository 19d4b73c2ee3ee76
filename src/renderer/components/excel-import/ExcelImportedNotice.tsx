import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { historyKey } from '../../store/team-plan-slice';
import { Icon } from '../Icon';
import type { ExcelImported } from './use-excel-import';
import './excel-import.css';

/** What an import brought in and which rows it left out, and the hook that keeps it for a screen. */
export function useExcelImported() {
  const [done, setDone] = useState<(ExcelImported & { history: string }) | null>(null);
  const onImported = (imported: ExcelImported) =>
    setDone({ ...imported, history: historyKey(useAppStore.getState()) });
  return { done, onImported, dismiss: () => setDone(null) };
}

/**
 * The word on an import, said while the plan's history is as the import left it: after an undo
 * it would speak of rows that are gone. The dialog's button may have moved, so the word takes
 * focus.
 */
export function ExcelImportedNotice({
  done,
  onDismiss,
}: {
  done: (ExcelImported & { history: string }) | null;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const current = useAppStore((s) => done !== null && historyKey(s) === done.history);
  const ref = useRef<HTMLDivElement>(null);
  const shown = done !== null && current;

  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);

  if (!shown) return null;
  const rows = [...new Set(done.report.problems.map((p) => p.row))];
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-success excel-imported" role="status">
      <Icon name="success" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-text">
          {t('excelImport.imported', { count: done.report.imported, name: done.name })}{' '}
          {t('excelImport.undoHint')}
        </p>
        {rows.length > 0 && (
          <>
            <p className="alert-text">{t('excelImport.skipped', { count: rows.length })}</p>
            <ul>
              {done.report.problems.map((p, i) => (
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
          </>
        )}
      </div>
      <button type="button" className="alert-close" onClick={onDismiss}>
        <Icon name="close" />
        <span>{t('excelImport.dismiss')}</span>
      </button>
    </div>
  );
}
