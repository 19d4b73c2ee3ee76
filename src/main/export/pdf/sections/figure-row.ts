import type { Content, TableNode } from '../doc-types';
import { COLOR, SMALL_SIZE } from '../theme';

export interface KeyFigure {
  label: string;
  value: string;
  note: string;
}

/** A row of key figures in panels, as on the summary page: label, large value, a note under it. */
export function figureRow(figures: readonly KeyFigure[]): TableNode {
  const cell = (f: KeyFigure): Content => ({
    stack: [
      { text: f.label, fontSize: SMALL_SIZE, color: COLOR.muted },
      { text: f.value, fontSize: 15, bold: true, color: COLOR.heading, margin: [0, 2, 0, 1] },
      { text: f.note, fontSize: 7.5, color: COLOR.muted },
    ],
  });
  return {
    table: { widths: figures.map(() => '*'), body: [figures.map(cell)] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : 6),
      vLineColor: () => '#ffffff',
      fillColor: () => COLOR.panel,
      paddingLeft: () => 9,
      paddingRight: () => 9,
      paddingTop: () => 8,
      paddingBottom: () => 8,
    },
    margin: [0, 0, 0, 8],
  };
}
