import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../main/export/poppler';
import { makeWorkshopPlan } from '../helpers/workshop-plan';
import { axeViolations, screenshot } from './harness';
import { browserSuite, goToStep } from './session';
import { UNREADABLE_TEXTS, unreadableTexts } from './workshop-readable';

describe('the workshop’s minutes and posters, in Chromium', () => {
  const suite = browserSuite();

  it('saves the minutes as PDF and copies them as text, readable and inside the window at 1280×720, 1024×768 and 200 % zoom', async () => {
    let planPath = '';
    const { page, failures } = await suite.openPlan('empty', {
      path: (harness) => {
        planPath = join(dirname(harness.planPath), 'Workshop.omstil');
        return makeWorkshopPlan(planPath).path;
      },
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await goToStep(page, 'Kompetencer');
    await page.getByRole('button', { name: 'Workshop', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Fortsæt eller start en workshop' })
      .getByRole('button', { name: 'Fortsæt »SU-workshop om digital omstilling«' })
      .click();
    const workshop = page.getByRole('dialog', { name: 'Workshop i samarbejdsudvalget' });
    await workshop.waitFor();

    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(viewport);
      const size = `${viewport.width}x${viewport.height}`;
      const open = workshop.getByText('Referat og plakater');
      await open.click();
      const panel = workshop.getByRole('group', { name: 'Referat og plakater' });
      await panel.getByRole('button', { name: 'Kopiér referat som tekst' }).click();
      await panel.getByText('Referatet er kopieret.', { exact: false }).waitFor();
      expect(await page.evaluate<string[]>(UNREADABLE_TEXTS), size).toEqual([]);
      await screenshot(page, `workshop-documents-${size}`);
      await open.click();
    }
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toContain('Delt 2. plads: Digital sikkerhed i hverdagen (3 prikker)');

    // The minutes as PDF, through the program's own path dialog (the harness has no native one).
    await workshop.getByText('Referat og plakater').click();
    await workshop.getByRole('button', { name: 'Referat (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gem referatet som PDF' });
    await dialog.getByRole('button', { name: 'Gem PDF' }).click();
    await workshop.getByText('Gemt som PDF (1 side):', { exact: false }).waitFor();
    const pdf = join(dirname(planPath), 'Referat SU-workshop om digital omstilling.pdf');
    expect(pdfInfo(pdf)['Pages']).toBe('1');
    expect(pdfText(pdf)).toContain('delt 2. plads Digital sikkerhed i hverdagen');
    expect(await axeViolations(page)).toEqual([]);
    // The saved file's long path widens the panel most: it must stay inside the window, also
    // at 200 % zoom (1280×720 and 1024×768 are then 640×360 and 512×384 CSS pixels), where
    // only the panel is asked: the rest of the room is not made for so small a window.
    expect(await page.evaluate<string[]>(UNREADABLE_TEXTS), 'saved').toEqual([]);
    await screenshot(page, 'workshop-documents-saved-1024x768');
    for (const zoomed of [
      { width: 640, height: 360 },
      { width: 512, height: 384 },
    ]) {
      await page.setViewportSize(zoomed);
      const size = `${zoomed.width}x${zoomed.height}`;
      await screenshot(page, `workshop-documents-saved-${size}`);
      expect(
        await page.evaluate<string[]>(unreadableTexts('.workshop-documents-panel')),
        size,
      ).toEqual([]);
    }
    expect(failures).toEqual([]);
  });
});
