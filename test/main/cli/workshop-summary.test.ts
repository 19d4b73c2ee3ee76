import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/main';
import { createPlanFile } from '../../../src/main/core';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { makeWorkshopPlan, type WorkshopPlan } from '../../helpers/workshop-plan';
import { pdfInfo, pdfText } from '../export/poppler';
import { SLOW } from '../export/plans';

let dir: string;
let made: WorkshopPlan;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omstil-workshop-cli-'));
  made = makeWorkshopPlan(join(dir, 'workshop.omstil'));
  createPlanFile(join(dir, 'tom.omstil'), emptyPlanDocument('Tom plan', 'da', fixedEnvironment()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command run in this process, as `omstil …` in the test's folder. */
async function omstil(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: dir,
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    env: fixedEnvironment(),
  });
  return { code, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() };
}

describe('omstil workshop-summary and workshop-poster', { timeout: SLOW }, () => {
  it('writes the latest workshop’s minutes as a one-page PDF', async () => {
    const result = await omstil('workshop-summary', 'workshop.omstil', '-o', 'referat.pdf');
    expect(result).toEqual({ code: 0, stdout: `Skrevet: ${join(dir, 'referat.pdf')}`, stderr: '' });
    expect(pdfInfo(join(dir, 'referat.pdf'))['Pages']).toBe('1');
    expect(pdfText(join(dir, 'referat.pdf'))).toContain('SU-workshop om digital omstilling');
  });

  it('prints the named workshop’s minutes as text, in English with --lang en', async () => {
    const earlier = await omstil(
      'workshop-summary',
      'workshop.omstil',
      '--workshop',
      made.earlierId,
      '--format',
      'text',
      '--lang',
      'en',
    );
    expect(earlier.code).toBe(0);
    expect(earlier.stdout).toContain('Workshop minutes: Forberedende møde');
    expect(earlier.stdout).toContain('There was no dot voting.');
    await omstil('workshop-summary', 'workshop.omstil', '--format', 'text', '-o', 'referat.txt');
    expect(readFileSync(join(dir, 'referat.txt'), 'utf8')).toContain(
      'Delt 2. plads: Digital sikkerhed i hverdagen (3 prikker)',
    );
  });

  it('refuses, in Danish, a plan without workshops and a workshop the plan does not have', async () => {
    const none = await omstil('workshop-summary', 'tom.omstil', '-o', 'x.pdf');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Planen har ingen workshop endnu\./);
    const unknown = await omstil(
      'workshop-summary',
      'workshop.omstil',
      '--workshop',
      'w1',
      '-o',
      'x.pdf',
    );
    expect(unknown).toMatchObject({
      code: 2,
      stderr: 'Workshoppen w1 findes ikke (længere) i planen.',
    });
    const usage = await omstil('workshop-summary', 'workshop.omstil');
    expect(usage).toMatchObject({ code: 1, stderr: 'Mangler -o <ud.pdf>. Se »omstil --help«.' });
  });

  it('writes a step’s poster on A1, and names both commands in its help', async () => {
    const poster = await omstil(
      'workshop-poster',
      'workshop.omstil',
      '--step',
      'su-drivers',
      '--paper',
      'A1',
      '-o',
      'plakat.pdf',
    );
    expect(poster.code).toBe(0);
    expect(pdfInfo(join(dir, 'plakat.pdf'))['Page size']).toMatch(/^1683\.78 x 2383\.94 pts/);
    const wrong = await omstil(
      'workshop-poster',
      'workshop.omstil',
      '--step',
      'su-drivers',
      '--paper',
      'A4',
      '-o',
      'p.pdf',
    );
    expect(wrong.code).toBe(1);
    const help = await omstil('--help');
    expect(help.stdout).toContain('workshop-summary <fil.omstil> [--workshop ID]');
    expect(help.stdout).toContain('workshop-poster <fil.omstil> --step ID');
  });
});
