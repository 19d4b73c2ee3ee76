import type { Content, Inline, TableNode, TextNode } from '../doc-types';
import { faceProps } from '../fit';
import { HAIRLINE_TABLE } from '../theme';
import type { DrawnCell, DrawnTableSpec } from './layout';

/**
 * A drawn table's cells as an ordinary table with a repeating header row, for a document a
 * word processor lays out: there, nothing is drawn onto pages, and the cells are the same.
 * Lines of one face and alignment that follow each other are one paragraph.
 */
export function flowingTable(
  spec: Pick<DrawnTableSpec, 'columns' | 'header' | 'rows' | 'total'>,
): TableNode {
  const rows = [...spec.rows, ...(spec.total ? [spec.total] : [])];
  return {
    table: {
      headerRows: 1,
      widths: spec.columns.map((c) => c.width),
      body: [spec.header, ...rows].map((row) => row.map(cellContent)),
    },
    layout: HAIRLINE_TABLE,
  };
}

function cellContent(cell: DrawnCell): Content {
  const paragraphs: TextNode[] = [];
  let previous: DrawnCell[number] | null = null;
  for (const line of cell) {
    const inline: Inline[] = [];
    if (line.marker) inline.push({ text: line.marker.text, color: line.marker.color, bold: true });
    inline.push({
      text: line.text,
      ...faceProps(line.face),
      ...(line.strike ? { decoration: 'lineThrough' as const } : {}),
    });
    const last = paragraphs.at(-1);
    const samePiece =
      previous !== null &&
      last !== undefined &&
      previous.face === line.face &&
      (previous.align ?? 'left') === (line.align ?? 'left') &&
      !line.spaceBefore;
    if (samePiece && Array.isArray(last.text)) last.text.push(' ', ...inline);
    else paragraphs.push({ text: inline, alignment: line.align ?? 'left' });
    previous = line;
  }
  if (paragraphs.length === 0) return { text: '' };
  return paragraphs.length === 1 ? paragraphs[0]! : { stack: paragraphs };
}
