/**
 * The part of pdfmake 0.3's server API that Omstil uses. pdfmake ships no types, and
 * @types/pdfmake describes 0.2, which has neither access policies nor the singleton API.
 */
declare module 'pdfmake' {
  interface FontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  /** The part of the pdfkit document that pdfmake 0.3 creates which the overlays use. */
  export interface PdfKitDocument {
    switchToPage(index: number): unknown;
    /** pdfmake's: the font object for a face of a family it was given. */
    provideFont(family: string, bold: boolean, italics: boolean): unknown;
    /** The current font; pdfmake's own renderer sets it the same way. */
    _font: unknown;
    fontSize(size: number): unknown;
    fillColor(color: string): unknown;
    opacity(value: number): unknown;
    /**
     * pdfkit's writing of one run of text at a point, which its `text` calls for each line after
     * preparing the options, and after which it measures the run again to move its cursor on.
     */
    _fragment(
      text: string,
      x: number,
      y: number,
      options: { textWidth: number; wordCount: 1; strike?: boolean },
    ): unknown;
    widthOfString(text: string): number;
    on(event: 'data', listener: (chunk: Buffer) => void): unknown;
    on(event: 'end', listener: () => void): unknown;
    on(event: 'error', listener: (error: Error) => void): unknown;
    end(): void;
  }

  interface OutputDocument {
    /** The pdfkit document, drawn but not yet ended. */
    getStream(): Promise<PdfKitDocument>;
  }

  interface VirtualFileSystem {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: Buffer): void;
  }

  interface PdfMake {
    readonly virtualfs: VirtualFileSystem;
    setFonts(fonts: Record<string, FontFamily>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    setProgressCallback(callback: ((progress: number) => void) | undefined): void;
    createPdf(definition: object, options?: object): OutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}

/** pdfmake's style stack, whose property lookup `style-lookup.ts` replaces. */
declare module 'pdfmake/js/StyleContextStack' {
  export type StyleItem = string | Record<string, unknown>;

  export class StyleContextStack {
    constructor(
      styleDictionary: Record<string, Record<string, unknown> | undefined>,
      defaultStyle?: Record<string, unknown>,
    );
    styleDictionary: Record<string, Record<string, unknown> | undefined>;
    defaultStyle: Record<string, unknown> | undefined;
    styleOverrides: StyleItem[];
    /** Static and free of `this`: pdfmake calls it as `StyleContextStack.getStyleProperty(…)`. */
    static getStyleProperty: (
      item: StyleItem,
      stack: StyleContextStack | null | undefined,
      property: string,
      defaultValue: unknown,
    ) => unknown;
  }

  const exported: typeof StyleContextStack | { default: typeof StyleContextStack };
  export default exported;
}
