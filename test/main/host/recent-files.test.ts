import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanFile, emptyPlanDocument } from '../../../src/main/core';
import { createHandlers, dispatch, type Handlers } from '../../../src/main/host';
import { MAX_RECENT_FILES } from '../../../src/main/host/recent-files';
import type { CallInput, CallOutput } from '../../../src/shared/api';
import type { ApiCall } from '../../../src/shared/api-names';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

describe('the recent plans', () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);
  const listPath = () => at('settings-recent.json');
  const hosts: Handlers[] = [];

  afterEach(() => {
    for (const host of hosts.splice(0)) host.dispose();
  });

  /** A window of the program on the user's recent list, with a clock starting at `now`. */
  function window(now = '2026-11-27T09:00:00.000Z'): Handlers {
    const host = createHandlers(
      {
        transport: 'direct',
        appVersion: '0.1.0',
        defaultFolder: tempDir(),
        recentFilesPath: listPath(),
      },
      fixedEnvironment(now),
    );
    hosts.push(host);
    return host;
  }

  async function call<C extends ApiCall>(
    host: Handlers,
    name: C,
    input: CallInput<C>,
  ): Promise<CallOutput<C>> {
    const result = await dispatch(host, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
    return result.value as CallOutput<C>;
  }

  /** A plan file for the period September 2026 – August 2027, evaluated each June. */
  function plan(name: string): string {
    const doc = emptyPlanDocument('Kompetenceplan 2026–2027', 'da', fixedEnvironment());
    doc.plan.periodStart = '2026-09-01';
    doc.plan.periodEnd = '2027-08-31';
    doc.plan.status = 'active';
    doc.yearItems = [
      {
        id: '10000000-0000-4000-8000-000000000001',
        month: 6,
        title: 'Årlig evaluering i SU',
        description: '',
        kind: 'annual-evaluation',
        ownerRole: 'committee',
        activityIds: [],
        measurementIds: [],
        updatedAt: '2026-08-20T10:00:00.000Z',
      },
    ];
    createPlanFile(at(name), doc);
    return at(name);
  }

  it('lists each plan opened once, the latest first, when it was opened', async () => {
    const host = window();
    const first = plan('Første.omstil');
    const second = plan('Anden.omstil');
    await call(host, 'openPlan', { path: first });
    await call(host, 'openPlan', { path: second });
    await call(host, 'openPlan', { path: first });
    const recent = await call(host, 'listRecent', {});
    expect(recent.map((r) => r.name)).toEqual(['Første.omstil', 'Anden.omstil']);
    expect(recent[0]).toMatchObject({ path: first, exists: true });
    expect(recent[0]!.openedAt > recent[1]!.openedAt).toBe(true);
    // Another window of the program reads the same list.
    expect((await call(window(), 'listRecent', {})).map((r) => r.path)).toEqual([first, second]);
  });

  it(`keeps the ${String(MAX_RECENT_FILES)} latest`, async () => {
    const host = window();
    const paths = Array.from({ length: MAX_RECENT_FILES + 2 }, (_, i) => plan(`Plan ${i}.omstil`));
    for (const path of paths) await call(host, 'openPlan', { path });
    const recent = await call(host, 'listRecent', {});
    expect(recent.map((r) => r.path)).toEqual(paths.slice(2).reverse());
  });

  it('keeps a plan that is gone on the list, marked missing: a shared drive comes back', async () => {
    const host = window();
    const path = plan('På drevet.omstil');
    await call(host, 'openPlan', { path });
    await call(host, 'closePlan', {});
    rmSync(path);
    expect(await call(host, 'listRecent', {})).toEqual([
      expect.objectContaining({ path, exists: false }),
    ]);
  });

  it('takes a plan that is gone off the list when asked, and leaves the others', async () => {
    const host = window();
    const gone = plan('Gammel.omstil');
    const kept = plan('Kompetenceplan.omstil');
    await call(host, 'openPlan', { path: gone });
    await call(host, 'openPlan', { path: kept });
    rmSync(gone);
    expect(await call(host, 'forgetRecent', { path: gone })).toEqual([
      expect.objectContaining({ path: kept, exists: true }),
    ]);
    expect((await call(window(), 'listRecent', {})).map((r) => r.path)).toEqual([kept]);
    // A path not on the list changes nothing.
    expect((await call(host, 'forgetRecent', { path: at('Ukendt.omstil') })).length).toBe(1);
  });

  it('starts a damaged list afresh instead of stopping the program', async () => {
    writeFileSync(listPath(), '{ "ikke": "en liste"');
    const host = window();
    expect(await call(host, 'listRecent', {})).toEqual([]);
    const path = plan('Kompetenceplan.omstil');
    await call(host, 'openPlan', { path });
    expect((await call(host, 'listRecent', {})).map((r) => r.path)).toEqual([path]);
    expect(JSON.parse(readFileSync(listPath(), 'utf8'))).toHaveLength(1);
  });

  it('says where a recent plan stands in its year without opening it', async () => {
    const path = plan('Kompetenceplan.omstil');
    const host = window('2027-06-15T08:00:00.000Z');
    const status = await call(host, 'recentPlanStatus', { path });
    expect(status).toMatchObject({ status: 'active', evaluationDue: { state: 'due', year: 2027 } });
    expect(await call(host, 'getPlan', {})).toBeNull();
    expect(existsSync(at('.~lock.Kompetenceplan.omstil#'))).toBe(false);
    expect(await call(host, 'recentPlanStatus', { path: at('Findes ikke.omstil') })).toBeNull();
  });
});
