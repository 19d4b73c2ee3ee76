import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ExcelImportPreview,
  ExcelImportReport,
  SheetChoice,
  WorkbookOverview,
} from '../../../shared/excel-import/schema';
import { guessHeaderRow, guessMapping } from '../../../shared/excel-import/guess-mapping';
import type { AppError } from '../../../shared/errors';
import { useAppStore } from '../../store';

/** The dialog's state: the workbook's path, what was read of it, the choice and its preview. */
export interface ExcelImportState {
  path: string;
  overview: WorkbookOverview | null;
  choice: SheetChoice | null;
  /** True while the choice is the one kept from last time, until the user changes it. */
  remembered: boolean;
  preview: ExcelImportPreview | null;
  createNames: boolean;
  error: AppError | null;
}

export interface ExcelImported {
  name: string;
  report: ExcelImportReport;
}

const START: ExcelImportState = {
  path: '',
  overview: null,
  choice: null,
  remembered: false,
  preview: null,
  createNames: true,
  error: null,
};

/**
 * The first choice for a workbook: the mapping kept for its layout; else the first sheet whose
 * headers name a title column, with the mapping guessed from them; else the first sheet in use.
 */
export function firstChoice(overview: WorkbookOverview): SheetChoice | null {
  if (overview.remembered) return overview.remembered;
  const guesses = overview.sheets
    .filter((s) => s.firstRows.some((r) => r.cells.length > 0))
    .map((s) => {
      const headerRow = guessHeaderRow(s.firstRows.filter((r) => r.cells.length > 0));
      return { sheet: s.name, headerRow, columns: headerChoice(overview, s.name, headerRow) };
    });
  return guesses.find((g) => g.columns.includes('title')) ?? guesses[0] ?? null;
}

/** The guessed mapping for a sheet and header row. */
export function headerChoice(overview: WorkbookOverview, sheet: string, row: number) {
  const rows = overview.sheets.find((s) => s.name === sheet)?.firstRows ?? [];
  return guessMapping(rows.find((r) => r.row === row));
}

/**
 * Reading a workbook, previewing each choice as it is made (only the latest answer counts), and
 * importing: the calls of »Importér fra Excel …«, with the dialog's state.
 */
export function useExcelImport(onImported: (done: ExcelImported) => void) {
  const api = useAppStore((s) => s.api);
  const [state, setState] = useState<ExcelImportState>(START);
  const [busy, setBusy] = useState(false);
  const asked = useRef(0);
  const update = useCallback(
    (patch: Partial<ExcelImportState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );

  const read = async (path: string) => {
    setBusy(true);
    try {
      const result = await api.readExcelWorkbook({ path });
      if (!result.ok) {
        update({ path, overview: null, choice: null, preview: null, error: result.error });
        return;
      }
      const overview = result.value;
      update({
        path,
        overview,
        choice: firstChoice(overview),
        remembered: overview.remembered !== null,
        preview: null,
        error: null,
      });
    } finally {
      setBusy(false);
    }
  };

  const { choice, path, overview } = state;
  useEffect(() => {
    if (!overview || !choice || !choice.columns.includes('title')) return;
    const ask = ++asked.current;
    void api.previewExcelImport({ path, choice }).then((result) => {
      if (ask !== asked.current) return;
      if (result.ok) update({ preview: result.value, error: null });
      else update({ preview: null, error: result.error });
    });
  }, [api, overview, path, choice, update]);

  const choose = (next: SheetChoice) => update({ choice: next, remembered: false, preview: null });

  const importRows = async () => {
    if (!choice || !state.preview || busy) return;
    setBusy(true);
    try {
      const result = await api.importExcelActivities({
        path,
        choice,
        createNames: state.createNames,
      });
      if (!result.ok) {
        update({ error: result.error });
        return;
      }
      await useAppStore.getState().takeChange(result.value.change);
      onImported({ name: overview?.name ?? path, report: result.value.report });
    } finally {
      setBusy(false);
    }
  };

  const reset = (nextPath: string) => {
    asked.current += 1;
    setState({ ...START, path: nextPath });
  };

  return { state, busy, update, read, choose, importRows, reset };
}
