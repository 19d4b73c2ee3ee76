import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../src/main/export/pdf/fonts';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import {
  activeStyleLookup,
  fastStyleLookup,
  installFastStyleLookup,
  pdfmakeStyleLookup,
  StyleStack,
} from '../../../src/main/export/pdf/style-lookup';
import { EXPORT_DATE, examplePlan, SLOW } from './plans';

/*
 * The faster lookup must change nothing but the time: every answer pdfmake's own would give,
 * and so the same PDF to the byte.
 */

const dictionary = {
  h1: { fontSize: 18, bold: true },
  muted: { color: '#555555' },
  red: { color: '#ff0000', bold: false },
  note: { extends: 'muted', italics: true },
  both: { extends: ['h1', 'note'] },
  loopA: { extends: 'loopB' },
  loopB: { extends: 'loopA', color: '#000001' },
  selfish: { extends: 'selfish' },
};
const defaults = { font: 'IBMPlexSans', fontSize: 9.5, lineHeight: 1.25 };

function stack(overrides: (string | Record<string, unknown>)[], withDefaults = true) {
  const s = new StyleStack(dictionary, withDefaults ? defaults : undefined);
  s.styleOverrides.push(...overrides);
  return s;
}

const items: (string | Record<string, unknown>)[] = [
  'plain text',
  {},
  { text: 'own', fontSize: 7, color: null, bold: false },
  { text: 'named', style: 'note' },
  { text: 'several', style: ['h1', 'muted'] },
  { text: 'the last style wins', style: ['muted', 'red'] },
  { text: 'inherits twice', style: 'both' },
  { text: 'cycle', style: 'loopA' },
  { text: 'self', style: 'selfish' },
  { text: 'missing style', style: 'nowhere' },
  { section: [], style: 'h1' },
];
const stacks = [
  null,
  stack([]),
  stack([], false),
  stack(['h1', { color: '#ff0000' }]),
  stack(['red', 'h1', 'muted']),
  stack([{ fontSize: 11 }, 'note', { italics: null }]),
  stack(['both', 'nowhere', { bold: undefined }]),
];
const properties = ['fontSize', 'bold', 'italics', 'color', 'font', 'lineHeight', 'noWrap'];

describe('the faster style lookup given to pdfmake', () => {
  it('answers every lookup as pdfmake’s own does', () => {
    let compared = 0;
    for (const item of items) {
      for (const s of stacks) {
        for (const property of properties) {
          const expected = pdfmakeStyleLookup(item, s, property, 'fallback');
          expect(
            fastStyleLookup(item, s, property, 'fallback'),
            `${JSON.stringify(item)} ${property}`,
          ).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBe(items.length * stacks.length * properties.length);
  });

  it(
    'gives the example plan’s PDF byte for byte as pdfmake’s own lookup does',
    { timeout: SLOW },
    async () => {
      const fonts = loadPdfFonts();
      const render = () => renderPlanPdf(examplePlan(), { lang: 'da', now: EXPORT_DATE, fonts });
      installFastStyleLookup();
      const fast = await render();
      expect(activeStyleLookup()).toBe(fastStyleLookup);
      const restore = installFastStyleLookup();
      restore();
      try {
        const own = await render();
        expect(activeStyleLookup()).toBe(pdfmakeStyleLookup);
        expect(fast.length).toBeGreaterThan(10_000);
        expect(fast.equals(own)).toBe(true);
      } finally {
        installFastStyleLookup();
      }
    },
  );
});
