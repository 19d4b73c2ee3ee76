import type { Shell } from 'electron';
import { errors, OmstilError } from '../../shared/errors';
import type { HostContext } from '../host';

/**
 * `HostContext.openFile` with the system's own program for the file (a PDF reader, to print).
 * `shell.openPath` answers with an error message rather than rejecting; that becomes a refusal.
 */
export function createOpenFile(
  shell: Pick<Shell, 'openPath'>,
): NonNullable<HostContext['openFile']> {
  return async (path) => {
    const problem = await shell.openPath(path);
    if (problem) throw new OmstilError(errors.io(path, problem));
  };
}
