import type { ActivityStatus } from '../../../shared/model/enums';
import type { NodeProps, TableLayout } from './doc-types';

/** A calm, print-friendly look: one typeface, dark blue headings, hairline tables. */
export const FONT = 'IBMPlexSans';

export const COLOR = {
  text: '#1f2328',
  muted: '#5b6570',
  heading: '#0b3a66',
  accent: '#0059b3',
  rule: '#c8d0d9',
  hairline: '#dde3ea',
  headerFill: '#e9eff6',
  zebra: '#f6f8fa',
  panel: '#f2f5f9',
  track: '#e3e8ee',
  better: '#2f7d4f',
  worse: '#b3412e',
} as const;

/** Colours that stay apart in grey print too: light for not started, dark for running. */
export const STATUS_COLOR: Record<ActivityStatus, string> = {
  idea: '#aab4bf',
  planned: '#7ea6d8',
  'in-progress': '#0059b3',
  done: '#2f7d4f',
  cancelled: '#c0604f',
};

/** A4 in points with 2 cm side margins; the bottom margin leaves room for the footer. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: [57, 57, 57, 64] as [number, number, number, number],
};

export function contentWidth(orientation: 'portrait' | 'landscape'): number {
  const width = orientation === 'portrait' ? PAGE.width : PAGE.height;
  return width - PAGE.margins[0] - PAGE.margins[2];
}

export const BODY_SIZE = 9.5;
export const BODY_LINE_HEIGHT = 1.25;
export const SMALL_SIZE = 8;

export const STYLES: Record<string, NodeProps> = {
  h1: { fontSize: 18, bold: true, color: COLOR.heading, margin: [0, 0, 0, 4] },
  h2: { fontSize: 12, bold: true, color: COLOR.heading, margin: [0, 14, 0, 5] },
  h3: { fontSize: 10.5, bold: true, color: COLOR.text, margin: [0, 10, 0, 2] },
  /** The cover's title: its size is set on the node, by the title's length. */
  title: { bold: true, color: COLOR.heading },
  lead: { fontSize: 10, color: COLOR.muted, margin: [0, 0, 0, 10] },
  muted: { color: COLOR.muted },
  small: { fontSize: SMALL_SIZE },
  empty: { italics: true, color: COLOR.muted, margin: [0, 2, 0, 6] },
  label: { fontSize: SMALL_SIZE, color: COLOR.muted },
  th: { bold: true, fontSize: SMALL_SIZE, color: COLOR.text },
};

/** Cell padding of the data tables, left and right; the first column sits closer to the edge. */
export const CELL_PADDING = { first: [4, 5], other: [5, 5] } as const;

/** The width left for one `*` column beside fixed ones, padding included, in a data table. */
export function remainingWidth(
  orientation: 'portrait' | 'landscape',
  fixed: readonly number[],
): number {
  const padding =
    CELL_PADDING.first[0] +
    CELL_PADDING.first[1] +
    fixed.length * (CELL_PADDING.other[0] + CELL_PADDING.other[1]);
  return Math.floor(contentWidth(orientation) - padding - fixed.reduce((a, b) => a + b, 0));
}

/** Horizontal hairlines between rows, a stronger line under the header, no vertical lines. */
export const HAIRLINE_TABLE: TableLayout = {
  hLineWidth: (row, node) => {
    if (row === 0) return 0;
    const header = node.table.headerRows ?? 0;
    if (header > 0 && row === header) return 0.8;
    return row === node.table.body.length ? 0.8 : 0.4;
  },
  vLineWidth: () => 0,
  hLineColor: (row, node) =>
    row === (node.table.headerRows ?? 0) || row === node.table.body.length
      ? COLOR.rule
      : COLOR.hairline,
  fillColor: (row, node) => (row < (node.table.headerRows ?? 0) ? COLOR.headerFill : null),
  paddingLeft: (column) => (column === 0 ? CELL_PADDING.first[0] : CELL_PADDING.other[0]),
  paddingRight: (column) => (column === 0 ? CELL_PADDING.first[1] : CELL_PADDING.other[1]),
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

export const NO_LINES_TABLE: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};
