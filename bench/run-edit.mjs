// One measurement of editing a very large plan, in a fresh process, for scripts/bench.mjs: each
// kind of edit as the program's host answers it (the contract's dispatch, the core, the answer
// as JSON), beside the same write in bare SQL on the same file. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [outDir, path, repeat = '15'] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const host = require(join(outDir, 'host.cjs'));
const { openConnection } = require(join(outDir, 'connection.cjs'));

const settings = mkdtempSync(join(tmpdir(), 'omstil-bench-settings-'));
const handlers = host.createHandlers(
  {
    transport: 'http',
    appVersion: 'bench',
    defaultFolder: settings,
    recentFilesPath: join(settings, 'recent.json'),
    pdfWorkerFile: join(outDir, 'pdf-worker.cjs'),
  },
  undefined,
);

/** One call as the host answers it, through JSON both ways as the loopback transport carries it. */
async function call(name, input) {
  const result = await host.dispatch(handlers, name, JSON.parse(JSON.stringify(input)));
  const text = JSON.stringify(result);
  if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
  return { value: result.value, bytes: text.length };
}

/** CPU time of this process in ms: on a busy machine, closer to a quiet machine's time than the clock. */
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

async function timed(fn) {
  const cpu = cpuMs();
  const start = performance.now();
  const out = await fn();
  return {
    ms: performance.now() - start,
    cpuMs: cpuMs() - cpu,
    bytes: out?.bytes ?? 0,
    value: out?.value,
  };
}

const opened = await call('openPlan', { path });
const doc = opened.value.document;
const activityId = doc.activities[Math.floor(doc.activities.length / 2)].id;
const competenceIds = doc.competences.map((c) => c.id);

const runs = Number(repeat);
const kinds = { update: [], create: [], link: [], unlink: [], delete: [], undo: [], redo: [] };
for (let i = 0; i < runs; i++) {
  kinds.update.push(
    await timed(() =>
      call('updateEntity', {
        entity: 'activity',
        id: activityId,
        patch: { title: `Kursus i det nye system, hold ${i}` },
      }),
    ),
  );
  const created = await timed(() =>
    call('createEntity', { entity: 'activity', values: { title: `Ny indsats ${i}` } }),
  );
  kinds.create.push(created);
  const newId = created.value.id;
  const competence = competenceIds[i % competenceIds.length];
  kinds.link.push(
    await timed(() =>
      call('addLink', { kind: 'activity-competence', fromId: newId, toId: competence }),
    ),
  );
  kinds.unlink.push(
    await timed(() =>
      call('removeLink', { kind: 'activity-competence', fromId: newId, toId: competence }),
    ),
  );
  kinds.delete.push(await timed(() => call('deleteEntity', { entity: 'activity', id: newId })));
  kinds.undo.push(await timed(() => call('undo', {})));
  kinds.redo.push(await timed(() => call('redo', {})));
}
await call('closePlan', {});
handlers.dispose();

// The floor: one row updated in its own transaction, on a connection opened as the core opens
// one (its journal and sync settings), as the core's edit does before it records undo and the
// change log.
const db = openConnection(path, { readonly: false });
const update = db.prepare('UPDATE activity SET title = ? WHERE id = ?');
const sql = [];
const sqlCpu = [];
for (let i = 0; i < runs; i++) {
  const cpu = cpuMs();
  const start = performance.now();
  db.transaction(() => update.run(`Bare SQL ${i}`, activityId)).immediate();
  sql.push(performance.now() - start);
  sqlCpu.push(cpuMs() - cpu);
}
db.close();
rmSync(settings, { recursive: true, force: true });

const summary = Object.fromEntries(
  Object.entries(kinds).map(([kind, list]) => [
    kind,
    {
      ms: list.map((r) => r.ms),
      cpuMs: list.map((r) => r.cpuMs),
      bytes: Math.max(...list.map((r) => r.bytes)),
    },
  ]),
);
console.log(JSON.stringify({ activities: doc.activities.length, edits: summary, sql, sqlCpu }));
