import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionContext } from '../../../src/main/export/pdf/context';
import type { CanvasElement } from '../../../src/main/export/pdf/doc-types';
import { renderPlanPdf } from '../../../src/main/export/pdf/render';
import { impactMapSection } from '../../../src/main/export/pdf/sections/impact-map';
import type { PlanDocument } from '../../../src/shared/model/document';
import { LONG_OBJECTIVE, manyCompetences } from './impact-plans';
import { examplePlan, EXPORT_DATE, SLOW } from './plans';
import { pdfPages, pdfPageText, pdfText } from './poppler';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-map-print-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mapPdf(doc: PlanDocument) {
  const file = join(dir, `map-${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(
    file,
    await renderPlanPdf(doc, { lang: 'da', now: EXPORT_DATE, sections: ['impactMap'] }),
  );
  return file;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Each drawing of the map (one per page) as its boxes and its lines. */
function drawings(doc: PlanDocument) {
  const found: CanvasElement[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'canvas') found.push(value as CanvasElement[]);
        else walk(value);
      }
    }
  };
  walk(impactMapSection(sectionContext(doc, 'da', EXPORT_DATE, null)));
  return found.map((canvas) => ({
    boxes: canvas.flatMap((e) => (e.type === 'rect' ? [e] : [])),
    lines: canvas.flatMap((e) => (e.type === 'polyline' ? [e.points] : [])),
  }));
}

type Box = { x: number; y: number; w: number; h: number };
type Point = { x: number; y: number };

/**
 * Whether the segment from a to b passes through the inside of the box (Liang–Barsky). A line
 * may end on a box's side; `inset` keeps that touch from counting.
 */
function crosses(a: Point, b: Point, box: Box, inset = 0.3): boolean {
  const [left, right] = [box.x + inset, box.x + box.w - inset];
  const [top, bottom] = [box.y + inset, box.y + box.h - inset];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

function linesThroughBoxes(doc: PlanDocument): number {
  let count = 0;
  for (const { boxes, lines } of drawings(doc)) {
    for (const points of lines) {
      for (let i = 0; i + 1 < points.length; i++) {
        if (boxes.some((box) => crosses(points[i]!, points[i + 1]!, box))) count += 1;
      }
    }
  }
  return count;
}

describe('the impact map in print', { timeout: SLOW }, () => {
  it('prints every learning objective in full, however long', async () => {
    const doc = examplePlan();
    doc.competences[0]!.learningObjectives = [LONG_OBJECTIVE, `${LONG_OBJECTIVE} Og mere endnu.`];
    const text = squash(pdfText(await mapPdf(doc)));
    for (const c of doc.competences) {
      for (const objective of c.learningObjectives) expect(text).toContain(squash(objective));
    }
    expect(text).not.toContain('…');
  });

  it('routes no line through a box, on one page or many', () => {
    const example = examplePlan();
    const drawn = drawings(example);
    expect(drawn.flatMap((d) => d.lines).length).toBeGreaterThan(20);
    expect(linesThroughBoxes(example)).toBe(0);
    expect(linesThroughBoxes(manyCompetences(12))).toBe(0);
  });

  it('splits a large plan’s map over pages, each competence with its links beside it', async () => {
    const count = 64;
    const doc = manyCompetences(count);
    const file = await mapPdf(doc);
    const pages = pdfPages(file);
    const texts = Array.from({ length: pages }, (_, i) => squash(pdfPageText(file, i + 1)));
    // Each competence box is about a quarter of a page tall: four or five to a page.
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(count / 5));
    expect(pages).toBeLessThanOrEqual(Math.ceil(count / 3));
    expect(texts.join('')).not.toContain(squash('kan ikke læses på én side'));
    expect(texts[0]).toContain(squash(`delt over ${String(pages)} sider`));
    for (const [i, text] of texts.entries()) {
      expect(text).toContain(squash('Hvordan: kompetencer og læringsmål'));
      if (i > 0) expect(text).toContain(squash(`Kortet fortsat, del ${i + 1} af ${pages}`));
    }
    for (const c of doc.competences) {
      const on = texts.flatMap((text, page) => (text.includes(squash(`${c.title}`)) ? [page] : []));
      expect(on, c.title).toHaveLength(1);
      const page = texts[on[0]!]!;
      for (const objective of c.learningObjectives) expect(page).toContain(squash(objective));
      for (const a of doc.activities.filter((x) => x.competenceIds.includes(c.id))) {
        expect(page).toContain(squash(a.title));
      }
      for (const d of doc.drivers.filter((x) => c.driverIds.includes(x.id))) {
        expect(page).toContain(squash(d.title));
      }
    }
  });

  it('counts each competence’s activities in a plan with hundreds of them', async () => {
    const doc = manyCompetences(8);
    const template = doc.activities[0]!;
    doc.activities = Array.from({ length: 240 }, (_, i) => ({
      ...template,
      id: `63000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `Kursushold nummer ${i + 1}`,
      competenceIds: i === 0 ? [] : [doc.competences[i % 8]!.id],
    }));
    const file = await mapPdf(doc);
    const text = pdfText(file);
    expect(text).toContain('Planen har 240 indsatser, så kortet viser');
    expect(text).toContain('30 indsatser');
    expect(text).toContain('1 indsats uden kompetence');
    expect(text).not.toContain('Kursushold nummer 2 ');
    // The one loose activity is still named, in the list of gaps.
    expect(squash(text)).toContain(squash('»Kursushold nummer 1«'));
    expect(pdfPages(file)).toBeLessThanOrEqual(4);
  });
});
