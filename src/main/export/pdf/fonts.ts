import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';

/** IBM Plex Sans from dkfds, as TTF (pdfkit cannot read WOFF2). Semibold serves as bold. */
export const FONT_FILES = {
  normal: 'IBMPlexSans-Regular.ttf',
  bold: 'IBMPlexSans-SemiBold.ttf',
  italics: 'IBMPlexSans-Italic.ttf',
  bolditalics: 'IBMPlexSans-SemiBoldItalic.ttf',
} as const;

export type FontStyle = keyof typeof FONT_FILES;

/** The font files' bytes, read once; they are handed to a worker thread as they are. */
export type PdfFonts = Record<FontStyle, Uint8Array>;

/**
 * Finds `resources/fonts`: under `OMSTIL_RESOURCES` when set (the packaged app points it at its
 * resources), else by walking up from this file — the source tree under vitest, `out/node` in
 * the command's bundle, `out/main` in the app's.
 */
export function findFontsDir(
  start: string = __dirname,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const override = env['OMSTIL_RESOURCES'];
  if (override) return join(resolve(override), 'fonts');
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FONT_FILES.normal))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(resolve(start), 'resources', 'fonts');
    dir = parent;
  }
}

let cached: { dir: string; fonts: PdfFonts } | null = null;

export function loadPdfFonts(dir: string = findFontsDir()): PdfFonts {
  if (cached?.dir === dir) return cached.fonts;
  const read = (file: string): Uint8Array => {
    const path = join(dir, file);
    try {
      return readFileSync(path);
    } catch {
      throw new OmstilError(errors.notFound(path));
    }
  };
  const fonts: PdfFonts = {
    normal: read(FONT_FILES.normal),
    bold: read(FONT_FILES.bold),
    italics: read(FONT_FILES.italics),
    bolditalics: read(FONT_FILES.bolditalics),
  };
  cached = { dir, fonts };
  return fonts;
}
