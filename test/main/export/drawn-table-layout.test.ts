import { describe, expect, it } from 'vitest';
import {
  layoutDrawnTable,
  type DrawnCell,
  type DrawnLine,
  type DrawnPage,
  type DrawnTableSpec,
  type PlacedLine,
} from '../../../src/main/export/pdf/drawn-table/layout';
import type { Face } from '../../../src/main/export/pdf/fit';

/*
 * Every line is as tall as its face's size, and the plain face is 10 pt, so a row of n plain lines
 * is PAD_TOP + 10n + PAD_BOTTOM = 10n + 5 points and the header (one line) is 15.
 */
const FACE: Face = { size: 10 };
const PAD_TOP = 2;
const PAD_BOTTOM = 3;
const HEADER = 15;
const COLORS = { headerFill: '#eeeeee', rule: '#111111', hairline: '#cccccc' };

/** Two columns: text from x = 5 and x = 5 + 100 + 4 + 3 = 112; the table is 167 wide. */
const COLUMNS = [
  { width: 100, paddingLeft: 5, paddingRight: 4 },
  { width: 50, paddingLeft: 3, paddingRight: 5 },
];
const HEADER_CELLS: DrawnCell[] = [
  [{ text: 'Titel', face: FACE }],
  [{ text: 'Beløb', face: FACE, align: 'right' }],
];

const line = (text: string, extra: Partial<DrawnLine> = {}): DrawnLine => ({
  text,
  face: FACE,
  ...extra,
});

/** A row named `name` with `n` lines in the first column ("A/1", "A/2", …) and an amount. */
function row(name: string, n: number): DrawnCell[] {
  return [
    Array.from({ length: n }, (_, i) => line(`${name}/${i + 1}`)),
    [line(`${name} kr.`, { align: 'right' })],
  ];
}

function spec(overrides: Partial<DrawnTableSpec>): DrawnTableSpec {
  return {
    columns: COLUMNS,
    header: HEADER_CELLS,
    rows: [],
    firstPageHeight: 60,
    pageHeight: 60,
    lineHeight: (face) => face.size,
    padding: { top: PAD_TOP, bottom: PAD_BOTTOM },
    colors: COLORS,
    ...overrides,
  };
}

const isHeader = (l: PlacedLine) => l.text === 'Titel' || l.text === 'Beløb';
const body = (page: DrawnPage) => page.lines.filter((l) => !isHeader(l));
const texts = (page: DrawnPage) => body(page).map((l) => l.text);
const find = (pages: DrawnPage[], text: string) => {
  const page = pages.findIndex((p) => p.lines.some((l) => l.text === text));
  return { page, line: pages[page]?.lines.find((l) => l.text === text) };
};
const isStrong = (rule: { color: string }) => rule.color === COLORS.rule;
const lastRule = (page: DrawnPage) => page.rules[page.rules.length - 1]!;

