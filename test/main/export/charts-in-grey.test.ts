import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionContext } from '../../../src/main/export/pdf/context';
import type { CanvasElement, Content } from '../../../src/main/export/pdf/doc-types';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import { timelineSection } from '../../../src/main/export/pdf/sections/timeline';
import { yearWheelDrawing } from '../../../src/main/export/pdf/sections/year-wheel-drawing';
import { ACTIVITY_STATUS_LABELS } from '../../../src/shared/i18n/enum-labels';
import type { PlanDocument } from '../../../src/shared/model/document';
import { ACTIVITY_STATUSES, YEAR_WHEEL_KINDS } from '../../../src/shared/model/enums';
import { examplePlan, EXPORT_DATE, SLOW } from './plans';
import { pdfText } from './poppler';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-grey-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sectionText(doc: PlanDocument, section: 'timeline', lang: 'da' | 'en') {
  const file = join(dir, `${section}-${lang}-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(file, await renderPlanPdf(doc, { lang, now: EXPORT_DATE, sections: [section] }));
  return pdfText(file);
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Every canvas in a piece of document content, depth first. */
function canvases(content: unknown): CanvasElement[][] {
  if (Array.isArray(content)) return content.flatMap(canvases);
  if (!content || typeof content !== 'object') return [];
  const found: CanvasElement[][] = [];
  for (const [key, value] of Object.entries(content)) {
    if (key === 'canvas') found.push(value as CanvasElement[]);
    else found.push(...canvases(value));
  }
  return found;
}

/**
 * What is left of a drawing in black and white: every colour taken out and every point moved so
 * the drawing starts at 0, 0. Two marks with the same outline differ only by hue.
 */
function inGrey(elements: readonly CanvasElement[]): string {
  const xs: number[] = [];
  const ys: number[] = [];
  const collect = (value: unknown, key = ''): void => {
    if (typeof value === 'number') {
      if (key === 'x' || key === 'x1' || key === 'x2') xs.push(value);
      if (key === 'y' || key === 'y1' || key === 'y2') ys.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) collect(v, k);
    }
  };
  collect(elements);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return JSON.stringify(elements, (key, value: unknown) => {
    if (key === 'color' || key === 'lineColor') return undefined;
    if (typeof value !== 'number') return value;
    const shifted =
      key === 'x' || key === 'x1' || key === 'x2'
        ? value - x0
        : key === 'y' || key === 'y1' || key === 'y2'
          ? value - y0
          : value;
    return Math.round(shifted * 10) / 10;
  });
}

/** The example plan with one activity of each status, all over the same months. */
function oneOfEachStatus(): PlanDocument {
  const doc = examplePlan();
  const template = doc.activities[0]!;
  doc.activities = ACTIVITY_STATUSES.map((status, i) => ({
    ...template,
    id: `61000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `Indsats med status ${status}`,
    status,
    start: '2026-10-01',
    end: '2027-03-31',
  }));
  return doc;
}

describe('the timeline in black and white', { timeout: SLOW }, () => {
  it('writes each activity’s status letter after its title, and explains the letters', async () => {
    const doc = examplePlan();
    const text = await sectionText(doc, 'timeline', 'da');
    const letters = { idea: 'I', planned: 'P', 'in-progress': 'G', done: 'F', cancelled: 'X' };
    for (const status of ACTIVITY_STATUSES) {
      expect(text).toContain(`${letters[status]} ${ACTIVITY_STATUS_LABELS[status].da}`);
    }
    const said = squash(text);
    for (const a of doc.activities)
      expect(said).toContain(squash(`${a.title} ${letters[a.status]}`));

    const english = await sectionText(doc, 'timeline', 'en');
    expect(english).toContain('O In progress');
    expect(english).toContain('D Done');
  });

  it('draws no two statuses’ bars alike once the colours are gone', () => {
    const ctx = sectionContext(oneOfEachStatus(), 'da', EXPORT_DATE, null);
    const bars = canvases(timelineSection(ctx))
      // The rows' bars: the legend's samples and the monthly load chart come first.
      .slice(-ACTIVITY_STATUSES.length)
      .map(inGrey);
    expect(new Set(bars).size).toBe(ACTIVITY_STATUSES.length);
  });
});

describe('the årshjul in black and white', () => {
  it('gives each kind a mark of its own shape, on the wheel and in its legend', () => {
    const doc = examplePlan();
    doc.plan.periodStart = '2026-01-01';
    const wheel = (items: PlanDocument['yearItems']): Content => {
      const ctx = sectionContext({ ...doc, yearItems: items }, 'da', EXPORT_DATE, null);
      return yearWheelDrawing(ctx, 1);
    };
    const items = YEAR_WHEEL_KINDS.map((kind, i) => ({
      ...doc.yearItems[0]!,
      id: `62000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      month: i + 1,
      kind,
    }));
    const [drawing = [], ...legend] = canvases(wheel(items));
    const [empty = []] = canvases(wheel([]));
    // What the items add to the empty wheel: their marks, in month order.
    const bare = new Set(empty.map((e) => JSON.stringify(e)));
    const marks = drawing.filter((e) => !bare.has(JSON.stringify(e)));
    const legendMarks = legend.map(inGrey);
    expect(new Set(legendMarks).size).toBe(YEAR_WHEEL_KINDS.length);
    const perItem = marks.length / items.length;
    const wheelMarks = items.map((_, i) => inGrey(marks.slice(i * perItem, (i + 1) * perItem)));
    expect(new Set(wheelMarks)).toEqual(new Set(legendMarks));
  });
});
