import type { ReactNode } from 'react';

/** One column of a figure table: its heading and what each row shows in it. */
export interface FigureColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures: right-aligned in digits of one width, so they line up. */
  numeric?: boolean;
  /** Kept on one line, as an amount of money or a date is. */
  nowrap?: boolean;
  /** The column's cell in the totals row. */
  total?: ReactNode;
}

export interface FigureTableProps<Row> {
  /** The table's name for a screen reader; shown unless a heading beside it says it already. */
  caption?: ReactNode;
  captionHidden?: boolean;
  /** Classes after `table table--compact`, for the look of the screen it is on. */
  className: string;
  /** The first column: each row's name, a row header. */
  rowHeader: { header: ReactNode; cell: (row: Row) => ReactNode; nowrap?: boolean };
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The name of a totals row below the rows (its cells are the columns' `total`). */
  totalLabel?: ReactNode;
  /** A wide table scrolls on its own instead of widening the page. */
  scroll?: boolean;
}

const cellClass = ({ numeric, nowrap }: { numeric?: boolean; nowrap?: boolean }) =>
  [numeric ? 'numeric' : '', nowrap ? 'nowrap' : ''].filter(Boolean).join(' ') || undefined;

/**
 * A table of figures: a caption, a header row, one row per thing with its name as the row
 * header, figures right-aligned, and maybe a totals row. The one way the screens draw such a
 * table, so each reads the same to a screen reader (caption, `scope` on every header).
 */
export function FigureTable<Row>({
  caption,
  captionHidden = false,
  className,
  rowHeader,
  columns,
  rows,
  rowKey,
  totalLabel,
  scroll = false,
}: FigureTableProps<Row>) {
  const table = (
    <table className={`table table--compact ${className}`}>
      {caption !== undefined && (
        <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
      )}
      <thead>
        <tr>
          <th scope="col">{rowHeader.header}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            <th scope="row" className={rowHeader.nowrap ? 'nowrap' : undefined}>
              {rowHeader.cell(row)}
            </th>
            {columns.map((column) => (
              <td key={column.key} className={cellClass(column)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {totalLabel !== undefined && (
        <tfoot>
          <tr>
            <th scope="row">{totalLabel}</th>
            {columns.map((column) => (
              <td key={column.key} className={cellClass(column)}>
                {column.total}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}
