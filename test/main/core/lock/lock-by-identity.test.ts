import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../../../src/main/core/lock/lock-file';
import type { Environment } from '../../../../src/main/core/services/clock';
import { emptyPlanDocument } from '../../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../../src/main/core/services/plan-service';
import { createHandlers } from '../../../../src/main/host/handlers';
import { catchAppError } from '../../../helpers/errors';
import { useTempDir } from '../../../helpers/temp-dir';
import { buildPlanChild, killChildren, startChild } from '../fixtures/child-process';

const env: Environment = { now: () => new Date(), newId: () => randomUUID() };

describe('the lock holds the file, whatever name it is opened by', () => {
  const tempDir = useTempDir();
  let child: { entry: string };

  beforeAll(async () => {
    child = await buildPlanChild();
  });
  afterAll(() => {
    killChildren();
  });

  /** A plan in one folder and a second folder, as a shared drive and a colleague's shortcut. */
  function planAndOtherFolder(): { plan: string; other: string } {
    const shared = join(tempDir(), 'Fællesdrev');
    const other = join(tempDir(), 'Genveje');
    mkdirSync(shared);
    mkdirSync(other);
    const plan = join(shared, 'Kompetenceplan.omstil');
    PlanSession.create(plan, emptyPlanDocument('Kompetenceplan 2027', 'da', env), env).close();
    return { plan, other };
  }

  it.each([
    ['a symbolic link', (target: string, link: string) => symlinkSync(target, link)],
    ['a hard link', (target: string, link: string) => linkSync(target, link)],
  ])('stops a second writer that reaches the plan through %s in another folder', (_, makeLink) => {
    const { plan, other } = planAndOtherFolder();
    const link = join(other, 'Planen.omstil');
    makeLink(plan, link);

    const mine = PlanSession.open(plan, env);
    updatePlan(mine, { purpose: 'Mit formål' });
    const theirs = PlanSession.open(link, env);
    expect(theirs.readOnly).toBe(true);
    expect(theirs.notice?.code).toBe('locked');
    // Their undo cannot revert my edit.
    expect(catchAppError(() => theirs.undo()).code).toBe('read-only');
    expect(mine.document().plan.purpose).toBe('Mit formål');
    theirs.close();
    // Closing the read-only view left my lock in place, and nothing beside the link.
    expect(existsSync(lockPathFor(plan))).toBe(true);
    expect(readdirSync(other)).toEqual(['Planen.omstil']);
    updatePlan(mine, { purpose: 'Stadig mit' });
    mine.close();

    // Once I have closed it, the link opens for editing.
    const later = PlanSession.open(link, env);
    expect(later.readOnly).toBe(false);
    later.close();
  });

  it('stops another program on this machine that opens the plan through a hard link', async () => {
    const { plan, other } = planAndOtherFolder();
    const link = join(other, 'Planen.omstil');
    linkSync(plan, link);
    const holder = startChild(child.entry, ['hold', link]);
    const opened = await holder.waitFor((e) => e.event === 'opened');
    expect(opened['readOnly']).toBe(false);

    const mine = PlanSession.open(plan, env);
    expect(mine.readOnly).toBe(true);
    expect(mine.fileInfo().lock).toMatchObject({ takeOver: 'confirm' });
    mine.close();

    holder.process.stdin?.end();
    await holder.waitFor((e) => e.event === 'closed');
    await holder.exited;
    const free = PlanSession.open(plan, env);
    expect(free.readOnly).toBe(false);
    free.close();
  });

  it('answers a second open of the plan this window has with that plan, still editable and locked', async () => {
    const { plan, other } = planAndOtherFolder();
    const link = join(other, 'Planen.omstil');
    symlinkSync(plan, link);
    const handlers = createHandlers(
      {
        transport: 'direct',
        appVersion: '0.0.0-test',
        defaultFolder: tempDir(),
        recentFilesPath: join(tempDir(), 'recent.json'),
      },
      env,
    );
    try {
      await handlers.openPlan({ path: plan });
      await handlers.updatePlan({ patch: { purpose: 'Før' } });
      for (const path of [plan, link]) {
        const again = await handlers.openPlan({ path });
        expect(again.file.readOnly).toBe(false);
        expect(again.history.canUndo).toBe(true);
        expect(existsSync(lockPathFor(plan))).toBe(true);
      }
      const edited = await handlers.updatePlan({ patch: { purpose: 'Efter' } });
      expect(edited.patch.plan?.purpose).toBe('Efter');
    } finally {
      handlers.dispose();
    }
    expect(existsSync(lockPathFor(plan))).toBe(false);
  });
});
