import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../../../src/main/core/db/connection';
import { historyState } from '../../../../src/main/core/history/undo-log';
import { lockPathFor } from '../../../../src/main/core/lock/lock-file';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import { createEntity } from '../../../../src/main/core/services/entity-service';
import { emptyPlanDocument } from '../../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../../src/main/core/services/plan-session';
import { logSize } from '../../../../src/main/core/repositories/change-log-rows';
import { readLog } from '../../../../src/main/core/sync/change-log';
import { existsSync } from 'node:fs';
import { useTempDir } from '../../../helpers/temp-dir';
import { buildPlanChild, killChildren, startChild } from '../fixtures/child-process';
import { liveEnv, omstilCheck } from './fixtures';

/** Copies made while another process edits; each round of edits creates two members. */
const COPIES = 6;
const EDITS_PER_COPY = 6;

function inspectCopy(path: string) {
  const db = openConnection(path, { readonly: true });
  try {
    return { history: historyState(db), logSize: logSize(db), log: readLog(db) };
  } finally {
    db.close();
  }
}

describe('save a copy', () => {
  const tempDir = useTempDir();
  let child: { entry: string };

  beforeAll(async () => {
    child = await buildPlanChild();
  });
  afterAll(() => {
    killChildren();
  });

  it('holds exactly the edits made before it, while edits go on around it, and passes check', async () => {
    const path = join(tempDir(), 'Plan.omstil');
    const session = PlanSession.create(
      path,
      emptyPlanDocument('Kompetenceplan', 'da', liveEnv),
      liveEnv,
    );
    const copies: { path: string; members: string[]; log: number }[] = [];
    for (let i = 0; i < 6; i++) {
      createEntity(session, { entity: 'member', values: { name: `Medlem ${i}`, role: 'other' } });
      const copy = join(tempDir(), `Kopi ${i}.omstil`);
      session.saveCopy(copy, {});
      copies.push({
        path: copy,
        members: session.document().members.map((m) => m.name),
        log: session.read((db) => logSize(db)),
      });
      createEntity(session, { entity: 'member', values: { name: `Efter ${i}`, role: 'other' } });
    }
    session.close();

    for (const copy of copies) {
      expect(readPlanReadOnly(copy.path).document.members.map((m) => m.name)).toEqual(copy.members);
      expect(await omstilCheck(copy.path)).toMatchObject({ code: 0 });
      const inside = inspectCopy(copy.path);
      // No undo history (it is the sender's), but the whole change log, for a later merge.
      expect(inside.history.canUndo).toBe(false);
      expect(inside.logSize).toBe(copy.log);
      // A copy is a closed file: no lock travels with it.
      expect(existsSync(lockPathFor(copy.path))).toBe(false);
    }
  });

  it('carries the undo history only when asked', () => {
    const path = join(tempDir(), 'Plan.omstil');
    const session = PlanSession.create(path, emptyPlanDocument('P', 'da', liveEnv), liveEnv);
    createEntity(session, { entity: 'member', values: { name: 'A', role: 'other' } });
    const withHistory = join(tempDir(), 'Med historik.omstil');
    session.saveCopy(withHistory, { includeHistory: true });
    session.close();
    expect(inspectCopy(withHistory).history).toMatchObject({
      canUndo: true,
      undoLabel: 'create:member',
    });
  });

  it('is complete while another process keeps editing the plan', async () => {
    const path = join(tempDir(), 'Delt.omstil');
    PlanSession.create(path, emptyPlanDocument('Delt plan', 'da', liveEnv), liveEnv).close();
    const writer = startChild(child.entry, ['cued', path, 'w']);
    await writer.waitFor((e) => e.event === 'opened');

    // Someone else has the plan, so here it is read-only, and the copy is made from that.
    const session = PlanSession.open(path, liveEnv);
    expect(session.readOnly).toBe(true);
    const copies: { path: string; acked: string[] }[] = [];
    for (let k = 0; k < COPIES; k++) {
      // The writer starts a round of edits and makes them while the copy is written; the next
      // round waits for this one's last edit, so the writer is still at work for every copy.
      writer.tell(String(EDITS_PER_COPY));
      const acked = writer.events
        .filter((e) => e.event === 'ack' && e['op'] === 'member')
        .map((e) => String(e['name']));
      const copy = join(tempDir(), `Kopi ${k}.omstil`);
      session.saveCopy(copy, {});
      copies.push({ path: copy, acked });
      const last = (k + 1) * EDITS_PER_COPY - 1;
      await writer.waitFor((e) => e.event === 'ack' && e['i'] === last);
    }
    writer.process.stdin?.end();
    await writer.waitFor((e) => e.event === 'closed');
    await writer.exited;
    session.close();

    expect(copies.some((c) => c.acked.length > 0)).toBe(true);
    for (const copy of copies) {
      expect(await omstilCheck(copy.path), copy.path).toMatchObject({ code: 0 });
      const names = new Set(readPlanReadOnly(copy.path).document.members.map((m) => m.name));
      for (const name of copy.acked) expect(names, copy.path).toContain(name);
    }
    // The last copies hold edits the writer made after the first ones: it really went on.
    const first = readPlanReadOnly(copies[0]!.path).document.members.length;
    const last = readPlanReadOnly(copies.at(-1)!.path).document.members.length;
    expect(last).toBeGreaterThan(first);
  }, 60_000);
});
