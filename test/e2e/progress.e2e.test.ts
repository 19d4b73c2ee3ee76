import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { emptyPlanDocument } from '../../src/main/core/services/plan-factory';
import { PlanSession } from '../../src/main/core/services/plan-session';
import { systemEnvironment } from '../../src/main/core/services/clock';
import { addDays, daysBetween } from '../../src/shared/progress';
import type { PlanDocument } from '../../src/shared/model/document';
import { entityDefaults } from '../../src/shared/model/defaults';
import { axeViolations, RESULTS, screenshot, type Harness } from './harness';
import { browserSuite, DANISH_1280, goToStep } from './session';

/** A plan with one loose end of every kind the impact map flags, and one whole chain. */
function planWithGaps(): PlanDocument {
  const env = systemEnvironment;
  const stamp = env.now().toISOString();
  const doc = emptyPlanDocument('Plan med huller', 'da', env);
  const id = () => env.newId();
  const [why, lonelyWhy, who, lonelyWho, how, unserved, what, stray] = [
    id(),
    id(),
    id(),
    id(),
    id(),
    id(),
    id(),
    id(),
  ];
  doc.plan.periodStart = '2026-01-01';
  doc.plan.periodEnd = '2026-12-31';
  doc.drivers = [
    { ...entityDefaults.driver, id: why, title: 'Nye it-systemer', updatedAt: stamp },
    { ...entityDefaults.driver, id: lonelyWhy, title: 'Big data', updatedAt: stamp },
  ];
  doc.targetGroups = [
    { ...entityDefaults.targetGroup, id: who, name: 'Sagsbehandlere', updatedAt: stamp },
    { ...entityDefaults.targetGroup, id: lonelyWho, name: 'Jurister', updatedAt: stamp },
  ];
  doc.competences = [
    {
      ...entityDefaults.competence,
      id: how,
      title: 'Digital sagsbehandling',
      driverIds: [why],
      targetGroupIds: [who],
      learningObjectives: ['Kan oprette en sag i det nye system'],
      updatedAt: stamp,
    },
    {
      ...entityDefaults.competence,
      id: unserved,
      title: 'Datadrevet ledelse',
      driverIds: [why],
      targetGroupIds: [who],
      updatedAt: stamp,
    },
  ];
  doc.activities = [
    {
      ...entityDefaults.activity,
      id: what,
      title: 'Kursus i det nye system',
      competenceIds: [how],
      targetGroupIds: [who],
      start: '2026-03-02',
      end: '2026-04-30',
      updatedAt: stamp,
    },
    {
      ...entityDefaults.activity,
      id: stray,
      title: 'Temadag om kunstig intelligens',
      start: '2026-06-01',
      end: '2026-06-01',
      updatedAt: stamp,
    },
  ];
  return doc;
}

