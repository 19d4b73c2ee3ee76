import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { systemEnvironment } from '../../src/main/core/services/clock';
import { deleteEntity, updateEntity } from '../../src/main/core/services/entity-service';
import { PlanSession } from '../../src/main/core/services/plan-session';
import { updatePlan } from '../../src/main/core/services/plan-service';
import type { PlanDocument } from '../../src/shared/model/document';
import { axeViolations, screenshot, type Harness } from './harness';
import { browserSuite, DANISH_1280, openPlan, openThroughStartScreen } from './session';

/** Opens `path` in this process, runs `fn` on it and closes it again, as a colleague's Omstil. */
function editing(path: string, fn: (session: PlanSession) => void): void {
  const session = PlanSession.open(path, systemEnvironment);
  try {
    fn(session);
  } finally {
    session.close();
  }
}

describe('sharing a plan, in Chromium against the HTTP host and real plan files', () => {
  const suite = browserSuite();
  let holder: PlanSession | null = null;
  let page: Page;
  let failures: string[];

  // Vitest runs after-hooks newest first: the colleague's session closes before the host stops.
  afterEach(() => {
    holder?.close();
    holder = null;
  });

  async function start(): Promise<Harness> {
    const harness = await suite.harness('example');
    ({ page, failures } = await suite.page(DANISH_1280));
    await page.goto(harness.url);
    return harness;
  }

  it('merges two copies edited apart, with the user choosing theirs for one conflict', async () => {
    const { dir, planPath } = await start();
    const theirsPath = join(dir, 'Kompetenceplan fra Jens.omstil');
    copyFileSync(planPath, theirsPath);
    const base: PlanDocument = readPlanReadOnly(planPath).document;
    const activity = base.activities.find((a) => a.status === 'planned') ?? base.activities[0]!;
    const method = base.methods[0]!;
    const member = base.members[0]!;

    // Mine and theirs change the same things differently; theirs also changes something alone.
    editing(planPath, (s) => {
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { budget: 90_000 } });
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { status: 'in-progress' } });
      updatePlan(s, { purpose: 'Formålet, som vi skrev det på mødet i marts.' });
      deleteEntity(s, 'method', method.id);
    });
    editing(theirsPath, (s) => {
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { budget: 125_000 } });
      updateEntity(s, { entity: 'activity', id: activity.id, patch: { status: 'cancelled' } });
      updatePlan(s, { purpose: 'Formålet, som Jens har rettet det efter HR’s kommentarer.' });
      updateEntity(s, {
        entity: 'method',
        id: method.id,
        patch: { description: 'Behovet afklares sammen med projektlederne.' },
      });
      updateEntity(s, { entity: 'member', id: member.id, patch: { name: 'Lars B. Nielsen' } });
    });

    await openPlan(page, planPath);
    await page.getByRole('button', { name: 'Flet med en kopi…' }).click();
    const ask = page.getByRole('dialog', { name: 'Flet med en kopi' });
    await ask.getByLabel('Kopien, der skal flettes med').fill(theirsPath);
    await ask.getByRole('button', { name: 'Sammenlign' }).click();

    const dialog = page.locator('dialog.merge-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('group').count()).toBe(4);
    await expect
      .poll(() => dialog.locator('.merge-summary').textContent())
      .toContain('4 ting er ændret forskelligt i de to kopier.');
    const budget = dialog.getByRole('group', { name: /Budget$/ });
    await expect.poll(async () => plain(await budget.textContent())).toContain('90.000 kr.');
    expect(plain(await budget.textContent())).toContain('125.000 kr.');
    const status = dialog.getByRole('group', { name: /Status$/ });
    expect(await status.textContent()).toContain('I gang');
    expect(await status.textContent()).toContain('Aflyst');
    expect(await dialog.getByRole('group', { name: /^Metode/ }).textContent()).toContain(
      'Slettet i din plan, ændret i den anden kopi.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'merge-conflicts-1280');

    // Keyboard: "mine for all", then theirs for the budget with the arrow key in its group.
    await dialog.getByRole('button', { name: 'Vælg min version for alle' }).click();
    await budget.getByRole('radio', { name: 'Min version' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await budget.getByRole('radio', { name: 'Den anden kopis version' }).isChecked()).toBe(
      true,
    );
    expect(await dialog.getByRole('status').textContent()).toBe('4 af 4 konflikter er afgjort.');
    await screenshot(page, 'merge-conflicts-chosen-1280');
    const outPath = join(dir, 'Kompetenceplan (flettet).omstil');
    expect(await dialog.getByLabel('Gem den flettede plan som').inputValue()).toBe(outPath);
    await dialog.getByRole('button', { name: 'Flet og åbn' }).click();

    await page.getByText(`Den flettede plan er gemt og åbnet: ${outPath}.`).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'merged-1280');
    const merged = readPlanReadOnly(outPath).document;
    const mergedActivity = merged.activities.find((a) => a.id === activity.id)!;
    expect(mergedActivity.budget).toBe(125_000);
    expect(mergedActivity.status).toBe('in-progress');
    expect(merged.plan.purpose).toBe('Formålet, som vi skrev det på mødet i marts.');
    expect(merged.methods.some((m) => m.id === method.id)).toBe(false);
    expect(merged.members.find((m) => m.id === member.id)?.name).toBe('Lars B. Nielsen');
    // Neither copy changed.
    expect(
      readPlanReadOnly(theirsPath).document.activities.find((a) => a.id === activity.id),
    ).toMatchObject({ budget: 125_000, status: 'cancelled' });
    expect(readPlanReadOnly(planPath).document.methods.some((m) => m.id === method.id)).toBe(false);
    expect(failures).toEqual([]);
  });

  it('shows a plan someone else has open read-only, with who and what to do', async () => {
    const { planPath } = await start();
    holder = PlanSession.open(planPath, systemEnvironment, {
      owner: { user: 'Jens Brandt', machine: 'PC-1042' },
    });

    await openPlan(page, planPath);
    const notice = page.locator('.plan-readonly');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Åben hos Jens Brandt på PC-1042 siden /);
    expect(await page.getByLabel('Planens titel').getAttribute('readonly')).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'locked-1280');

    // Held from another machine just now: taking over is asked about, and Annuller is safe.
    await notice.getByRole('button', { name: 'Overtag' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Overtag planen?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Jens Brandt ikke gemme flere ændringer');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'take-over-1280');
    await page.keyboard.press('Escape');
    expect(await confirm.count()).toBe(0);

    await notice.getByRole('button', { name: 'Overtag' }).click();
    await confirm.getByRole('button', { name: 'Overtag planen' }).click();
    await page.getByText('Du har overtaget planen og kan nu ændre den.').waitFor();
    expect(await page.locator('.plan-readonly').count()).toBe(0);
    const title = page.getByLabel('Planens titel');
    await title.fill('Kompetenceplan 2026–2027, overtaget');
    await title.press('Tab');
    await expect
      .poll(() => readPlanReadOnly(planPath).document.plan.title)
      .toBe('Kompetenceplan 2026–2027, overtaget');
    // The colleague's Omstil learns at its next edit that the plan is no longer theirs.
    expect(() => updatePlan(holder!, { unit: 'Jens’ enhed' })).toThrow(/taken over/);
    expect(failures).toEqual([]);
  });

  it('opens a copy of a plan someone else has open, and works on in it', async () => {
    const { dir, planPath } = await start();
    holder = PlanSession.open(planPath, systemEnvironment, {
      owner: { user: 'Jens Brandt', machine: 'PC-1042' },
    });
    await openPlan(page, planPath);
    await page.locator('.plan-readonly').getByRole('button', { name: 'Åbn en kopi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Åbn en kopi af planen' });
    const copyPath = join(dir, 'Kompetenceplan (kopi).omstil');
    expect(await dialog.getByLabel('Gem kopien som').inputValue()).toBe(copyPath);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Gem og åbn kopien' }).click();

    await page.getByText(`Du arbejder nu i en kopi: ${copyPath}.`).waitFor();
    expect(await page.locator('.plan-readonly').count()).toBe(0);
    const unit = page.getByLabel('Enhed');
    await unit.fill('Kontoret for kopier');
    await unit.press('Tab');
    await expect
      .poll(() => readPlanReadOnly(copyPath).document.plan.unit)
      .toBe('Kontoret for kopier');
    expect(existsSync(planPath)).toBe(true);
    expect(readPlanReadOnly(planPath).document.plan.unit).not.toBe('Kontoret for kopier');
    expect(failures).toEqual([]);
  });

  it('offers a clean copy of a file with things Omstil did not write, and opens it', async () => {
    const { dir, planPath } = await start();
    const title = readPlanReadOnly(planPath).document.plan.title;
    const db = new Database(planPath);
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON member BEGIN DELETE FROM plan; END');
    db.close();

    await openThroughStartScreen(page, planPath);
    const offer = page.getByRole('button', { name: 'Gem en ren kopi af planens indhold…' });
    await offer.waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('trigger wipe');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'foreign-offer-1280');

    await offer.click();
    const dialog = page.getByRole('dialog', { name: 'Gem en ren kopi af planens indhold' });
    await dialog.getByLabel('Planen, der ikke kunne åbnes').fill(planPath);
    const cleanPath = join(dir, 'Kompetenceplan (ren kopi).omstil');
    expect(await dialog.getByLabel('Gem den rene kopi som').inputValue()).toBe(cleanPath);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Gem og åbn den rene kopi' }).click();

    await page.getByText(`Den rene kopi er gemt og åbnet: ${cleanPath}.`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(readPlanReadOnly(cleanPath).document.plan.title).toBe(title);
    expect(failures).toEqual([]);
  });
});

/** Intl writes non-breaking spaces between number and unit; compare with plain ones. */
function plain(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
