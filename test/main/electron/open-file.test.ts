import { describe, expect, it, vi } from 'vitest';
import { createOpenFile } from '../../../src/main/electron/open-file';
import { isOmstilError } from '../../../src/shared/errors';

describe('opening an exported file in the system viewer', () => {
  it('hands the path to shell.openPath', async () => {
    const openPath = vi.fn(() => Promise.resolve(''));
    await createOpenFile({ openPath })('/p/Plan.pdf');
    expect(openPath).toHaveBeenCalledWith('/p/Plan.pdf');
  });

  it.each(['/p/plan.omstil', '/p/run.exe', '/p/script.sh', '/p/Plan.pdf.lnk', '/p/noextension'])(
    'refuses %s, which no export writes, before the shell sees it',
    async (path) => {
      const openPath = vi.fn(() => Promise.resolve(''));
      const error: unknown = await createOpenFile({ openPath })(path).catch((e: unknown) => e);
      expect(isOmstilError(error)).toBe(true);
      if (!isOmstilError(error)) return;
      expect(error.appError.code).toBe('wrong-extension');
      expect(error.appError.message.da).toContain(path);
      expect(openPath).not.toHaveBeenCalled();
    },
  );

  it('opens every export format, whatever the case of its extension', async () => {
    const openPath = vi.fn(() => Promise.resolve(''));
    for (const path of ['/p/a.pdf', '/p/b.XLSX', '/p/c.csv', '/p/d.json', '/p/e.ics']) {
      await createOpenFile({ openPath })(path);
    }
    expect(openPath).toHaveBeenCalledTimes(5);
  });

  it("turns the shell's error message into a refusal that names the file", async () => {
    const openPath = vi.fn(() => Promise.resolve('No application is associated with .pdf'));
    const error: unknown = await createOpenFile({ openPath })('/p/Plan.pdf').catch(
      (e: unknown) => e,
    );
    expect(isOmstilError(error)).toBe(true);
    if (!isOmstilError(error)) return;
    expect(error.appError.code).toBe('io-error');
    expect(error.appError.message.da).toContain('/p/Plan.pdf');
    expect(error.appError.message.da).toContain('No application is associated');
  });
});
