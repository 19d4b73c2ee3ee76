import {
  buildImpactMap,
  COUNTED_ABOVE,
  impactGaps,
  layoutImpactMap,
  type ImpactMap,
  type ImpactNode,
} from '../../../../shared/impact';
import type { SectionContext } from '../context';
import type { Content } from '../doc-types';
import { bullet, emptyNote, sectionHeading, subheading } from '../blocks';
import { fitLines, lineHeightOf } from '../fit';
import { figure } from '../tagging/nodes';
import { COLOR, contentWidth, PAGE } from '../theme';
import { boxText, type BoxText } from './impact-box';
import { countedActivities } from './impact-counted';
import { impactMapAltText } from './impact-map-alt-text';
import { impactDrawing, PDF_IMPACT_LAYOUT } from './impact-map-drawing';
import { impactPages } from './impact-pages';

/** A landscape page's height for content, between the margins. */
const PAGE_ROOM = PAGE.width - PAGE.margins[1] - PAGE.margins[3];
/**
 * Room for the drawing on a landscape page under the heading and a two-line lead (measured on the
 * example plan's PDF), leaving a line below for the note that the plan has no gaps.
 */
const DRAWING_HEIGHT = PAGE_ROOM - 145;
/** Room on the following pages, under the line that says which part of the map it is. */
const PART_HEIGHT = PAGE_ROOM - 24;
/** Below this the labels (7.5 pt at full size) become too small to read in print. */
export const MIN_IMPACT_SCALE = 0.7;

/**
 * Why → who → how → what on a landscape page, drawn from the same layout as the screen's map,
 * then the plan's loose ends in words. A map too tall for one page even at the smallest readable
 * size is split over pages at full size (see `impactPages`).
 */
export function impactMapSection(ctx: SectionContext): Content[] {
  const { t, doc } = ctx;
  const content: Content[] = [...sectionHeading(t.sections.impactMap)];
  const full = buildImpactMap(doc);
  if (full.nodes.length === 0) return [...content, emptyNote(t.impactMap.empty)];
  const gaps = impactGaps(doc);
  const gapIds = new Set(gaps.map((g) => g.nodeId));
  const counted = doc.activities.length > COUNTED_ABOVE;
  const map = counted ? countedActivities(full, ctx, gapIds) : full;

  const texts = new Map<string, BoxText>();
  const width = PDF_IMPACT_LAYOUT.columnWidth;
  for (const n of map.nodes) texts.set(n.id, boxText(ctx, n, width, gapIds.has(n.id)));
  const heightOf = (n: ImpactNode) => texts.get(n.id)?.height ?? PDF_IMPACT_LAYOUT.nodeHeight;
  const layout = (part: ImpactMap) => layoutImpactMap(part, PDF_IMPACT_LAYOUT, heightOf);

  const whole = layout(map);
  const lead = [t.impactMap.lead];
  if (counted) lead.push(t.impactMap.counted(ctx.f.integer(doc.activities.length)));
  const drawings: Content[] = [];
  const alt = impactMapAltText(doc, ctx.lang);
  const oneRoom = DRAWING_HEIGHT - longerLead(ctx, lead);
  // A word processor shows the map as its description (see `docx/`), which is never split.
  if (whole.height * MIN_IMPACT_SCALE <= oneRoom || ctx.layout === 'flowing') {
    const scale = Math.min(1, oneRoom / whole.height);
    drawings.push(figure(impactDrawing(ctx, whole, gapIds, scale, texts), alt));
  } else {
    const firstRoom = DRAWING_HEIGHT - longerLead(ctx, [...lead, t.impactMap.split(99)]);
    const pages = impactPages(map, heightOf, {
      first: firstRoom,
      rest: PART_HEIGHT,
      headerHeight: PDF_IMPACT_LAYOUT.headerHeight,
      rowGap: PDF_IMPACT_LAYOUT.rowGap,
    });
    lead.splice(1, 0, t.impactMap.split(pages.length));
    pages.forEach((part, i) => {
      const placed = layout(part);
      // Only a box taller than a page on its own makes a part shrink.
      const room = i === 0 ? firstRoom : PART_HEIGHT;
      const drawing = figure(
        impactDrawing(ctx, placed, gapIds, Math.min(1, room / placed.height), texts),
        `${alt} ${t.impactMap.part(i + 1, pages.length)}.`,
      );
      drawings.push(
        i === 0
          ? drawing
          : {
              stack: [
                {
                  text: t.impactMap.part(i + 1, pages.length),
                  fontSize: 8,
                  color: COLOR.muted,
                  margin: [0, 0, 0, 8],
                },
                drawing,
              ],
              pageBreak: 'before',
            },
      );
    });
  }
  content.push({ text: lead.join(' '), style: 'lead' }, ...drawings);

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

/** How much taller the lead is than its first sentence alone, which `DRAWING_HEIGHT` allows for. */
function longerLead(ctx: SectionContext, lead: readonly string[]): number {
  const face = { size: 10 };
  const lines = (text: string) => fitLines(ctx, text, contentWidth('landscape'), face).length;
  const extra = lines(lead.join(' ')) - lines(lead[0] ?? '');
  return extra * lineHeightOf(ctx, face);
}
