import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../../src/main/core/plan-file/read-only';
import { updateEntity } from '../../../src/main/core/services/entity-service';
import { createHandlers } from '../../../src/main/host/handlers';
import type { PlanDocument } from '../../../src/shared/model/document';
import { useTempDir } from '../../helpers/temp-dir';
import { editing, liveEnv, twoCopies } from '../core/sync/fixtures';

const read = (path: string): PlanDocument => readPlanReadOnly(path).document;

describe('the merge calls, against the open plan', () => {
  const tempDir = useTempDir();
  const out = (name = 'Flettet.omstil') => join(tempDir(), name);

  function handlers() {
    return createHandlers(
      {
        transport: 'direct',
        appVersion: '0.1.0',
        defaultFolder: tempDir(),
        recentFilesPath: join(tempDir(), 'recent.json'),
      },
      liveEnv,
    );
  }

  it('previews, insists on a choice for every conflict, then writes and opens the result', async () => {
    const { mine, theirs } = twoCopies(tempDir());
    const a = read(mine).activities[0]!;
    editing(mine, (s) => updateEntity(s, { entity: 'activity', id: a.id, patch: { spent: 1 } }));
    editing(theirs, (s) =>
      updateEntity(s, { entity: 'activity', id: a.id, patch: { spent: 2, progress: 3 } }),
    );
    const h = handlers();
    await h.openPlan({ path: mine });
    const preview = await h.previewMerge({ theirsPath: theirs });
    expect(preview).toMatchObject({
      mine: { path: mine, name: 'Min.omstil' },
      theirs: { path: theirs, name: 'Deres.omstil' },
      takenFromTheirs: 1,
    });
    expect(preview.conflicts).toHaveLength(1);
    const outPath = out();
    await expect(
      Promise.resolve().then(() =>
        h.completeMerge({ theirsPath: theirs, outPath, resolutions: {} }),
      ),
    ).rejects.toMatchObject({ appError: { code: 'merge-unresolved' } });
    await expect(
      Promise.resolve().then(() =>
        h.completeMerge({ theirsPath: theirs, outPath, resolutions: { 'activity/x/y': 'mine' } }),
      ),
    ).rejects.toMatchObject({ appError: { code: 'merge-outdated' } });
    expect(existsSync(outPath)).toBe(false);

    const done = await h.completeMerge({
      theirsPath: theirs,
      outPath,
      resolutions: { [preview.conflicts[0]!.id]: 'theirs' },
    });
    expect(done).toMatchObject({ path: outPath, conflicts: 1, takenFromTheirs: 1 });
    expect(done.snapshot?.file).toMatchObject({ path: outPath, readOnly: false });
    expect(done.snapshot?.document.activities[0]).toMatchObject({ spent: 2, progress: 3 });
    h.dispose();
  });
});
