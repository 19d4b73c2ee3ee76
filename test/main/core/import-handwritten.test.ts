import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importJsonFile } from '../../../src/main/core';
import { parseInterchange } from '../../../src/shared/interchange';
import { catchAppError } from '../../helpers/errors';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { openInProcessCore, type InProcessCore } from '../../helpers/in-process-core';
import { useTempDir } from '../../helpers/temp-dir';

const FIXTURES = join(__dirname, '../../fixtures/import');

describe('a plan file written by hand, through the core', () => {
  const tempDir = useTempDir();
  let core: InProcessCore | null = null;
  afterEach(() => {
    core?.dispose();
    core = null;
  });

  it.each(['plan-required-only.json', 'plan-with-rows-required-only.json'])(
    '%s becomes a plan that opens and exports to JSON that reads as the same plan',
    async (name) => {
      core = await openInProcessCore();
      const path = core.at('Importeret.omstil');
      const imported = importJsonFile(join(FIXTURES, name), path, fixedEnvironment());
      const opened = await core.api.openPlan({ path });
      expect(opened.ok && opened.value.document).toEqual(imported);
      const exported = await core.api.exportPlan({ path: core.at('ud.json'), format: 'json' });
      expect(exported.ok).toBe(true);
      const text = readFileSync(core.at('ud.json'), 'utf8');
      expect(parseInterchange(text, '2030-01-01T00:00:00.000Z')).toEqual(imported);
      const hand = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as {
        activities?: unknown[];
      };
      expect(imported.activities).toHaveLength(hand.activities?.length ?? 0);
    },
  );

  it('refuses a file without the plan’s title, writing no plan', () => {
    const error = catchAppError(() =>
      importJsonFile(
        join(FIXTURES, 'plan-without-title.json'),
        join(tempDir(), 'Importeret.omstil'),
        fixedEnvironment(),
      ),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ path: 'plan.title', rule: 'missing' }),
    ]);
    expect(error.message.da).toContain('»plan.title« (Planens titel): Feltet mangler.');
  });
});
