import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import { orderedSections, type PdfSection } from '../sections';
import { sectionContext } from './context';
import type { PdfFonts } from './fonts';
import type { Content, DocDefinition, NodeProps } from './doc-types';
import { documentFrame } from './frame';
import type { PageOverlay } from './overlay';
import { SECTION_BUILDERS, sectionPlan } from './sections';

export interface PlanPdfOptions {
  lang: Language;
  /** Which parts to include; all when left out or empty. */
  sections?: readonly PdfSection[];
  /** The date of export printed on the cover and stored in the metadata. */
  now?: Date;
}

/**
 * The whole pdfmake document definition for a plan; pure, so it can be inspected in tests. Long
 * texts arrive already broken into lines (see `fit.ts`). The activity table's text is not in it:
 * it is drawn onto the pages afterwards (see `planPdfParts`).
 */
export function planDocDefinition(
  doc: PlanDocument,
  options: PlanPdfOptions,
  fonts: PdfFonts | null = null,
): DocDefinition {
  return planPdfParts(doc, options, fonts).definition;
}

/** The definition for pdfmake, and what is drawn onto its pages once they are laid out. */
export function planPdfParts(
  doc: PlanDocument,
  options: PlanPdfOptions,
  fonts: PdfFonts | null = null,
): { definition: DocDefinition; overlays: PageOverlay[] } {
  const now = options.now ?? new Date();
  const ctx = sectionContext(doc, options.lang, now, fonts);
  const sections = sectionPlan(ctx, orderedSections(options.sections));
  const { present } = sections;
  const content: Content[] = [];
  let orientation: 'portrait' | 'landscape' | null = null;
  for (const key of present) {
    const builder = SECTION_BUILDERS[key];
    const built = builder.build(ctx, sections);
    const [first, ...rest] = built.length > 1 ? built : built.map(withoutTrailingMargin);
    if (rest.length > 0) rest[rest.length - 1] = withoutTrailingMargin(rest[rest.length - 1]!);
    if (first === undefined) continue;
    // Every section starts on a fresh page, turned the way its content needs.
    const opening =
      orientation === null ? first : startOnNewPage(first, builder.orientation, orientation);
    orientation = builder.orientation;
    content.push(opening, ...rest);
  }
  const title = doc.plan.title.trim() || ctx.t.document.untitled;
  const firstOrientation = present[0] ? SECTION_BUILDERS[present[0]].orientation : 'portrait';
  const definition = documentFrame(
    ctx,
    { title, subject: ctx.t.document.subject, orientation: firstOrientation, now },
    content,
  );
  return { definition, overlays: ctx.overlays };
}

/**
 * A section's last block without its space below: at the foot of a full page, pdfmake moves a
 * bottom margin that does not fit to a page of its own, and the next section's page break then
 * leaves that page blank.
 */
function withoutTrailingMargin(node: Content): Content {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) {
    if (node.length === 0) return node;
    return [...node.slice(0, -1), withoutTrailingMargin(node[node.length - 1]!)];
  }
  const margin = node.margin;
  const trimmed: Content =
    Array.isArray(margin) && margin.length === 4
      ? { ...node, margin: [margin[0], margin[1], margin[2], 0] }
      : node;
  if ('stack' in trimmed && trimmed.stack.length > 0) {
    return { ...trimmed, stack: withoutTrailingMargin(trimmed.stack) as Content[] };
  }
  return trimmed;
}

function startOnNewPage(
  node: Content,
  next: 'portrait' | 'landscape',
  previous: 'portrait' | 'landscape',
): Content {
  const pageBreak: NodeProps = {
    pageBreak: 'before',
    ...(next !== previous ? { pageOrientation: next } : {}),
  };
  if (typeof node === 'string') return { text: node, ...pageBreak };
  if (Array.isArray(node)) return { stack: node, ...pageBreak };
  return { ...node, ...pageBreak };
}
