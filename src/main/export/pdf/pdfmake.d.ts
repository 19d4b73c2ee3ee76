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

  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
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
