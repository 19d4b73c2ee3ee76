import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, ROOT, screenshot, type Harness } from './harness';
import { browserSuite, waitForPlanHeading } from './session';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'import');

describe('importing a plan from a JSON file, in Chromium against the HTTP host', () => {
  const suite = browserSuite();
  let harness: Harness;
  let page: Page;

  async function importThroughStartScreen(source: string) {
    harness = await suite.harness('none');
    page = (await suite.page({ viewport: { width: 1280, height: 900 } })).page;
    await page.goto(harness.url);
    const start = page.getByRole('button', { name: 'Importér fra JSON…' });
    await start.waitFor();
    await screenshot(page, 'import-start-1280');
    await start.click();
    const dialog = page.getByRole('dialog', { name: 'Importér en plan fra en JSON-fil' });
    await dialog.getByLabel('Filens placering').fill(join(harness.dir, source));
    await dialog.getByRole('button', { name: 'Importér plan' }).click();
    return dialog;
  }

  it('lists a refused file’s problems in the dialog, 20 of them, and counts the rest', async () => {
    const file = JSON.parse(
      readFileSync(join(FIXTURES, 'plan-without-title.json'), 'utf8'),
    ) as Record<string, unknown>;
    file['activities'] = Array.from({ length: 24 }, (_, i) => ({
      id: `9b8c7d6e-5f4a-4b3c-8d1e-${String(i).padStart(12, '0')}`,
    }));
    const dialog = await importThroughStartScreen('ikke-klar.json');
    // The harness's folder exists only once it has started, so the file is written after.
    writeFileSync(join(harness.dir, 'ikke-klar.json'), JSON.stringify(file));
    await dialog.getByRole('button', { name: 'Importér plan' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.getByRole('listitem').count()).toBe(20);
    const text = await alert.innerText();
    expect(text).toContain('Filen kan ikke importeres, fordi der er 25 problemer i den:');
    expect(await alert.getByRole('listitem').first().innerText()).toBe(
      '»plan.title« (Planens titel): Feltet mangler.',
    );
    expect(text).toContain('… og 5 andre problemer.');
    expect(existsSync(join(harness.dir, 'ikke-klar.omstil'))).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-refused-1280');
  });

  it('imports a plan with only the required fields and opens it', async () => {
    const dialog = await importThroughStartScreen('Digital kompetenceplan.json');
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(1);
    copyFileSync(
      join(FIXTURES, 'plan-with-rows-required-only.json'),
      join(harness.dir, 'Digital kompetenceplan.json'),
    );
    await dialog.getByRole('button', { name: 'Importér plan' }).click();
    await waitForPlanHeading(page);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Digital kompetenceplan 2027–2028');
    expect(existsSync(join(harness.dir, 'Digital kompetenceplan.omstil'))).toBe(true);
  });
});
