import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { writeOldPlanFile } from '../../../helpers/old-plan-file';
import { useTempDir } from '../../../helpers/temp-dir';
import { changeWithSql, examplePlanFile } from './tamper';
import { examplePlan } from '../../../helpers/example-plan';

describe('every JSON file `omstil export` writes, `omstil import` reads', () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);

  async function omstil(...argv: string[]) {
    const err: string[] = [];
    const code = await runCli(argv, {
      cwd: tempDir(),
      stdout: () => {},
      stderr: (t) => err.push(t),
      env: fixedEnvironment(),
    });
    return { code, stderr: err.join('\n') };
  }

  /** Exports `plan` as JSON and imports it again; answers the JSON, or null when refused. */
  async function roundTrip(plan: string, name: string): Promise<string | null> {
    const exported = await omstil('export', plan, '--format', 'json', '-o', `${name}.json`);
    if (exported.code !== 0) return null;
    const imported = await omstil('import', `${name}.json`, `${name} importeret.omstil`);
    expect(imported, `${name}: import of its export`).toEqual({ code: 0, stderr: '' });
    const again = await omstil(
      'export',
      `${name} importeret.omstil`,
      '--format',
      'json',
      '-o',
      `${name} igen.json`,
    );
    expect(again.code).toBe(0);
    const json = readFileSync(at(`${name}.json`), 'utf8');
    expect(readFileSync(at(`${name} igen.json`), 'utf8'), name).toBe(json);
    return json;
  }

  it('for the example plan, its files of older versions, and a plan whose changes were accepted', async () => {
    examplePlanFile(at('Plan.omstil'));
    expect(await roundTrip(at('Plan.omstil'), 'plan')).not.toBeNull();

    for (const version of [1, 2, 3]) {
      writeOldPlanFile(at(`v${version}.omstil`), examplePlan(fixedEnvironment()), version);
      expect(
        await roundTrip(at(`v${version}.omstil`), `v${version}`),
        `v${version}`,
      ).not.toBeNull();
    }

    copyFileSync(at('Plan.omstil'), at('Godkendt.omstil'));
    changeWithSql(at('Godkendt.omstil'), (db) =>
      db.prepare(`UPDATE activity SET title = 'Rettet i et andet program'`).run(),
    );
    expect(await roundTrip(at('Godkendt.omstil'), 'ændret')).toBeNull();
    const session = PlanSession.open(at('Godkendt.omstil'), fixedEnvironment());
    session.acceptOutsideChanges(true);
    session.close();
    expect(await roundTrip(at('Godkendt.omstil'), 'godkendt')).toContain(
      'Rettet i et andet program',
    );
  });

  it('for each damaged copy it exports at all, which then holds the plan as it was', async () => {
    examplePlanFile(at('Plan.omstil'));
    const original = await roundTrip(at('Plan.omstil'), 'plan');
    const bytes = readFileSync(at('Plan.omstil'));
    const size = statSync(at('Plan.omstil')).size;
    // One flipped bit each, spread over the whole file past SQLite's header.
    const count = 60;
    let exported = 0;
    for (let i = 0; i < count; i++) {
      const position = 100 + Math.floor(((size - 100) * (i + 0.37)) / count);
      const damaged = Buffer.from(bytes);
      damaged[position] = damaged[position]! ^ (1 << (i % 8));
      writeFileSync(at(`flip ${i}.omstil`), damaged);
      const json = await roundTrip(at(`flip ${i}.omstil`), `flip ${i}`);
      if (json === null) continue;
      exported += 1;
      // Whatever opens holds what Omstil wrote; a changed figure never gets out.
      expect(json, `a bit flipped at byte ${position}`).toBe(original);
    }
    // Both kinds were met: damage in unused space exports as before, damage to content does not.
    expect(exported).toBeGreaterThan(0);
    expect(exported).toBeLessThan(count);
  });
});
