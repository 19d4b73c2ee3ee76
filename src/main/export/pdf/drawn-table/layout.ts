import type { Face } from '../fit';

/**
 * A table laid out by Omstil itself instead of by pdfmake: used for the activity plan, where a
 * large plan has thousands of rows and pdfmake's per-piece measuring and drawing was most of an
 * export's time. Each page of the table becomes one pdfmake canvas (the rules and the header's
 * fill), so pdfmake still places the pages, numbers them and keeps the bookmarks; the text is drawn
 * onto those pages afterwards (see `draw.ts`). Everything here is pure arithmetic on line heights.
 */

/** One line of a cell. Text is already broken into lines that fit the column. */
export interface DrawnLine {
  text: string;
  face: Face;
  align?: 'left' | 'right';
  /** A line through the text, as for a cancelled activity's budget. */
  strike?: boolean;
  /** Drawn just before the text in its own colour, like a status bullet. */
  marker?: { text: string; color: string };
  /** Extra room above this line, in points. */
  spaceBefore?: number;
}

export type DrawnCell = readonly DrawnLine[];

export interface DrawnColumn {
  width: number;
  paddingLeft: number;
  paddingRight: number;
}

export interface DrawnTableSpec {
  columns: readonly DrawnColumn[];
  header: readonly DrawnCell[];
  rows: readonly (readonly DrawnCell[])[];
  /** A last row set apart by a stronger rule, such as the totals. */
  total?: readonly DrawnCell[];
  /** The room for the table on the page where it starts, below what comes before it. */
  firstPageHeight: number;
  /** The room on each page after that. */
  pageHeight: number;
  /** How tall a line of text in `face` is. */
  lineHeight: (face: Face) => number;
  padding: { top: number; bottom: number };
  colors: { headerFill: string; rule: string; hairline: string };
}

/** A line in place: `x` is where its column's text begins, `y` the top of the line. */
export interface PlacedLine extends DrawnLine {
  x: number;
  y: number;
  /** The column's width, for right alignment. */
  width: number;
  /** Whose cell the line is in, for the tagged PDF: row 0 is the header, the total comes last. */
  row: number;
  column: number;
}

export interface Rule {
  y: number;
  thickness: number;
  color: string;
}

export interface DrawnPage {
  lines: PlacedLine[];
  rules: Rule[];
  /** The table's width, rules and header fill included. */
  width: number;
  headerFill: { height: number; color: string };
  /** From the top of the header to the last rule. */
  height: number;
}

const STRONG_RULE = 0.8;
const HAIRLINE = 0.4;

