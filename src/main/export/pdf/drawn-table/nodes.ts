import type { CanvasElement, CanvasNode } from '../doc-types';
import type { PageOverlay } from '../overlay';
import type { StructureTag } from '../tagging/tags';
import { drawTablePage } from './draw';
import type { DrawnPage } from './layout';

/**
 * One canvas per page of a drawn table, holding what pdfmake draws itself (the header's fill and
 * the rules); each after the first starts a new page. The overlays write the text once pdfmake has
 * placed the canvases.
 */
export function drawnTableNodes(pages: readonly DrawnPage[]): {
  nodes: CanvasNode[];
  overlays: PageOverlay[];
} {
  const nodes: CanvasNode[] = [];
  const overlays: PageOverlay[] = [];
  // One table in the tagged PDF however many pages it runs over; its cells are tagged as the
  // overlays write them.
  const table: StructureTag = { role: 'Table', filledLater: true };
  pages.forEach((page, i) => {
    const canvas: CanvasElement[] = [
      {
        type: 'rect',
        x: 0,
        y: 0,
        w: page.width,
        h: page.headerFill.height,
        color: page.headerFill.color,
      },
      ...page.rules.map((rule): CanvasElement => ({
        type: 'line',
        x1: 0,
        y1: rule.y,
        x2: page.width,
        y2: rule.y,
        lineWidth: rule.thickness,
        lineColor: rule.color,
      })),
    ];
    const node: CanvasNode =
      i === 0 ? { canvas, tag: table } : { canvas, tag: table, pageBreak: 'before' };
    nodes.push(node);
    overlays.push({
      anchor: node,
      draw: (pdf, origin) => drawTablePage(pdf, page, origin, table),
    });
  });
  return { nodes, overlays };
}
