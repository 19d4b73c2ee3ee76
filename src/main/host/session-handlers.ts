import type { ApiHandlers } from '../../shared/api';
import { hasExtension } from '../../shared/file-extensions';
import { defaultTexts } from '../../shared/i18n/defaults';
import {
  addLink,
  createEntity,
  deleteEntity,
  emptyPlanDocument,
  examplePlanDocument,
  localIsoDate,
  planMerge,
  PlanSession,
  readJsonPlan,
  readXlsxPlan,
  readStatusFigures,
  removeLink,
  reorderEntities,
  salvagePlan,
  sameFile,
  updateEntity,
  updatePlan,
  writeMerge,
  type Environment,
} from '../core';
import type { HostContext } from './host-context';
import type { PlanHolder } from './plan-holder';

type SessionCalls =
  | 'newPlan'
  | 'openPlan'
  | 'importPlan'
  | 'closePlan'
  | 'getPlan'
  | 'updatePlan'
  | 'createEntity'
  | 'updateEntity'
  | 'deleteEntity'
  | 'reorderEntities'
  | 'addLink'
  | 'removeLink'
  | 'statusFigures'
  | 'undo'
  | 'redo'
  | 'saveCopy'
  | 'takeOverLock'
  | 'acceptOutsideChanges'
  | 'openCopy'
  | 'salvageCopy'
  | 'previewMerge'
  | 'completeMerge';

/** The calls that open, edit, copy and merge the plan a window has open. */
export function sessionHandlers(
  plan: PlanHolder,
  ctx: HostContext,
  env: Environment,
): Pick<ApiHandlers, SessionCalls> {
  const { require, replace, edited, reopened } = plan;
  return {
    newPlan: ({ path, title, example, language }) => {
      const doc = example
        ? examplePlanDocument(env, localIsoDate(env.now()))
        : emptyPlanDocument(
            title ?? defaultTexts.newPlanTitle[language ?? 'da'],
            language ?? 'da',
            env,
          );
      if (example && title) doc.plan.title = title;
      return replace(PlanSession.create(path, doc, env));
    },
    openPlan: ({ path }) => {
      // The plan this window already has (by any name that leads to the file) stays as it is:
      // a second session would find its own lock, open read-only and close the first, lock
      // file and all.
      const open = plan.current();
      if (open && !open.isClosed && sameFile(open.path, path)) return open.snapshot();
      return replace(PlanSession.open(path, env));
    },
    // Written only once the whole file has been read and checked, so a refused file leaves nothing.
    // A workbook is one Omstil exported, which keeps the plan whole.
    importPlan: async ({ source, path }) => {
      const doc = hasExtension(source, '.xlsx')
        ? await readXlsxPlan(source, env)
        : readJsonPlan(source, env);
      return replace(PlanSession.create(path, doc, env));
    },
    closePlan: () => {
      plan.close();
      ctx.onPlanChanged?.(null, null);
      return null;
    },
    getPlan: () => {
      const s = plan.current();
      return s && !s.isClosed ? s.snapshot() : null;
    },
    updatePlan: ({ patch }) => edited((s) => updatePlan(s, patch)),
    createEntity: (input) => {
      let id = '';
      const change = edited((s) => {
        id = createEntity(s, input);
      });
      return { id, change };
    },
    updateEntity: (input) => edited((s) => updateEntity(s, input)),
    deleteEntity: ({ entity, id }) => edited((s) => deleteEntity(s, entity, id)),
    reorderEntities: ({ entity, ids }) => edited((s) => reorderEntities(s, entity, ids)),
    addLink: ({ kind, fromId, toId }) => edited((s) => addLink(s, kind, fromId, toId)),
    removeLink: ({ kind, fromId, toId }) => edited((s) => removeLink(s, kind, fromId, toId)),
    statusFigures: ({ ids }) => readStatusFigures(require(), ids),
    undo: () => edited((s) => s.undo()),
    redo: () => edited((s) => s.redo()),
    saveCopy: ({ path, overwrite, includeHistory }) => {
      require().saveCopy(path, {
        overwrite: overwrite ?? false,
        includeHistory: includeHistory ?? false,
      });
      return { path };
    },
    takeOverLock: ({ confirmed }) => reopened((s) => s.takeOverLock(confirmed ?? false)),
    acceptOutsideChanges: ({ confirmed }) => reopened((s) => s.acceptOutsideChanges(confirmed)),
    openCopy: ({ path }) => {
      require().saveCopy(path, { includeHistory: false });
      return replace(PlanSession.open(path, env));
    },
    salvageCopy: ({ source, target }) => {
      salvagePlan(source, target, env.now().toISOString());
      return replace(PlanSession.open(target, env));
    },
    previewMerge: ({ theirsPath }) => planMerge(require().path, theirsPath),
    completeMerge: ({ theirsPath, outPath, resolutions, open }) => {
      const result = writeMerge(require().path, theirsPath, resolutions, outPath, {
        requireAll: true,
      });
      return {
        path: result.path,
        conflicts: result.conflicts.length,
        takenFromTheirs: result.takenFromTheirs,
        snapshot: open === false ? null : replace(PlanSession.open(result.path, env)),
      };
    },
  };
}
