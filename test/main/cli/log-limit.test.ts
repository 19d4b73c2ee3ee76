import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../../src/main/core/plan-file/read-only';
import { useTempDir } from '../../helpers/temp-dir';
import { omstil } from '../core/plan-file/run-cli';

describe('omstil log-limit', () => {
  const tempDir = useTempDir();

  it('shows the plan’s limit on its change log, sets it, and refuses one out of range', async () => {
    const dir = tempDir();
    const path = join(dir, 'Plan.omstil');
    expect((await omstil(dir, 'new', 'Plan.omstil', '--example')).code).toBe(0);
    expect(await omstil(dir, 'log-limit', 'Plan.omstil')).toEqual({
      code: 0,
      stdout: [`${path}: ændringshistorikken gemmer de seneste 5.000 ændringer.`],
      stderr: [],
    });

    const set = await omstil(dir, 'log-limit', 'Plan.omstil', '20000');
    expect(set.stdout).toEqual([
      `Gemt: ændringshistorikken i ${path} gemmer nu de seneste 20.000 ændringer.`,
    ]);
    expect(readPlanReadOnly(path).document.plan.changeLogLimit).toBe(20_000);

    for (const wrong of ['999', '100001']) {
      const refused = await omstil(dir, 'log-limit', 'Plan.omstil', wrong);
      expect(refused.code).toBe(2);
      expect(refused.stderr.join('\n')).toContain(
        'Ændringshistorikken skal gemme et helt antal ændringer fra 1.000 til 100.000.',
      );
    }
    // »5.000« is five thousand to a Dane and five to a script: digits alone.
    expect(await omstil(dir, 'log-limit', 'Plan.omstil', '5.000')).toMatchObject({
      code: 1,
      stderr: ['Antallet »5.000« skal skrives med cifre alene, fx 20000. Se »omstil --help«.'],
    });
    expect(readPlanReadOnly(path).document.plan.changeLogLimit).toBe(20_000);
    expect((await omstil(dir, 'log-limit')).code).toBe(1);
  });
});
