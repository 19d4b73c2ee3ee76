// One measurement of opening a very large plan and reading all of it, in a fresh process, for
// scripts/bench.mjs: every table of the file read with bare SQL (the floor), the core opening
// the plan and answering its snapshot, and the same through the loopback HTTP host, answer parsed
// by the client as the page parses it. Taken in turn, so a busy spell falls on all three alike.
// Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [outDir, path, repeat = '5'] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const core = require(join(outDir, 'core.cjs'));
const host = require(join(outDir, 'host.cjs'));
const { startHttpHost } = require(join(outDir, 'http.cjs'));
const Database = require('better-sqlite3');

/** CPU time of this process in ms: on a busy machine, closer to a quiet machine's time than the clock. */
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

async function timed(fn) {
  const cpu = cpuMs();
  const start = performance.now();
  await fn();
  return { ms: performance.now() - start, cpuMs: cpuMs() - cpu };
}

/** Every row of every table, as SQLite hands them over: what no way of opening can go below. */
function bareRead() {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all();
    let rows = 0;
    for (const table of tables) rows += db.prepare(`SELECT * FROM "${table}"`).all().length;
    return rows;
  } finally {
    db.close();
  }
}

function coreRead() {
  const session = core.PlanSession.open(path);
  session.snapshot();
  session.close();
}

const folder = mkdtempSync(join(tmpdir(), 'omstil-bench-http-'));
const handlers = host.createHandlers({
  transport: 'http',
  appVersion: 'bench',
  defaultFolder: folder,
  recentFilesPath: join(folder, 'recent.json'),
});
const server = await startHttpHost({ handlers, staticRoot: folder });

/**
 * One call as the page makes it, answer parsed as JSON; on a connection of its own, since an idle
 * kept-alive one may be closed by the host just as the next call goes out on a busy machine.
 */
function call(name, input) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.origin}api/${name}`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', cookie: server.cookie },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const result = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          if (result.ok) resolve(result.value);
          else reject(new Error(`${name}: ${result.error.message.en}`));
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

async function httpRead() {
  const snapshot = await call('openPlan', { path });
  if (snapshot.document.activities.length === 0) throw new Error('no activities');
  await call('closePlan', {});
}

const runs = { bare: [], core: [], http: [] };
try {
  for (let i = 0; i < Number(repeat); i++) {
    runs.bare.push(await timed(bareRead));
    runs.core.push(await timed(coreRead));
    runs.http.push(await timed(httpRead));
  }
} finally {
  await server.close();
  handlers.dispose();
  rmSync(folder, { recursive: true, force: true });
}
console.log(JSON.stringify(runs));
