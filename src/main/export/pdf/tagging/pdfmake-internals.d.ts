/**
 * The parts of pdfmake 0.3's layout and drawing classes that the tagging wraps (see
 * `tagging/install.ts`). pdfmake ships no types; these are its CommonJS modules as they are.
 * The methods are typed as properties because the tagging replaces them on the prototypes.
 */
declare module 'pdfmake/js/LayoutBuilder' {
  export class LayoutBuilder {
    layoutDocument: (
      this: LayoutBuilder,
      docStructure: unknown,
      pdfDocument: unknown,
      ...rest: unknown[]
    ) => unknown[];
    processNode: (this: LayoutBuilder, node: Record<string, unknown>, ...rest: unknown[]) => void;
  }
  const exported: typeof LayoutBuilder | { default: typeof LayoutBuilder };
  export default exported;
}

declare module 'pdfmake/js/ElementWriter' {
  export class ElementWriter {
    addLine: (this: ElementWriter, line: object, ...rest: unknown[]) => unknown;
    addImage: (this: ElementWriter, image: object, ...rest: unknown[]) => unknown;
    addSVG: (this: ElementWriter, image: object, ...rest: unknown[]) => unknown;
    addVector: (this: ElementWriter, vector: object, ...rest: unknown[]) => unknown;
  }
  const exported: typeof ElementWriter | { default: typeof ElementWriter };
  export default exported;
}

declare module 'pdfmake/js/Renderer' {
  export class Renderer {
    pdfDocument: unknown;
    renderPages: (this: Renderer, pages: unknown[]) => void;
    renderLine: (this: Renderer, line: object, x: number, y: number) => void;
    renderVector: (this: Renderer, vector: object) => void;
    renderImage: (this: Renderer, image: object) => void;
    renderSVG: (this: Renderer, svg: object) => void;
    beginClip: (this: Renderer, rect: object) => void;
    endClip: (this: Renderer) => void;
    beginVerticalAlignment: (this: Renderer, item: object) => void;
    endVerticalAlignment: (this: Renderer, item: object) => void;
    renderWatermark: (this: Renderer, page: object) => void;
  }
  const exported: typeof Renderer | { default: typeof Renderer };
  export default exported;
}
