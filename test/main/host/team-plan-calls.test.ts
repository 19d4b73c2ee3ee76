import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntity } from '../../../src/main/core/services/entity-service';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { createHandlers, dispatch } from '../../../src/main/host';
import { contract, type CallInput, type CallOutput } from '../../../src/shared/api';
import type { ApiCall } from '../../../src/shared/api-names';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

describe('the team plan calls, through the real dispatch', () => {
  const tempDir = useTempDir();

  function host() {
    return createHandlers(
      {
        transport: 'http',
        appVersion: '0.1.0',
        defaultFolder: tempDir(),
        recentFilesPath: join(tempDir(), 'recent.json'),
      },
      fixedEnvironment(),
    );
  }

  it('refuses a missing path, a team that is not an id and an unknown key before reading anything', async () => {
    const h = host();
    const refused = async (input: unknown) => {
      const result = await dispatch(h, 'previewTeamPlan', input);
      return result.ok ? null : result.error;
    };
    expect((await refused({ sourcePath: '  ' }))?.issues?.[0]).toMatchObject({
      path: 'sourcePath',
      rule: 'required',
    });
    expect((await refused({ sourcePath: '/x.omstil', teamId: 'Team A' }))?.code).toBe(
      'invalid-input',
    );
    expect((await refused({ sourcePath: '/x.omstil', merge: true }))?.code).toBe('unknown-key');
    const filing = await dispatch(h, 'fileTeamPlan', { sourcePath: 7 });
    expect(filing.ok ? null : filing.error.code).toBe('invalid-input');
    h.dispose();
  });

  it('previews, files as one step that undo takes back, and says why a file is refused', async () => {
    const env = fixedEnvironment('2026-11-28T09:00:00.000Z', '11111111');
    const source = join(tempDir(), 'Team.omstil');
    const team = PlanSession.create(source, emptyPlanDocument('GRUS', 'da', env), env);
    const group = createEntity(team, { entity: 'targetGroup', values: { name: 'Team Løn' } });
    createEntity(team, {
      entity: 'competence',
      values: { title: 'Lønsystemet', targetGroupIds: [group] },
    });
    team.close();

    const h = host();
    const opened = await dispatch(h, 'newPlan', { path: join(tempDir(), 'SU.omstil') });
    expect(opened.ok).toBe(true);
    /** The call's answer, read with its own output schema. */
    const answer = async <C extends ApiCall>(call: C, input: CallInput<C>) => {
      const result = await dispatch(h, call, input);
      if (!result.ok) throw new Error(result.error.message.en);
      return contract[call].output.parse(result.value) as CallOutput<C>;
    };
    const preview = await answer('previewTeamPlan', { sourcePath: source });
    expect(preview.added.map((e) => e.title)).toEqual(['Team Løn', 'Lønsystemet']);
    const filed = await answer('fileTeamPlan', { sourcePath: source });
    expect(filed.report.added).toEqual(preview.added);
    expect(filed.change.history.undoStep?.action).toBe('file-team-plan');
    const undone = await answer('undo', {});
    expect(undone.patch.removed).toHaveLength(2);

    const broken = join(tempDir(), 'Ødelagt.omstil');
    writeFileSync(broken, 'ikke en plan');
    const refused = await dispatch(h, 'previewTeamPlan', { sourcePath: broken });
    const opening = await dispatch(h, 'openPlan', { path: broken });
    expect(refused.ok || opening.ok).toBe(false);
    if (!refused.ok && !opening.ok) expect(refused.error).toEqual(opening.error);
    h.dispose();
  });
});
