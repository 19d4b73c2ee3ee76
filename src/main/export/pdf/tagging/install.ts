import * as rendererModule from 'pdfmake/js/Renderer';
import type { Renderer } from 'pdfmake/js/Renderer';
import type { DocDefinition } from '../doc-types';
import { compactPageContent } from '../page-content';
import { commonJsClass } from './commonjs';
import { installLayoutStamps, STAMP, type TagPath } from './stamp';
import { StructureTagger, type TaggablePdf } from './tagger';
import { pagination } from './nodes';

/*
 * pdfkit can write a tagged PDF (marked content, a structure tree, artifacts), but pdfmake,
 * which drives it, uses none of that: it only passes `tagged` and `language` on. Here pdfmake's
 * renderer is wrapped so that each item it draws is first marked by a `StructureTagger` from the
 * path it was stamped with during layout (see `stamp.ts`). Documents without `tagged` are drawn
 * exactly as before.
 */

const taggers = new WeakMap<object, StructureTagger>();

/** The tagger of a document being drawn, for the overlays drawn after pdfmake. */
export function taggerOf(pdf: object): StructureTagger | undefined {
  return taggers.get(pdf);
}

type Stamped = Record<string, unknown>;
const pathOf = (item: object) => (item as Stamped)[STAMP] as TagPath | undefined;

let installed = false;

export function installTagging(): void {
  if (installed) return;
  installed = true;
  installLayoutStamps();
  const proto = commonJsClass<typeof Renderer>(rendererModule).prototype;
  const original = { ...pick(proto) };
  const taggerFor = (renderer: Renderer) => taggers.get(renderer.pdfDocument as object);

  proto.renderPages = function (this: Renderer, pages) {
    const pdf = this.pdfDocument as TaggablePdf & {
      options: { tagged?: boolean };
      addPage: (...args: unknown[]) => unknown;
    };
    if (pdf.options.tagged !== true) return original.renderPages.call(this, pages);
    const tagger = new StructureTagger(pdf);
    taggers.set(pdf, tagger);
    // A marked sequence may not run from one page onto the next.
    const addPage = pdf.addPage;
    pdf.addPage = function (...args: unknown[]) {
      tagger.close();
      compactPageContent(this);
      return addPage.apply(this, args);
    };
    try {
      original.renderPages.call(this, pages);
    } finally {
      tagger.close();
      Reflect.deleteProperty(pdf, 'addPage');
    }
  };
  proto.renderLine = function (this: Renderer, line, x, y) {
    const tagger = taggerFor(this);
    if (tagger) {
      tagger.mark(pathOf(line), true);
      spaceAtLineEnd(line as PdfmakeLine);
    }
    original.renderLine.call(this, line, x, y);
  };
  for (const method of ['renderVector', 'renderImage', 'renderSVG'] as const) {
    proto[method] = function (this: Renderer, item: object) {
      taggerFor(this)?.mark(pathOf(item), false);
      original[method].call(this, item);
    };
  }
  // Clips and alignments save and restore the graphics state; sequences must not cross them.
  for (const method of [
    'beginClip',
    'endClip',
    'beginVerticalAlignment',
    'endVerticalAlignment',
    'renderWatermark',
  ] as const) {
    proto[method] = function (this: Renderer, ...args: unknown[]) {
      taggerFor(this)?.close();
      (original[method] as (...a: unknown[]) => void).apply(this, args);
    };
  }
}

interface PdfmakeLine {
  inlines: { text: string }[];
  lastLineInParagraph?: boolean;
}

/**
 * A screen reader reads a paragraph's lines from the structure tree one after the other, and
 * pdfmake draws a line without the space it broke at, so the last word of one line and the first
 * of the next would run together. The space is invisible at the end of the line. A line broken
 * at a hyphen goes on without one.
 */
function spaceAtLineEnd(line: PdfmakeLine): void {
  if (line.lastLineInParagraph) return;
  // A line Omstil broke itself ends in an empty piece where its line break was.
  const last = line.inlines.findLast((inline) => inline.text.length > 0);
  if (last && !/[\s-]$/.test(last.text)) last.text += ' ';
}

function pick(proto: Renderer) {
  return {
    renderPages: proto.renderPages,
    renderLine: proto.renderLine,
    renderVector: proto.renderVector,
    renderImage: proto.renderImage,
    renderSVG: proto.renderSVG,
    beginClip: proto.beginClip,
    endClip: proto.endClip,
    beginVerticalAlignment: proto.beginVerticalAlignment,
    endVerticalAlignment: proto.endVerticalAlignment,
    renderWatermark: proto.renderWatermark,
  };
}

/**
 * A definition made ready for a tagged PDF: marked as tagged, in PDF 1.7 (where tagged PDF and
 * per-element languages are defined), and with its footer and any running head artifacts,
 * which screen readers skip rather than read out on every page.
 */
export function taggedDefinition(definition: DocDefinition): DocDefinition {
  const { footer, header } = definition;
  return {
    ...definition,
    version: '1.7',
    tagged: true,
    footer: (page, pages, size) => pagination(footer(page, pages, size)),
    ...(header ? { header: (page, pages, size) => pagination(header(page, pages, size)) } : {}),
  };
}
