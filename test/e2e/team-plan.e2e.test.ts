import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { systemEnvironment } from '../../src/main/core/services/clock';
import { createEntity } from '../../src/main/core/services/entity-service';
import { emptyPlanDocument } from '../../src/main/core/services/plan-factory';
import { PlanSession } from '../../src/main/core/services/plan-session';
import { axeViolations } from './harness';
import { browserSuite, DANISH_1280, openPlan } from './session';

/** Pictures for a person to look at; kept out of the project's own folders. */
const PICTURES = '/tmp/ws-team';

/**
 * The team's plan from its GRUS: the team Borgerservice, the catalogue's IT security (which the
 * workplace's plan has under another title) and a competence of its own, with activities owned by
 * a committee member (spelt in lower case) and by a new owner.
 */
function writeTeamPlan(path: string): void {
  const env = systemEnvironment;
  const session = PlanSession.create(path, emptyPlanDocument('GRUS Borgerservice', 'da', env), env);
  const add = (entity: string, values: Record<string, unknown>) =>
    createEntity(session, { entity, values } as never);
  try {
    const team = add('targetGroup', { name: 'Borgerservice', headcount: 12 });
    add('workshop', { format: 'team', title: 'GRUS', heldOn: '2026-11-30', targetGroupId: team });
    const security = add('competence', {
      catalogKey: 'it-security',
      title: 'IT-sikkerhed i teamet',
      targetGroupIds: [team],
    });
    const meetings = add('competence', {
      title: 'Mødeledelse på Teams',
      targetGroupIds: [team],
      currentLevel: 2,
      targetLevel: 4,
    });
    const sanne = add('member', { name: 'sanne østergaard', role: 'other' });
    const ida = add('member', { name: 'Ida Holm', role: 'other' });
    add('activity', {
      title: 'Phishing-kursus for teamet',
      competenceIds: [security],
      ownerId: sanne,
    });
    add('activity', { title: 'Sparring om mødeledelse', competenceIds: [meetings], ownerId: ida });
  } finally {
    session.close();
  }
}

/** What the filing touches in the plan file, read as the file holds it. */
function filed(planPath: string) {
  const doc = readPlanReadOnly(planPath).document;
  const security = doc.competences.find((c) => c.catalogKey === 'it-security')!;
  return {
    teams: doc.targetGroups.map((g) => g.name),
    competences: doc.competences.length,
    securityGroups: security.targetGroupIds.length,
    members: doc.members.length,
  };
}

async function picture(page: Page, name: string): Promise<void> {
  mkdirSync(PICTURES, { recursive: true });
  await page.screenshot({ path: join(PICTURES, `${name}.png`) });
}

describe('filing a team plan into the SU plan, in Chromium against the HTTP host', () => {
  const suite = browserSuite();

  it('shows what is added and what is recognised, files it as one step, and undoes it', async () => {
    const harness = await suite.harness('example');
    const { page, failures } = await suite.page(DANISH_1280);
    await page.goto(harness.url);
    const source = join(harness.dir, 'GRUS Borgerservice.omstil');
    writeTeamPlan(source);
    const bytes = readFileSync(source);
    const before = filed(harness.planPath);
    await openPlan(page, harness.planPath);

    // 1280×720: the team's file typed in, read, and its two lists shown before anything is filed.
    // Offered beside the workshops, since a team's plan is what its group development talk made.
    const button = page.getByRole('button', { name: 'Workshop', exact: true });
    const fileTeamPlan = page
      .getByRole('dialog', { name: 'Start en workshop' })
      .getByRole('button', { name: 'Indsæt et teams plan…' });
    await button.click();
    await fileTeamPlan.click();
    const dialog = page.getByRole('dialog', { name: 'Indsæt et teams plan' });
    await dialog.getByLabel('Teamets plan').fill(source);
    await dialog.getByRole('button', { name: 'Læs teamets plan' }).click();
    const found = dialog.getByRole('region', { name: /^Findes allerede i planen/ });
    await expect
      .poll(() => found.innerText())
      .toContain('IT-sikkerhed i teamet – samme punkt i kataloget; i planen: »It-sikkerhed');
    expect(await found.innerText()).toContain('sanne østergaard – samme navn');
    const added = dialog.getByRole('region', { name: /^Tilføjes/ });
    expect(await added.getByRole('listitem').allInnerTexts()).toEqual([
      'Målgruppe Borgerservice',
      'Kompetence Mødeledelse på Teams',
      'Indsats Phishing-kursus for teamet',
      'Indsats Sparring om mødeledelse',
      'Medlem Ida Holm',
    ]);
    expect(filed(harness.planPath)).toEqual(before);
    await picture(page, 'team-plan-preview-1280');
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Indsæt i planen' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Teamets plan er indsat' });
    await expect.poll(() => notice.innerText()).toContain('5 tilføjet, 2 fandtes allerede');
    expect(filed(harness.planPath)).toEqual({
      teams: [...before.teams, 'Borgerservice'],
      competences: before.competences + 1,
      securityGroups: before.securityGroups + 1,
      members: before.members + 1,
    });
    // The team's file was only read: as it was, byte for byte, and no lock beside it.
    expect(readFileSync(source).equals(bytes)).toBe(true);
    expect(readdirSync(harness.dir).filter((name) => name.includes('GRUS'))).toEqual([
      'GRUS Borgerservice.omstil',
    ]);
    await notice.getByText('Se, hvad der blev tilføjet').click();
    await picture(page, 'team-plan-filed-1280');

    // One Ctrl+Z takes all of it back.
    await page.keyboard.press('Control+z');
    await page
      .getByText('Fortrudt: teamets plan for målgruppen »Borgerservice« indsat i planen')
      .waitFor();
    await expect.poll(() => filed(harness.planPath)).toEqual(before);
    await expect.poll(() => notice.count()).toBe(0);
    await picture(page, 'team-plan-undone-1280');

    // 1024×768, by keyboard: the dialog reads on Enter, and Escape gives focus back.
    await page.setViewportSize({ width: 1024, height: 768 });
    await button.focus();
    await page.keyboard.press('Enter');
    await fileTeamPlan.focus();
    await page.keyboard.press('Enter');
    const field = await dialog.getByLabel('Teamets plan').getAttribute('id');
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe(field);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(source);
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Indsæt i planen' }).waitFor();
    await picture(page, 'team-plan-preview-1024');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
      .toBe('Workshop');
    await picture(page, 'team-plan-header-1024');
    expect(filed(harness.planPath)).toEqual(before);
    expect(failures).toEqual([]);
  });
});
