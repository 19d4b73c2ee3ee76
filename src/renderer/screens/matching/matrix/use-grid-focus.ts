import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Position {
  row: string;
  col: string;
  /** Where the position was, so focus stays near when its row or column disappears. */
  r: number;
  c: number;
}

export interface GridFocus {
  /** Whether this cell is the grid's one tab stop. */
  isActive: (row: string, col: string) => boolean;
  ref: (row: string, col: string) => (element: HTMLElement | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Remembers a click, so Tab returns to the cell used last. */
  select: (row: string, col: string) => void;
  /** Focuses a cell once it has rendered, e.g. one whose column a toggle just created. */
  focusWhenShown: (row: string, col: string) => void;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));
const cellKey = (row: string, col: string) => `${row}\u0000${col}`;

/**
 * A roving tab index over a grid of cells, as the WAI-ARIA grid pattern describes: one cell is in
 * the tab order, the arrow keys move between cells, Home/End go to the ends of the row and
 * Ctrl+Home/End to the first and last cell.
 */
export function useGridFocus(rows: readonly string[], cols: readonly string[]): GridFocus {
  const [active, setActive] = useState<Position | null>(null);
  const cells = useRef(new Map<string, HTMLElement>());
  const pending = useRef<string | null>(null);

  let r = active ? rows.indexOf(active.row) : 0;
  let c = active ? cols.indexOf(active.col) : 0;
  if (r < 0) r = clamp(active?.r ?? 0, rows.length - 1);
  if (c < 0) c = clamp(active?.c ?? 0, cols.length - 1);
  const currentRow = rows[r];
  const currentCol = cols[c];

  const moveTo = (nr: number, nc: number) => {
    const row = rows[clamp(nr, rows.length - 1)];
    const col = cols[clamp(nc, cols.length - 1)];
    if (row === undefined || col === undefined) return;
    setActive({ row, col, r: rows.indexOf(row), c: cols.indexOf(col) });
    cells.current.get(cellKey(row, col))?.focus();
  };

  useEffect(() => {
    if (pending.current === null) return;
    const element = cells.current.get(pending.current);
    if (element) {
      element.focus();
      pending.current = null;
    }
  });

  const ref = useCallback(
    (row: string, col: string) => (element: HTMLElement | null) => {
      if (element) cells.current.set(cellKey(row, col), element);
      else cells.current.delete(cellKey(row, col));
    },
    [],
  );

  return {
    isActive: (row, col) => row === currentRow && col === currentCol,
    ref,
    select: (row, col) => setActive({ row, col, r: rows.indexOf(row), c: cols.indexOf(col) }),
    focusWhenShown: (row, col) => {
      pending.current = cellKey(row, col);
      setActive({ row, col, r, c });
    },
    onKeyDown: (event) => {
      const last = { r: rows.length - 1, c: cols.length - 1 };
      const moves: Record<string, [number, number] | undefined> = {
        ArrowUp: [r - 1, c],
        ArrowDown: [r + 1, c],
        ArrowLeft: [r, c - 1],
        ArrowRight: [r, c + 1],
        Home: event.ctrlKey ? [0, 0] : [r, 0],
        End: event.ctrlKey ? [last.r, last.c] : [r, last.c],
        PageUp: [r - 5, c],
        PageDown: [r + 5, c],
      };
      const target = moves[event.key];
      if (!target || event.altKey || event.metaKey) return;
      event.preventDefault();
      moveTo(target[0], target[1]);
    },
  };
}
