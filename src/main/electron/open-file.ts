import type { Shell } from 'electron';
import { errors, OmstilError } from '../../shared/errors';
import { isExportFile } from '../../shared/file-extensions';
import type { HostContext } from '../host';

/**
 * `HostContext.openFile` with the system's own program for the file (a PDF reader, to print).
 * `shell.openPath` answers with an error message rather than rejecting; that becomes a refusal.
 */
export function createOpenFile(
  shell: Pick<Shell, 'openPath'>,
): NonNullable<HostContext['openFile']> {
  return async (path) => {
    // The last gate before the shell, which would run a program or script as readily as a PDF.
    if (!isExportFile(path)) throw new OmstilError(errors.notAnExport(path));
    const problem = await shell.openPath(path);
    if (problem) throw new OmstilError(errors.io(path, problem));
  };
}