describe('following the plan, in Chromium against the HTTP host and a real plan file', () => {
  const suite = browserSuite();
  let harness: Harness | null = null;
  let page: Page;
  let failures: string[];
  let settle: () => Promise<void>;

  async function openExample(path?: (h: Harness) => string) {
    ({ harness, page, failures, settle } = await suite.openPlan('example', {
      context: { ...DANISH_1280, acceptDownloads: true },
      path: path ?? ((h) => h.planPath),
    }));
  }

  const go = (step: string) => goToStep(page, step);

  async function checkScreen(name: string) {
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, name);
  }

  it('shows progress, timeline, effect and impact map clean under axe, as charts and as tables', async () => {
    await openExample();

    await go('Fremdrift');
    const progress = page.getByRole('region', { name: 'Fremdrift' });
    await expect.poll(() => progress.getByRole('img').count()).toBeGreaterThan(1);
    await checkScreen('progress-1280');
    await screenshot(page, 'progress-full-1280', true);
    for (const toggle of await progress.getByRole('button', { name: 'Vis som tabel' }).all()) {
      await toggle.click();
    }
    expect(await axeViolations(page)).toEqual([]);

    await go('Tidslinje');
    await page.getByRole('group', { name: /^Tidslinje med 12 indsatser/ }).waitFor();
    await checkScreen('timeline-1280');
    await screenshot(page, 'timeline-full-1280', true);
    await page.getByRole('button', { name: 'År', exact: true }).click();
    await page.getByRole('button', { name: 'Målgruppe', exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vis som tabel' }).click();
    expect(await axeViolations(page)).toEqual([]);

    await go('Effekt');
    await checkScreen('effect-1280');
    await screenshot(page, 'effect-full-1280', true);
    await page
      .locator('.effect-card')
      .first()
      .screenshot({ path: join(RESULTS, 'effect-card-1280.png') });

    await go('Virkningskort');
    await page.getByRole('group', { name: /^Virkningskort over/ }).waitFor();
    await checkScreen('impact-map-1280');
    await screenshot(page, 'impact-map-full-1280', true);
    await page.getByRole('button', { name: 'Vis som tabel' }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('moves an activity a week with the keyboard and by dragging, and the file follows', async () => {
    await openExample();
    await go('Tidslinje');
    const chart = page.getByRole('group', { name: /^Tidslinje med/ });
    const before = readPlanReadOnly(harness!.planPath).document;
    const leaders = before.activities.find((a) => a.title === 'Lederforløb i digital ledelse')!;

    // Each key press is one edit, saved to the file before the call answers.
    const bar = chart.getByRole('button', { name: /^Lederforløb i digital ledelse/ }).first();
    await bar.focus();
    await page.keyboard.press('ArrowRight');
    await settle();
    let saved = readPlanReadOnly(harness!.planPath).document.activities.find(
      (a) => a.id === leaders.id,
    )!;
    expect([saved.start, saved.end]).toEqual([
      addDays(leaders.start!, 7),
      addDays(leaders.end!, 7),
    ]);
    await page.keyboard.press('Shift+ArrowLeft');
    await settle();
    saved = readPlanReadOnly(harness!.planPath).document.activities.find(
      (a) => a.id === leaders.id,
    )!;
    expect([saved.start, saved.end]).toEqual([addDays(leaders.start!, 7), leaders.end]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'ligger nu' }).count())
      .toBe(1);

    // An end before the start is refused by the core, and the refusal is shown at the chart.
    const trip = chart.getByRole('button', { name: /^Studietur/ }).first();
    await trip.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await settle();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'blev ikke flyttet' }).count())
      .toBe(1);
    await screenshot(page, 'timeline-refused-1280');

    // Enter opens the details beside the bar; Escape closes them and focus goes back.
    await bar.focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Lederforløb i digital ledelse' });
    await details.waitFor();
    await screenshot(page, 'timeline-details-1280');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);

    // Dragging the bar to the right by about four weeks snaps to whole weeks.
    const sprint = before.activities.find((a) => a.title.startsWith('Sprint'))!;
    const sprintBar = chart
      .getByRole('button', { name: /^Sprint: digital ansøgningsproces/ })
      .first()
      .locator('[data-part="bar"]');
    // Clear of the header and the month axis, which stay at the top of the window over the rows.
    await sprintBar.evaluate((bar: { scrollIntoView: (o: { block: 'center' }) => void }) =>
      bar.scrollIntoView({ block: 'center' }),
    );
    const box = (await sprintBar.boundingBox())!;
    // The chart shows the plan's period (a year from the month before today) after the 260 px of
    // titles.
    const chartBox = (await chart.boundingBox())!;
    const periodDays = daysBetween(before.plan.periodStart!, before.plan.periodEnd!) + 1;
    const pxPerDay = (chartBox.width - 260 - 12) / periodDays;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 14 * pxPerDay, box.y + box.height / 2, {
      steps: 5,
    });
    await page.mouse.move(box.x + box.width / 2 + 28 * pxPerDay, box.y + box.height / 2, {
      steps: 5,
    });
    await page.mouse.up();
    // The timeline says where the activity now lies once the host has saved the move.
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^»Sprint: digital ansøgningsproces.*« ligger nu/ })
          .count(),
      )
      .toBe(1);
    const dragged = readPlanReadOnly(harness!.planPath).document.activities.find(
      (a) => a.id === sprint.id,
    )!;
    expect([dragged.start, dragged.end]).toEqual([
      addDays(sprint.start!, 28),
      addDays(sprint.end!, 28),
    ]);
    // The refused move is an HTTP 400, which Chromium logs; nothing else may go wrong.
    expect(failures.filter((f) => !f.includes('status of 400'))).toEqual([]);
  });

  it('flags every kind of gap on a plan made to have them, highlights a chain and saves the map', async () => {
    await openExample((h) => {
      const path = join(h.dir, 'Plan med huller.omstil');
      PlanSession.create(path, planWithGaps()).close();
      return path;
    });
    await go('Virkningskort');
    const map = page.getByRole('group', { name: /^Virkningskort over/ });
    await map.waitFor();
    const gaps = page.getByRole('region', { name: /^Huller i planen/ });
    const kinds = await Promise.all(
      (await gaps.getByRole('listitem').all()).map((item) => item.getAttribute('data-gap-kind')),
    );
    expect(kinds).toEqual([
      'driver-without-competence',
      'target-group-without-competence',
      'competence-without-activity',
      'activity-without-competence',
    ]);
    for (const title of ['Big data', 'Jurister', 'Datadrevet ledelse', 'Temadag om kunstig']) {
      const node = map.getByRole('button', { name: new RegExp(title) });
      expect(await node.getAttribute('aria-label')).toContain('Hul i planen');
    }
    expect(
      await map
        .getByRole('button', { name: /^Kompetence: Digital sagsbehandling/ })
        .getAttribute('aria-label'),
    ).not.toContain('Hul i planen');

    // Selecting a competence lights up its why, who and what.
    await map.getByRole('button', { name: /^Kompetence: Digital sagsbehandling/ }).click();
    await expect
      .poll(() => page.locator('.impact-chain-summary').innerText())
      .toContain('Indsatser: Kursus i det nye system.');
    expect(
      await map
        .getByRole('button', { name: /^Kompetence: Digital sagsbehandling/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await checkScreen('impact-map-gaps-1280');

    // "Vis på kortet" selects the loose end on the map.
    await gaps.getByRole('button', { name: 'Vis »Jurister« på kortet' }).click();
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.getAttribute("aria-label") ?? ""'))
      .toMatch(/^Målgruppe: Jurister/);

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gem som SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('Virkningskort – Plan med huller.svg');
    const svgText = readFileSync(await svgDownload.path(), 'utf8');
    expect(svgText).toContain('Digital sagsbehandling');
    expect(svgText).not.toContain('tabindex');
    // The file stands on its own: it parses as XML, in the SVG namespace, with its own size.
    // Given as a string: this test's TypeScript has no DOM types.
    const parsed = await page.evaluate<{
      error: number;
      name: string;
      namespace: string;
      width: number;
      height: number;
      texts: number;
    }>(`(() => {
      const xml = new DOMParser().parseFromString(${JSON.stringify(svgText)}, 'image/svg+xml');
      const root = xml.documentElement;
      return {
        error: xml.getElementsByTagName('parsererror').length,
        name: root.localName,
        namespace: root.namespaceURI,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: root.getElementsByTagName('text').length,
      };
    })()`);
    expect(parsed).toMatchObject({
      error: 0,
      name: 'svg',
      namespace: 'http://www.w3.org/2000/svg',
    });
    expect(parsed.width).toBeGreaterThan(500);
    expect(parsed.height).toBeGreaterThan(200);
    expect(parsed.texts).toBeGreaterThan(8);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gem som PNG' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('Virkningskort – Plan med huller.png');
    await pngDownload.saveAs(join(RESULTS, 'impact-map-export.png'));
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: drawn at twice the map's size, so it stays sharp on a projector.
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(Math.round(parsed.width * 2));
    expect(png.readUInt32BE(20)).toBe(Math.round(parsed.height * 2));
    // A real picture, not an empty canvas: a blank PNG of this size compresses to almost nothing.
    expect(png.length).toBeGreaterThan(20_000);
    expect(failures).toEqual([]);
  });
});
