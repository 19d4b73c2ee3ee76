// Each kind of edit on a plan, for scripts/bench.mjs: through the core (the service and the
// patch it answers), through the HTTP host (the answer's text read and parsed), and one bare SQL
// update of the same file as the floor. Works on a copy: the bare update is a change made
// outside Omstil, which the plan's checksums would find in the next part. Prints one JSON line.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answer, built, peakMb, startHost, timed } from './measure.mjs';

const [outDir, original, runs = '5'] = process.argv.slice(2);
const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-edit-'));
const path = join(folder, 'Kopi.omstil');
copyFileSync(original, path);
const core = built(outDir, 'core');
const { openConnection } = built(outDir, 'connection');
const KINDS = ['update', 'create', 'link', 'unlink', 'delete', 'undo', 'redo'];

/**
 * One round of every kind of edit on the activity in the middle of the plan and on a new one,
 * through `call(name, input)`, which names its calls as the contract does. Times each edit.
 */
async function round(call, activityId, competenceId, i, out) {
  const note = async (kind, name, input) => {
    const { ms, cpuMs, value } = await timed(() => call(name, input));
    out[kind].push({ ms, cpuMs, bytes: value?.bytes ?? 0 });
    return value;
  };
  await note('update', 'updateEntity', {
    entity: 'activity',
    id: activityId,
    patch: { title: `Kursus i det nye system, hold ${i}` },
  });
  const created = await note('create', 'createEntity', {
    entity: 'activity',
    values: { title: `Ny indsats ${i}` },
  });
  const link = { kind: 'activity-competence', fromId: created.id, toId: competenceId };
  await note('link', 'addLink', link);
  await note('unlink', 'removeLink', link);
  await note('delete', 'deleteEntity', { entity: 'activity', id: created.id });
  await note('undo', 'undo', {});
  await note('redo', 'redo', {});
}

const empty = () => Object.fromEntries(KINDS.map((k) => [k, []]));

// Through the core: the services on an open session, each answered with its patch.
const session = core.PlanSession.open(path);
// Only the two ids are kept: the plan read here is not the host's memory, measured below.
const [activityId, competenceId] = (({ activities, competences }) => [
  activities[Math.floor(activities.length / 2)].id,
  competences[0].id,
])(session.snapshot().document);
const services = {
  updateEntity: (input) => core.updateEntity(session, input),
  createEntity: (input) => ({ id: core.createEntity(session, input) }),
  addLink: ({ kind, fromId, toId }) => core.addLink(session, kind, fromId, toId),
  removeLink: ({ kind, fromId, toId }) => core.removeLink(session, kind, fromId, toId),
  deleteEntity: ({ entity, id }) => core.deleteEntity(session, entity, id),
  undo: () => session.undo(),
  redo: () => session.redo(),
};
const viaCore = (name, input) => {
  const value = services[name](input);
  session.change();
  return value;
};
const coreTimes = empty();
for (let i = 0; i <= Number(runs); i++)
  await round(viaCore, activityId, competenceId, i, coreTimes);
session.close();

// Through the HTTP host, as the page edits.
const host = await startHost(outDir);
// The page's copy of the opened plan is the page's memory, not the host's: the answer is read
// and let go as it arrives.
await host.post('openPlan', { path }, { discard: true });
const viaHttp = async (name, input) => {
  const { value, bytes } = await host.post(name, input);
  return { ...(name === 'createEntity' ? { id: value.id } : {}), bytes };
};
const httpTimes = empty();
for (let i = 0; i <= Number(runs); i++)
  await round(viaHttp, activityId, competenceId, i, httpTimes);
await host.post('closePlan', {});
const hostPeakMb = peakMb();
await host.stop();

// The floor: one row updated in its own transaction, on a connection opened as the core opens
// one (its journal and sync settings), as the core's edit does before it records undo and the
// change log.
const db = openConnection(path, { readonly: false });
const update = db.prepare('UPDATE activity SET title = ? WHERE id = ?');
const sql = [];
for (let i = 0; i <= Number(runs); i++) {
  sql.push(
    await timed(() => db.transaction(() => update.run(`Bar SQL ${i}`, activityId)).immediate()),
  );
}
db.close();
rmSync(folder, { recursive: true, force: true });

// The first round also loads and compiles the code.
const rest = (times) =>
  Object.fromEntries(Object.entries(times).map(([k, list]) => [k, list.slice(1)]));
answer({
  core: rest(coreTimes),
  http: rest(httpTimes),
  sql: sql.slice(1).map(({ ms, cpuMs }) => ({ ms, cpuMs })),
  hostPeakMb,
});
