// What every measuring process of `npm run bench` shares: the built code, the clocks, and one
// host on the plan as the program's HTTP transport serves it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** A module scripts/bench.mjs built into `outDir` (see its list of entries). */
export const built = (outDir, name) => require(join(outDir, `${name}.cjs`));

/**
 * CPU time of the main thread in ms where Linux tells it (/proc); else of the whole process. On a
 * machine busy with other work, wall time grows with the queue for the cores; the main thread's
 * CPU time is close to what the same work takes on an idle machine.
 */
export function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  }
}

/** CPU time of the process in ms, to the microsecond (the main thread's above counts in 10 ms ticks). */
const processCpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * Runs `fn` (sync or async) and tells how long it took by the clock and by the process's CPU
 * time: on a machine busy with other work, the better guess of what it takes on an idle one.
 */
export async function timed(fn) {
  const cpu = processCpuMs();
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, cpuMs: processCpuMs() - cpu, value };
}

/** The highest resident memory of this process so far, in MB. */
export const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Prints the process's answer to scripts/bench.mjs: one JSON line, the last of its output. */
export const answer = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

/**
 * The contract's handlers with a settings folder of their own, and the loopback HTTP host on
 * them as `npm run web` and the browser tests start it (`staticRoot`: the built renderer).
 */
export async function startHost(outDir, staticRoot = join(outDir, 'no-web')) {
  const host = built(outDir, 'host');
  const { startHttpHost } = built(outDir, 'http-server');
  const settings = mkdtempSync(join(tmpdir(), 'omstil-bench-settings-'));
  const handlers = host.createHandlers({
    transport: 'http',
    appVersion: 'bench',
    defaultFolder: settings,
    recentFilesPath: join(settings, 'recent.json'),
    pdfWorkerFile: join(outDir, 'pdf-worker.cjs'),
  });
  const http = await startHttpHost({ handlers, staticRoot });
  /**
   * One call over HTTP, as the page makes it; the answer's text is read and parsed. With
   * `discard`, it is only counted as it arrives, so that this process's memory is the host's.
   */
  const post = async (name, input, { discard = false } = {}) => {
    const url = new URL(`api/${name}`, http.origin);
    if (discard) {
      const { bytes, ok } = await postJson(url, http.cookie, input, true);
      if (!ok) throw new Error(`${name}: the host answered with an error`);
      return { value: null, bytes };
    }
    const text = await postJson(url, http.cookie, input);
    const result = JSON.parse(text);
    if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
    return { value: result.value, bytes: text.length };
  };
  /** One call straight through the contract's dispatch, as the desktop's IPC makes it. */
  const dispatch = async (name, input) => {
    const result = await host.dispatch(handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
    return { value: result.value };
  };
  return {
    url: http.url,
    post,
    dispatch,
    stop: async () => {
      handlers.dispose();
      await http.close();
      rmSync(settings, { recursive: true, force: true });
    },
  };
}

/**
 * POSTs `input` as JSON on a connection of its own and reads the answer as text (with `discard`,
 * only its length and whether it starts as a success does). Not fetch: its
 * pooled connection is closed by the host after 5 idle seconds (Node's keep-alive), and a call
 * after a longer measurement between them can race that close and fail.
 */
function postJson(url, cookie, input, discard = false) {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie,
        },
      },
      (res) => {
        if (discard) {
          let bytes = 0;
          let start = '';
          res.on('data', (c) => {
            if (start.length < 16) start += c.toString('utf8', 0, 16);
            bytes += c.length;
          });
          res.on('end', () => resolve({ bytes, ok: start.startsWith('{"ok":true') }));
          res.on('error', reject);
          return;
        }
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
