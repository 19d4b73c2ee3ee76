import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { isOmstilError } from '../../shared/errors';
import { createHandlers } from '../host';
import { startHttpHost } from './server';
import packageJson from '../../../package.json';

/**
 * `npm run web -- [<plan.omstil>] [--port N]`: the program in a browser, for machines without
 * Electron and for the browser tests. Prints the address on one line when ready.
 */
async function main(argv: string[]): Promise<number> {
  let planPath: string | null = null;
  let port = 0;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--port') {
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write('Ugyldigt portnummer efter --port.\n');
        return 1;
      }
    } else if (word.startsWith('-')) {
      process.stderr.write(
        `Ukendt valg ${word}. Brug: npm run web -- [<plan.omstil>] [--port N]\n`,
      );
      return 1;
    } else {
      planPath = resolve(word);
    }
  }
  const dataDir = process.env['OMSTIL_DATA_DIR'] ?? join(homedir(), '.omstil');
  const handlers = createHandlers({
    transport: 'http',
    appVersion: packageJson.version,
    // New plans and the example are proposed in the user's home folder, as the desktop program
    // proposes Documents: never the folder the program was started from, nor a given plan's.
    defaultFolder: homedir(),
    recentFilesPath: join(dataDir, 'recent-files.json'),
  });
  if (planPath) {
    try {
      await handlers.openPlan({ path: planPath });
    } catch (e) {
      process.stderr.write(`${isOmstilError(e) ? e.appError.message.da : String(e)}\n`);
      return 2;
    }
  }
  const staticRoot = process.env['OMSTIL_WEB_ROOT'] ?? resolve(__dirname, '..', 'web');
  const host = await startHttpHost({ handlers, staticRoot, port });
  process.stdout.write(`${host.url}\n`);
  const stop = () => {
    handlers.dispose();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  if (code !== 0) process.exit(code);
});
