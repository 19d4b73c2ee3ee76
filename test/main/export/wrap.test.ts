import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontMetrics } from '../../../src/main/export/pdf/font-metrics';
import { findFontsDir } from '../../../src/main/export/pdf/fonts';
import { wrapText } from '../../../src/main/export/pdf/wrap';

/** Every character one unit wide, so the expected lines can be counted by eye. */
const mono = (s: string) => [...s].length;

describe('breaking text into lines', () => {
  it('fills each line as far as it goes and breaks at spaces', () => {
    expect(wrapText('aaa bbb ccc ddd', 7, mono)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrapText('aaa bbb ccc', 100, mono)).toEqual(['aaa bbb ccc']);
  });

  it('breaks after a hyphen, slash or dash inside a word', () => {
    expect(wrapText('arbejdsgange/strøm til', 14, mono)).toEqual(['arbejdsgange/', 'strøm til']);
    expect(wrapText('MUS-samtaler om it', 12, mono)).toEqual(['MUS-samtaler', 'om it']);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefghij kl', 4, mono)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });

  it('keeps explicit line breaks and empty lines', () => {
    expect(wrapText('a b\n\nc', 10, mono)).toEqual(['a b', '', 'c']);
    expect(wrapText('', 10, mono)).toEqual(['']);
  });

  it('never returns a line wider than asked, and loses no word', () => {
    const text =
      'Kursus i det nye sagsbehandlingssystem koblet med opgaver fra egen sagsbunke – og mere';
    for (let width = 5; width < 60; width += 3) {
      const lines = wrapText(text, width, mono);
      for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});

describe('font metrics from the TrueType tables', () => {
  const regular = fontMetrics(readFileSync(join(findFontsDir(), 'IBMPlexSans-Regular.ttf')));
  const bold = fontMetrics(readFileSync(join(findFontsDir(), 'IBMPlexSans-SemiBold.ttf')));

  it('measures in points, proportional to the size', () => {
    const w = regular.width('Kompetenceplan', 10);
    expect(w).toBeGreaterThan(50);
    expect(w).toBeLessThan(90);
    expect(regular.width('Kompetenceplan', 20)).toBeCloseTo(w * 2, 6);
  });

  it('knows wide from narrow letters, Danish letters and semibold', () => {
    expect(regular.width('WWW', 10)).toBeGreaterThan(regular.width('iii', 10) * 2);
    expect(regular.width('æøå ÆØÅ', 10)).toBeGreaterThan(regular.width('aoa AOA', 10) * 0.9);
    expect(bold.width('Indsats', 10)).toBeGreaterThan(regular.width('Indsats', 10));
  });

  it('is additive, which the line breaking relies on', () => {
    expect(regular.width('Side 1 af 16', 8)).toBeCloseTo(
      regular.width('Side 1', 8) + regular.width(' af 16', 8),
      9,
    );
  });
});
