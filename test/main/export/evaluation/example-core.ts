import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../../src/main/host/dispatch';
import { createHandlers } from '../../../../src/main/host/handlers';
import type { ApiClient } from '../../../../src/shared/api';
import { API_CALLS } from '../../../../src/shared/api-names';

/**
 * The real core with the example plan in a fresh file, for the evaluation screen's renderer
 * tests (test/renderer/evaluation): the same handlers and input checks the loopback host uses,
 * called directly. It lives here because it needs Node, which the renderer's typecheck lacks.
 */
export function openExampleCore(): Promise<{ api: ApiClient; dispose: () => void }> {
  const folder = mkdtempSync(join(tmpdir(), 'omstil-evaluation-ui-'));
  const handlers = createHandlers({
    transport: 'http',
    appVersion: '0.0.0-test',
    defaultFolder: folder,
    recentFilesPath: join(folder, 'recent.json'),
  });
  const api = Object.fromEntries(
    API_CALLS.map((call) => [call, (input: unknown) => dispatch(handlers, call, input)]),
  ) as ApiClient;
  const dispose = () => {
    handlers.dispose();
    rmSync(folder, { recursive: true, force: true });
  };
  return api
    .newPlan({ path: join(folder, 'Eksempelplan.omstil'), example: true })
    .then((created) => {
      if (!created.ok) throw new Error(created.error.message.en);
      return { api, dispose };
    });
}