export function layoutDrawnTable(spec: DrawnTableSpec): DrawnPage[] {
  const { columns, padding, colors } = spec;
  const left: number[] = [];
  let tableWidth = 0;
  for (const column of columns) {
    left.push(tableWidth + column.paddingLeft);
    tableWidth += column.paddingLeft + column.width + column.paddingRight;
  }
  const lineHeight = (line: DrawnLine) => (line.spaceBefore ?? 0) + spec.lineHeight(line.face);
  const cellHeight = (cell: DrawnCell) => cell.reduce((sum, line) => sum + lineHeight(line), 0);
  const rowHeight = (cells: readonly DrawnCell[]) =>
    padding.top + Math.max(0, ...cells.map(cellHeight)) + padding.bottom;
  const headerHeight = rowHeight(spec.header);
  const strong = { thickness: STRONG_RULE, color: colors.rule };
  const hairline = { thickness: HAIRLINE, color: colors.hairline };

  const pages: (DrawnPage & { room: number })[] = [];
  let page = newPage(spec.firstPageHeight);
  let y = headerHeight;
  let rowsOnPage = 0;

  function newPage(room: number): DrawnPage & { room: number } {
    const next: DrawnPage & { room: number } = {
      room,
      lines: [],
      rules: [],
      width: tableWidth,
      headerFill: { height: headerHeight, color: colors.headerFill },
      height: 0,
    };
    pages.push(next);
    return next;
  }
  function place(cells: readonly DrawnCell[], top: number, row: number) {
    cells.forEach((cell, column) => {
      let lineTop = top + padding.top;
      for (const line of cell) {
        lineTop += line.spaceBefore ?? 0;
        const width = columns[column]!.width;
        page.lines.push({ ...line, x: left[column]!, y: lineTop, width, row, column });
        lineTop += spec.lineHeight(line.face);
      }
    });
  }
  function rule(at: number, kind: { thickness: number; color: string }) {
    page.rules.push({ y: at, ...kind });
    page.height = at;
  }
  function startPage() {
    place(spec.header, 0, 0);
    y = headerHeight;
    rule(y, strong);
    rowsOnPage = 0;
  }
  function turnPage() {
    page = newPage(spec.pageHeight);
    startPage();
  }
  function addRow(
    cells: readonly DrawnCell[],
    row: number,
    below: { thickness: number; color: string },
  ) {
    let rest = cells;
    for (;;) {
      const height = rowHeight(rest);
      if (y + height <= page.room) {
        place(rest, y, row);
        y += height;
        rowsOnPage++;
        rule(y, below);
        return;
      }
      // A page with nothing on it yet and all of a page's room: turning it would gain nothing.
      const blank = rowsOnPage === 0 && page.room >= spec.pageHeight;
      if (!blank && headerHeight + height <= spec.pageHeight) {
        turnPage();
        continue;
      }
      // Taller than a page (a very long description): as many lines as there is room for here,
      // the rest on the next page.
      const [here, later] = splitRow(
        rest,
        page.room - y - padding.top - padding.bottom,
        lineHeight,
      );
      // The first cell names the row (the activity's title); a piece of a row without it would
      // leave figures on the page that nobody can tell whose they are.
      const unnamed = (rest[0]?.length ?? 0) > 0 && (here[0]?.length ?? 0) === 0;
      if (unnamed || here.every((cell) => cell.length === 0)) {
        if (blank) throw new Error('A line of the table is taller than a page');
        turnPage();
        continue;
      }
      place(here, y, row);
      y += rowHeight(here);
      rowsOnPage++;
      rule(y, hairline);
      rest = later;
      turnPage();
    }
  }

  /**
   * A total alone at the top of a page, under nothing but the header, does not say what it adds
   * up; the last row goes over with it when the two do not both fit where the row would stand.
   */
  function keepWithTotal(row: readonly DrawnCell[], total: readonly DrawnCell[]) {
    const both = rowHeight(row) + rowHeight(total);
    const rowFits = y + rowHeight(row) <= page.room;
    if (
      rowsOnPage > 0 &&
      rowFits &&
      y + both > page.room &&
      headerHeight + both <= spec.pageHeight
    ) {
      turnPage();
    }
  }

  startPage();
  spec.rows.forEach((row, i) => {
    const last = i === spec.rows.length - 1;
    if (last && spec.total) keepWithTotal(row, spec.total);
    addRow(row, i + 1, last && spec.total === undefined ? strong : hairline);
  });
  if (spec.total) addRow(spec.total, spec.rows.length + 1, strong);
  return pages.map(({ room: _room, ...drawn }) => drawn);
}

/** A row's cells cut where `room` points of lines end, each cell on its own line boundaries. */
function splitRow(
  cells: readonly DrawnCell[],
  room: number,
  lineHeight: (line: DrawnLine) => number,
): [DrawnCell[], DrawnCell[]] {
  const here: DrawnCell[] = [];
  const later: DrawnCell[] = [];
  for (const cell of cells) {
    let used = 0;
    let cut = 0;
    while (cut < cell.length && used + lineHeight(cell[cut]!) <= room) {
      used += lineHeight(cell[cut]!);
      cut++;
    }
    here.push(cell.slice(0, cut));
    const rest = cell.slice(cut);
    // A continued cell starts at the top of its new page, without the gap it had mid-cell.
    later.push(rest.length > 0 ? [{ ...rest[0]!, spaceBefore: 0 }, ...rest.slice(1)] : rest);
  }
  return [here, later];
}
