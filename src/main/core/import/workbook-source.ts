import { statSync } from 'node:fs';
import type * as WorkbookCells from './workbook-cells';
import type { Workbook } from './workbook-cells';

// The dialog reads one workbook several times (its sheets, a preview for each mapping tried, the
// import): it is parsed once and kept while the file stays as it was.

type Cells = typeof WorkbookCells;

let kept: { path: string; stamp: string; workbook: Workbook } | null = null;

/** The module that reads workbooks, loaded on first use: exceljs is large. */
export function workbookCells(): Promise<Cells> {
  return import('./workbook-cells');
}

function stampOf(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The workbook at `path`, parsed again only when the file has changed since last read. */
export async function readWorkbook(path: string): Promise<{ cells: Cells; workbook: Workbook }> {
  const cells = await workbookCells();
  const stamp = stampOf(path);
  if (kept && stamp !== null && kept.path === path && kept.stamp === stamp) {
    return { cells, workbook: kept.workbook };
  }
  const workbook = await cells.loadWorkbook(path);
  kept = stamp === null ? null : { path, stamp, workbook };
  return { cells, workbook };
}
