import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseInterchange } from '../../src/shared/interchange';
import { readPlanReadOnly } from '../../src/main/core/plan-file/read-only';
import { axeViolations, ROOT, screenshot, startHarness, type Harness } from './harness';
import { browserSuite, openThroughStartScreen, waitForPlanHeading } from './session';

describe('the start screen and the plan, in Chromium against the HTTP host', () => {
  const suite = browserSuite();
  let harness: Harness | null = null;
  let page: Page;

  async function open(viewport = { width: 1280, height: 720 }) {
    harness = await suite.harness('example');
    const watched = await suite.page({ viewport });
    page = watched.page;
    await page.goto(harness.url);
    return watched.failures;
  }

  it('opens the example plan from the start screen and shows every part of it in Danish', async () => {
    const failures = await open();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Omstil');
    for (const name of ['Ny plan…', 'Åbn plan…', 'Åbn eksempelplan']) {
      await expect.poll(() => page.getByRole('button', { name }).count()).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'start-1280');

    await openThroughStartScreen(page, harness!.planPath);
    await waitForPlanHeading(page);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Kompetenceplan for den digitale omstilling');
    await screenshot(page, 'plan-dialog-open-1280');

    const { document } = readPlanReadOnly(harness!.planPath);
    // The plan is one screen per step now: gather each step's text and its fields' values.
    let text = '';
    const steps = page.getByRole('navigation', { name: 'Planens trin' }).getByRole('link');
    const collect = () =>
      page.evaluate<string>(`(() => {
        const main = document.querySelector('main');
        const values = [...main.querySelectorAll('input, textarea, select')].map((el) =>
          el.tagName === 'SELECT' ? (el.selectedOptions[0] ? el.selectedOptions[0].text : '') : el.value);
        return main.innerText + '\\n' + values.join('\\n');
      })()`);
    const heading = () =>
      page.evaluate<string>(`document.getElementById('plan-screen-heading')?.textContent ?? ''`);
    for (let i = 0; i < (await steps.count()); i += 1) {
      const name = (await steps.nth(i).textContent()) ?? '';
      await steps.nth(i).click();
      // A step is drawn a moment after its link is chosen: read it once its heading is shown.
      await expect
        .poll(heading, { message: name })
        .toSatisfy((h: string) => h !== '' && name.includes(h));
      text += await collect();
      // The activity list draws only the rows in view: go to its end for the rest.
      const list = page.getByRole('listbox', { name: 'Indsatser' });
      if ((await list.count()) > 0) {
        await list.press('End');
        text += await collect();
      }
    }
    text = text.replace(/\u00a0/g, ' ');
    expect(text).toContain(document.plan.organisation);
    for (const c of document.competences) expect(text).toContain(c.title);
    for (const a of document.activities) expect(text).toContain(a.title);
    for (const m of document.members) expect(text).toContain(m.name);
    for (const d of document.drivers) expect(text).toContain(d.title);
    for (const g of document.targetGroups) expect(text).toContain(g.name);
    for (const p of document.plan.principles) expect(text).toContain(p);
    // Danish formats: amounts with thousands dots and "kr.", dates with month names.
    expect(text).toMatch(/\d{1,3}(\.\d{3})+\skr\./);
    expect(text).toMatch(
      /\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('da');

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-1280');
    await screenshot(page, 'plan-full-1280', true);
    expect(failures).toEqual([]);
  });

  it('reads well at 1920×1080 too', async () => {
    await open({ width: 1920, height: 1080 });
    await openThroughStartScreen(page, harness!.planPath);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Kompetenceplan');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-1920');
  });

  it('lists the plan under recent files after it is closed, and marks a missing one', async () => {
    await open();
    await openThroughStartScreen(page, harness!.planPath);
    await page.getByRole('button', { name: 'Luk plan' }).click();
    await expect.poll(() => page.getByText('Kompetenceplan.omstil').count()).toBeGreaterThan(0);
    await page
      .getByRole('button', { name: /Kompetenceplan\.omstil/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Kompetenceplan for den digitale omstilling');
    await screenshot(page, 'recent-reopened-1280');
  });

  it('makes a new copy of the example plan from the start screen', async () => {
    await open();
    await page.getByRole('button', { name: 'Åbn eksempelplan' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Kompetenceplan');
    const created = join(harness!.dir, 'Eksempelplan.omstil');
    expect(existsSync(created)).toBe(true);
    expect(readPlanReadOnly(created).document.activities.length).toBeGreaterThan(0);
  });

  it('shows a refused file as a Danish message and stays on the start screen', async () => {
    await open();
    const bad = join(harness!.dir, 'ikke-en-plan.omstil');
    (await import('node:fs')).writeFileSync(bad, 'Dette er et referat, ikke en plan.');
    await openThroughStartScreen(page, bad);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.first().textContent()).toContain('er ikke en Omstil-plan');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'refused-file-1280');
  });

  it('switches to English', async () => {
    await open();
    await openThroughStartScreen(page, harness!.planPath);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Activities');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'plan-en-1280');
  });
});

describe('npm run web', () => {
  it('serves a given plan and prints its address on one line', async () => {
    const harness = await startHarness('example');
    await harness.stop();
    // A plan of its own in a folder that outlives the harness above.
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'omstil-web-'));
    const example = join(ROOT, 'resources', 'examples', 'eksempelplan.json');
    const { readFileSync } = await import('node:fs');
    parseInterchange(readFileSync(example, 'utf8'), new Date().toISOString());
    const plan = join(dir, 'plan.omstil');
    const { runCli } = await import('../../src/main/cli/main');
    expect(
      await runCli(['new', plan, '--example'], { cwd: dir, stdout: () => {}, stderr: () => {} }),
    ).toBe(0);
    writeFileSync(join(dir, 'marker'), '');
    const home = join(dir, 'hjem');
    (await import('node:fs')).mkdirSync(home);

    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'web.mjs'), plan, '--port', '0'], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, OMSTIL_DATA_DIR: join(dir, 'settings'), HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const line = out.split('\n').find((l) => l.startsWith('http://'));
          if (line) resolve(line.trim());
        });
        child.on('exit', (code) => reject(new Error(`web exited with ${code}`)));
        setTimeout(() => reject(new Error('no address within 50 s')), 50_000);
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
      const origin = url.slice(0, url.indexOf('?'));
      const entry = await fetch(url, { redirect: 'manual' });
      expect(entry.status).toBe(303);
      const cookie = entry.headers.getSetCookie()[0]!.split(';')[0]!;
      const res = await fetch(`${origin}api/getPlan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{}',
      });
      const body = (await res.json()) as { ok: boolean; value: { file: { name: string } } };
      expect(body).toMatchObject({ ok: true, value: { file: { name: 'plan.omstil' } } });
      // New plans are proposed in the user's home folder, not beside the given plan nor in the
      // folder the program was started from.
      const info = await fetch(`${origin}api/appInfo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{}',
      });
      expect(await info.json()).toMatchObject({ ok: true, value: { defaultFolder: home } });
      expect((await fetch(origin, { headers: { cookie } })).status).toBe(200);
      expect((await fetch(origin)).status).toBe(403);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
