import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { resetAppStore, useAppStore } from '../../../src/renderer/store';
import type { CallInput } from '../../../src/shared/api';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Language } from '../../../src/shared/model/enums';
import { colleague } from '../planner/helpers';
import { openCore, type InProcessCore } from '../real-core';

type Edits =
  'createEntity' | 'updateEntity' | 'deleteEntity' | 'reorderEntities' | 'addLink' | 'removeLink';

export interface PlanApi extends InProcessCore {
  /** The edit calls the screen made so far, in order; empty for one it has not made. */
  edits: { [C in Edits]: CallInput<C>[] };
}

/**
 * One screen of the plan on its own, with the plan already open: these tests are about the
 * screen, not about how the navigation reaches it.
 */
export async function renderWithPlan(
  ui: ReactElement,
  doc: PlanDocument,
  options: { language?: Language; readOnly?: boolean } = {},
): Promise<RenderResult & { api: PlanApi }> {
  const core = await openCore({ plan: doc, ...(options.readOnly ? { heldBy: colleague } : {}) });
  const { calls } = core;
  const edits: PlanApi['edits'] = {
    get createEntity() {
      return calls.createEntity ?? [];
    },
    get updateEntity() {
      return calls.updateEntity ?? [];
    },
    get deleteEntity() {
      return calls.deleteEntity ?? [];
    },
    get reorderEntities() {
      return calls.reorderEntities ?? [];
    },
    get addLink() {
      return calls.addLink ?? [];
    },
    get removeLink() {
      return calls.removeLink ?? [];
    },
  };
  resetAppStore(core.api, options.language ?? 'da');
  useAppStore.setState({ snapshot: await core.snapshot(), loaded: true });
  return { ...render(ui), api: Object.assign(core, { edits }) };
}
