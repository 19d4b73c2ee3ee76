import { buildImpactMap, impactGaps, layoutImpactMap } from '../../../../shared/impact';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { bullet, emptyNote, sectionHeading, subheading } from '../blocks';
import { figure } from '../tagging/nodes';
import { COLOR, PAGE } from '../theme';
import { impactDrawing, PDF_IMPACT_LAYOUT } from './impact-map-drawing';

/**
 * Room for the drawing on a landscape page under the heading and a two-line lead (measured on the
 * example plan's PDF), leaving a line below for the note that the plan has no gaps.
 */
const DRAWING_HEIGHT = PAGE.width - PAGE.margins[1] - PAGE.margins[3] - 145;
/** Below this the labels (7.5 pt at full size) become too small to read in print. */
export const MIN_IMPACT_SCALE = 0.7;

/**
 * Why → who → how → what on one landscape page, drawn from the same layout as the screen's map,
 * then the plan's loose ends in words. A map too tall for a page even at the smallest readable
 * size is left to the screen; its gaps are still listed.
 */
export function impactMapSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.impactMap)];
  const map = buildImpactMap(doc);
  if (map.nodes.length === 0) return [...content, emptyNote(t.impactMap.empty)];
  content.push({ text: t.impactMap.lead, style: 'lead' });

  const gaps = impactGaps(doc);
  // Each box is at least this tall, so a long column rules the drawing out before any layout
  // (which, for a plan with thousands of activities, costs more than the rest of the page).
  const perColumn = new Map<number, number>();
  for (const n of map.nodes) perColumn.set(n.column, (perColumn.get(n.column) ?? 0) + 1);
  const tallest = Math.max(...perColumn.values());
  const least = PDF_IMPACT_LAYOUT.nodeHeight + PDF_IMPACT_LAYOUT.rowGap;
  const layout =
    tallest * least * MIN_IMPACT_SCALE <= DRAWING_HEIGHT
      ? layoutImpactMap(map, PDF_IMPACT_LAYOUT)
      : null;
  const scale = layout ? Math.min(1, DRAWING_HEIGHT / layout.height) : 0;
  if (layout && scale >= MIN_IMPACT_SCALE) {
    const count = (layer: number) =>
      ctx.f.integer(map.nodes.filter((n) => n.column === layer).length);
    const alt = t.figureAlt.impactMap(count(0), count(1), count(2), count(3));
    const drawing = impactDrawing(ctx, layout, new Set(gaps.map((g) => g.nodeId)), scale);
    content.push(figure(drawing, alt));
  } else {
    content.push(emptyNote(t.impactMap.tooLarge(ctx.f.integer(map.nodes.length))));
  }

  if (gaps.length === 0) {
    content.push({ ...emptyNote(t.impactMap.noGaps), margin: [0, 12, 0, 0] });
    return content;
  }
  const items: Content[] = gaps.map((g) => ({
    text: [bullet(COLOR.worse), g.message[ctx.lang]],
    margin: [0, 0, 0, 3],
  }));
  // The heading goes to the next page with the first gap rather than stand alone at the foot.
  content.push({
    stack: [subheading(t.impactMap.gaps(gaps.length)), items[0]!],
    unbreakable: true,
  });
  if (items.length > 1) content.push({ stack: items.slice(1) });
  return content;
}