describe('laying out a table drawn by Omstil', () => {
  it('repeats the header at the top of every page, over its fill and with a strong rule under it', () => {
    const pages = layoutDrawnTable(
      spec({ rows: Array.from({ length: 9 }, (_, i) => row(`R${i}`, 2)) }),
    );
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const header = page.lines.filter(isHeader);
      expect(header.map((l) => [l.text, l.x, l.y])).toEqual([
        ['Titel', 5, PAD_TOP],
        ['Beløb', 112, PAD_TOP],
      ]);
      // Body text starts below the header, never under or over it.
      for (const l of body(page)) expect(l.y).toBeGreaterThanOrEqual(HEADER);
      expect(page.headerFill).toEqual({ height: HEADER, color: COLORS.headerFill });
      const underHeader = page.rules.find((r) => r.y === HEADER);
      expect(underHeader && isStrong(underHeader)).toBe(true);
    }
  });

  it('places every line of every row exactly once, in row order, within each page’s room', () => {
    // Rows of one to four lines and one taller than a page, on a first page shorter than the rest.
    const rows = Array.from({ length: 30 }, (_, i) => row(`R${i}`, i === 17 ? 14 : (i % 4) + 1));
    const pages = layoutDrawnTable(
      spec({ rows, total: row('Total', 1), firstPageHeight: 52, pageHeight: 73 }),
    );
    const expected = [...rows, row('Total', 1)].flatMap((cells) =>
      cells.flatMap((cell) => cell.map((l) => l.text)),
    );
    const placed = pages.flatMap(texts);
    expect([...placed].sort()).toEqual([...expected].sort());
    // Within a column the lines follow the rows (the columns are laid out one after the other).
    const firstColumn = pages.flatMap((p) =>
      body(p)
        .filter((l) => l.x === 5)
        .map((l) => l.text),
    );
    expect(firstColumn).toEqual(
      [...rows, row('Total', 1)].flatMap((cells) => cells[0]!.map((l) => l.text)),
    );
    pages.forEach((page, i) => {
      expect(page.height).toBeLessThanOrEqual(i === 0 ? 52 : 73);
      // No text runs below the page's last rule.
      for (const l of page.lines) expect(l.y + FACE.size).toBeLessThanOrEqual(page.height);
    });
  });

  it('moves a row that does not fit in what is left of a page whole to the next page', () => {
    // Header 15 + A 25 = 40 of 60; B needs 35, so it goes on, though 20 points are left.
    const pages = layoutDrawnTable(spec({ rows: [row('A', 2), row('B', 3)] }));
    expect(pages).toHaveLength(2);
    expect(texts(pages[0]!)).toEqual(['A/1', 'A/2', 'A kr.']);
    expect(texts(pages[1]!)).toEqual(['B/1', 'B/2', 'B/3', 'B kr.']);
    expect(pages[0]!.height).toBe(40);
    expect(find(pages, 'B/1').line!.y).toBe(HEADER + PAD_TOP);
    expect(pages[1]!.height).toBe(HEADER + 35);
  });

  it('fills a page exactly to its room before turning it', () => {
    // Header 15 + A 25 + B 20 (its gap included) = 60, the whole room.
    const pages = layoutDrawnTable(
      spec({ rows: [row('A', 2), [[line('B/1', { spaceBefore: 5 })], []]] }),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]!.height).toBe(60);
    expect(find(pages, 'B/1').line!.y).toBe(40 + PAD_TOP + 5);
  });

  it('splits a row taller than a page across pages, losing and repeating no line', () => {
    // B has ten lines (105 points with its gap) where a page holds 40 points of lines.
    const tall: DrawnCell[] = [
      Array.from({ length: 10 }, (_, i) => line(`B/${i + 1}`, i === 2 ? { spaceBefore: 3 } : {})),
      [line('B kr.', { align: 'right' })],
    ];
    const pages = layoutDrawnTable(spec({ rows: [row('A', 1), tall, row('C', 1)] }));
    // The tall row starts in the room left under A rather than leaving it empty: 25 points there
    // hold B/1 and B/2, but not B/3 with its gap (33).
    expect(texts(pages[0]!)).toEqual(['A/1', 'A kr.', 'B/1', 'B/2', 'B kr.']);
    expect(texts(pages[1]!)).toEqual(['B/3', 'B/4', 'B/5', 'B/6']);
    expect(texts(pages[2]!)).toEqual(['B/7', 'B/8', 'B/9', 'B/10']);
    expect(texts(pages[3]!)).toEqual(['C/1', 'C kr.']);
    // The gap belonged between two lines; at the top of a page it would only push the text down.
    const continued = find(pages, 'B/3').line!;
    expect(continued.spaceBefore ?? 0).toBe(0);
    expect(continued.y).toBe(HEADER + PAD_TOP);
    for (const page of pages) expect(page.height).toBeLessThanOrEqual(60);
  });

  it('ends the table with the total row under a strong rule', () => {
    const pages = layoutDrawnTable(
      spec({ rows: [row('A', 1), row('B', 1)], total: row('I alt', 1) }),
    );
    const last = pages[pages.length - 1]!;
    expect(
      body(last)
        .slice(-2)
        .map((l) => l.text),
    ).toEqual(['I alt/1', 'I alt kr.']);
    const totalTop = find(pages, 'I alt/1').line!.y;
    for (const l of pages.flatMap(body)) expect(l.y).toBeLessThanOrEqual(totalTop);
    expect(isStrong(lastRule(last))).toBe(true);
    expect(lastRule(last).y).toBe(last.height);
    // The data rows above it are parted by hairlines only.
    const rowRules = pages.flatMap((p) => p.rules.filter((r) => r.y > HEADER));
    expect(rowRules.map(isStrong)).toEqual([false, false, true]);
    expect(rowRules[0]!.thickness).toBeLessThan(rowRules[2]!.thickness);
    expect(rowRules[0]!.color).toBe(COLORS.hairline);
  });

  it('never leaves the total row alone on a page: the last row goes over with it', () => {
    // Header 15 + three rows of 15 fill the 60 points exactly; the total does not fit under them.
    const pages = layoutDrawnTable(
      spec({ rows: [row('A', 1), row('B', 1), row('C', 1)], total: row('I alt', 1) }),
    );
    expect(pages).toHaveLength(2);
    expect(texts(pages[0]!)).toEqual(['A/1', 'A kr.', 'B/1', 'B kr.']);
    expect(texts(pages[1]!)).toEqual(['C/1', 'C kr.', 'I alt/1', 'I alt kr.']);
    // A total that fits under the last row stays where it is.
    const fits = layoutDrawnTable(
      spec({ rows: [row('A', 1), row('B', 1)], total: row('I alt', 1) }),
    );
    expect(fits).toHaveLength(1);
  });

  it('puts the strong rule under the last row when there is no total row', () => {
    const pages = layoutDrawnTable(spec({ rows: [row('A', 1), row('B', 1), row('C', 2)] }));
    const rowRules = pages.flatMap((p) => p.rules.filter((r) => r.y > HEADER));
    expect(rowRules.map(isStrong)).toEqual([false, false, true]);
    const last = pages[pages.length - 1]!;
    expect(lastRule(last).y).toBe(last.height);
    expect(body(last).map((l) => l.text)).toContain('C/2');
  });

  it('keeps right-aligned lines right-aligned within their column, and places columns by their padding', () => {
    const pages = layoutDrawnTable(spec({ rows: [row('A', 1)] }));
    const amount = find(pages, 'A kr.').line!;
    expect(amount).toMatchObject({ align: 'right', x: 112, width: 50 });
    expect(find(pages, 'Beløb').line).toMatchObject({ align: 'right', x: 112, width: 50 });
    const title = find(pages, 'A/1').line!;
    expect(title).toMatchObject({ x: 5, width: 100, y: HEADER + PAD_TOP });
    expect(title.align).toBeUndefined();
    expect(pages[0]!.width).toBe(5 + 100 + 4 + 3 + 50 + 5);
  });

  it('keeps what a line says about itself: strike, marker and face', () => {
    const bullet = { text: '• ', color: '#00aa00' };
    const pages = layoutDrawnTable(
      spec({
        rows: [
          [
            [line('Aflyst', { face: { size: 10, italics: true, color: '#777777' } })],
            [line('7.250 kr.', { align: 'right', strike: true, marker: bullet })],
          ],
        ],
      }),
    );
    expect(find(pages, '7.250 kr.').line).toMatchObject({ strike: true, marker: bullet });
    expect(find(pages, 'Aflyst').line!.face).toEqual({ size: 10, italics: true, color: '#777777' });
  });

  it('refuses a line taller than an empty page instead of dropping it or looping', () => {
    const huge = line('Kæmpe', { face: { size: 100 } });
    expect(() => layoutDrawnTable(spec({ rows: [[[huge], []]] }))).toThrow(/taller than a page/);
    // Also when it comes after rows that did fit.
    expect(() => layoutDrawnTable(spec({ rows: [row('A', 1), [[huge], []]] }))).toThrow(
      /taller than a page/,
    );
  });

  it('starts the table on the next page when the first page has too little room for its first row', () => {
    // Header 15 + row 15 = 30 > 25: the row must go to the next page, not be refused.
    const pages = layoutDrawnTable(spec({ rows: [row('A', 1)], firstPageHeight: 25 }));
    expect(pages.map(texts)).toEqual([[], ['A/1', 'A kr.']]);
  });

  it('never leaves a piece of a split row on a page without the line that names it', () => {
    // 12-pt title lines are taller than the 10-pt amount: the amount
    // alone would fit (11 pt of room for lines after A's 40), the title would not.
    const tall = (n: number): DrawnCell[] => [
      Array.from({ length: n }, (_, i) => line(`T${i}`, { face: { size: 12 } })),
      [line('5 kr.', { align: 'right' })],
    ];
    const pages = layoutDrawnTable(spec({ rows: [row('A', 2), tall(8)], firstPageHeight: 56 }));
    for (const page of pages) {
      const names = body(page).filter((l) => l.text.startsWith('T') || l.text.startsWith('A/'));
      if (body(page).length > 0) expect(names.length).toBeGreaterThan(0);
    }
    expect(find(pages, '5 kr.').page).toBe(find(pages, 'T0').page);
  });
});
