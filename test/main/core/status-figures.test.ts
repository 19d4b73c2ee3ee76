import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { readStatusFigures } from '../../../src/main/core/services/status-figures';
import { isOmstilError } from '../../../src/shared/errors';
import { WindowDocumentSchema } from '../../../src/shared/model/document';
import { summaryOf } from '../../../src/shared/model/stored/status-snapshot';
import { examplePlan } from '../../helpers/example-plan';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

describe("a marked status's figures: left out of the window's copy, read when compared", () => {
  const tempDir = useTempDir();

  function open(): PlanSession {
    const env = fixedEnvironment();
    return PlanSession.create(join(tempDir(), 'plan.omstil'), examplePlan(env), env);
  }

  it("gives the window each status's summary in place of its figures, on opening and after", () => {
    const session = open();
    const whole = session.document().statusSnapshots;
    expect(whole.length).toBeGreaterThanOrEqual(2);
    const summaries = whole.map((s) => ({ ...s, data: summaryOf(s.data) }));
    // The first look at the plan (the gate's own reading), and a fresh read after an edit.
    const first = session.snapshot().document;
    session.edit('touch', () => undefined);
    const again = session.snapshot().document;
    for (const document of [first, again]) {
      expect(document.statusSnapshots).toEqual(summaries);
      expect(Object.keys(document.statusSnapshots[0]!.data).sort()).toEqual([
        'budget',
        'participants',
        'progress',
      ]);
      expect(WindowDocumentSchema.safeParse(document).error?.issues ?? []).toEqual([]);
    }
    session.close();
  });

  it('reads the stored figures of the statuses asked for, in that order, checked', () => {
    const session = open();
    const [earlier, later] = session.document().statusSnapshots;
    const read = readStatusFigures(session, [later!.id, earlier!.id]);
    expect(read).toEqual([
      { id: later!.id, figures: later!.data },
      { id: earlier!.id, figures: earlier!.data },
    ]);
    const missing = '90000000-0000-4000-8000-000000000009';
    let refused: unknown = null;
    try {
      readStatusFigures(session, [missing]);
    } catch (e) {
      refused = e;
    }
    expect(isOmstilError(refused) && refused.appError.code).toBe('entity-not-found');
    session.close();
  });
});
