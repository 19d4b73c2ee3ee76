import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathFor } from '../../../src/main/core/lock/lock-file';
import type { Environment } from '../../../src/main/core/services/clock';
import { createEntity } from '../../../src/main/core/services/entity-service';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { createHandlers, type Handlers } from '../../../src/main/host/handlers';
import type { CallArgs, CallOutput } from '../../../src/shared/api';
import type { ApiCall } from '../../../src/shared/api-names';
import { useTempDir } from '../../helpers/temp-dir';

const env: Environment = { now: () => new Date(), newId: () => randomUUID() };

/** A contract call as a transport makes it, typed by the call. */
async function call<C extends ApiCall>(
  h: Handlers,
  c: C,
  input: CallArgs<C>,
): Promise<CallOutput<C>> {
  const handler = h[c] as unknown as (i: CallArgs<C>) => CallOutput<C> | Promise<CallOutput<C>>;
  return await handler(input);
}

describe('the calls on a plan someone else has open', () => {
  const tempDir = useTempDir();

  function newPlan(name = 'Kompetenceplan.omstil'): string {
    const path = join(tempDir(), name);
    PlanSession.create(path, emptyPlanDocument('Kompetenceplan 2027', 'da', env), env).close();
    return path;
  }

  function handlers() {
    return createHandlers(
      {
        transport: 'direct',
        appVersion: '0.1.0',
        defaultFolder: tempDir(),
        recentFilesPath: join(tempDir(), 'recent.json'),
      },
      env,
    );
  }

  it('offers "open a copy" of a plan someone else has open, and "take over" when confirmed', async () => {
    const path = newPlan();
    const holder = PlanSession.open(path, env, { owner: { machine: 'HR-PC-17', user: 'mette' } });
    createEntity(holder, { entity: 'member', values: { name: 'Mette Holm', role: 'hr' } });

    const h = handlers();
    const snapshot = await call(h, 'openPlan', { path });
    expect(snapshot.file).toMatchObject({ readOnly: true, notice: { code: 'locked' } });
    expect(snapshot.file.lock).toMatchObject({ user: 'mette', machine: 'HR-PC-17' });

    const copyPath = join(tempDir(), 'Min kopi.omstil');
    const copy = await call(h, 'openCopy', { path: copyPath });
    expect(copy.file).toMatchObject({
      path: copyPath,
      readOnly: false,
      notice: null,
      lock: null,
    });
    expect(copy.document.members.map((m) => m.name)).toEqual(['Mette Holm']);
    // The copy is the same plan (mergeable later) and its own file, without their undo steps.
    expect(copy.document.plan.id).toBe(holder.document().plan.id);
    expect(copy.history.canUndo).toBe(false);
    expect(existsSync(lockPathFor(copyPath))).toBe(true);

    await call(h, 'openPlan', { path });
    await expect(call(h, 'takeOverLock', {})).rejects.toMatchObject({
      appError: { code: 'locked' },
    });
    const taken = await call(h, 'takeOverLock', { confirmed: true });
    expect(taken.file).toMatchObject({ readOnly: false, notice: null });
    h.dispose();
    expect(existsSync(lockPathFor(path))).toBe(false);
    expect(existsSync(lockPathFor(copyPath))).toBe(false);
    holder.close();
  });

  it('releases the lock on dispose (the shell calls it on quit)', async () => {
    const path = newPlan();
    const h = handlers();
    await call(h, 'openPlan', { path });
    expect(existsSync(lockPathFor(path))).toBe(true);
    h.dispose();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('refuses to replace a plan someone has open when saving a copy over it', async () => {
    const path = newPlan();
    const target = newPlan('Andens.omstil');
    const other = PlanSession.open(target, env, { owner: { machine: 'HR-PC-17' } });
    const h = handlers();
    await call(h, 'openPlan', { path });
    await expect(call(h, 'saveCopy', { path: target, overwrite: true })).rejects.toMatchObject({
      appError: { code: 'locked' },
    });
    other.close();
    expect(await call(h, 'saveCopy', { path: target, overwrite: true })).toEqual({
      path: target,
    });
    h.dispose();
  });
});
