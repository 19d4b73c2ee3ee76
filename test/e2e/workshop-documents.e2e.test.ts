import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../main/export/poppler';
import { makeWorkshopPlan } from '../helpers/workshop-plan';
import { axeViolations, screenshot } from './harness';
import { browserSuite, goToStep } from './session';

/**
 * The texts of the workshop's document panel under 24 px or 7:1 against the white it is drawn
 * on (the panel is opaque white), each as a line saying which and why. A script for the page,
 * as the other browser tests write theirs.
 */
const SMALL_OR_FAINT = `(() => {
  const channel = (v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (colour) => {
    const [r, g, b] = (colour.match(/[\\d.]+/g) || []).map(Number).map(channel);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const found = [];
  for (const element of document.querySelectorAll('.workshop-documents *')) {
    const style = getComputedStyle(element);
    const own = Array.from(element.childNodes).some(
      (n) => n.nodeType === 3 && (n.textContent || '').trim() !== '',
    );
    if (!own || element.getBoundingClientRect().width <= 1) continue;
    const bg = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : style.backgroundColor;
    const [light, dark] = [luminance(style.color), luminance(bg)].sort((a, b) => b - a);
    const contrast = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    if (size < 24 || contrast < 7) found.push(element.textContent + ': ' + size + ' px, ' + contrast.toFixed(2) + ':1');
  }
  return found;
})()`;

describe('the workshop’s minutes and posters, in Chromium', () => {
  const suite = browserSuite();

  it('saves the minutes as PDF and copies them as text, readable at 1280×720 and 1024×768', async () => {
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
      expect(await page.evaluate<string[]>(SMALL_OR_FAINT), size).toEqual([]);
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
    await screenshot(page, 'workshop-documents-saved-1024x768');
    expect(failures).toEqual([]);
  });
});
