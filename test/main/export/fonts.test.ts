import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, findFontsDir, loadPdfFonts } from '../../../src/main/export/pdf/fonts';
import { catchAppError } from '../../helpers/errors';

const root = resolve(__dirname, '../../..');

describe('the PDF fonts', () => {
  it('are found from the sources, from a bundle folder and through OMSTIL_RESOURCES', () => {
    const fonts = join(root, 'resources', 'fonts');
    expect(findFontsDir(join(root, 'src/main/export/pdf'), {})).toBe(fonts);
    expect(findFontsDir(join(root, 'out/node/chunks'), {})).toBe(fonts);
    expect(
      findFontsDir(join(root, 'out/main'), { OMSTIL_RESOURCES: '/opt/omstil/resources' }),
    ).toBe('/opt/omstil/resources/fonts');
  });

  it('ship as TrueType with their licence', () => {
    const fonts = findFontsDir();
    for (const file of Object.values(FONT_FILES)) expect(existsSync(join(fonts, file))).toBe(true);
    expect(existsSync(join(fonts, 'IBMPlexSans-OFL.txt'))).toBe(true);
    const regular = loadPdfFonts(fonts).normal;
    // TrueType fonts start with version 1.0; WOFF2 ("wOF2") would crash pdfkit.
    expect([...regular.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
  });

  it('are refused with a message naming the file when missing', () => {
    const error = catchAppError(() => loadPdfFonts('/nonexistent/fonts'));
    expect(error.code).toBe('not-found');
    expect(error.message.da).toContain('IBMPlexSans-Regular.ttf');
  });
});
