import { PDF_SECTIONS } from '../../../src/main/export/sections';
import type { ApiClient, AppInfo, CallInput, CallOutput } from '../../../src/shared/api';
import type { AppError } from '../../../src/shared/errors';
import { createFakeApi, type FakeApi } from '../fake-api';
import { browserAppInfo, snapshotOf } from '../fixtures';

type ExportInput = CallInput<'exportPlan'>;

/**
 * The in-memory core with the example plan open and the export calls answered as the core does:
 * the PDF's real section list, and an export that writes nowhere but records what it was asked.
 */
export function exportFake(
  options: {
    appInfo?: AppInfo;
    refuseWith?: AppError;
    overrides?: Partial<ApiClient>;
  } = {},
): FakeApi & { exports: ExportInput[] } {
  const exports: ExportInput[] = [];
  const fake = createFakeApi(
    { appInfo: options.appInfo ?? browserAppInfo, open: snapshotOf() },
    {
      exportSections: () => Promise.resolve({ ok: true, value: { sections: [...PDF_SECTIONS] } }),
      exportPlan: (input) => {
        exports.push(input);
        if (options.refuseWith) return Promise.resolve({ ok: false, error: options.refuseWith });
        const value: CallOutput<'exportPlan'> = {
          path: input.path,
          bytes: 48_213,
          ...(input.format === 'pdf' ? { pages: 7 } : {}),
        };
        return Promise.resolve({ ok: true, value });
      },
      ...options.overrides,
    },
  );
  return { ...fake, exports };
}
