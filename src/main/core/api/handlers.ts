import { existsSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { ApiHandlers } from '../../../shared/api';
import { errors, OmstilError } from '../../../shared/errors';
import { defaultTexts } from '../../../shared/i18n/defaults';
import { CURRENT_VERSION } from '../db/migrations';
import { exportEvaluationToFile } from '../../export/evaluation/export-file';
import { PdfWorkerHost } from '../../export/pdf/off-thread';
import { renderExport } from '../../export/render-export';
import { isPdfSection, PDF_SECTIONS, type PdfSection } from '../../export/sections';
import { KeptPdf } from '../../export/pdf/kept-pdf';
import { countPdfPages, exportPlanToFile, writeExport } from '../../export/write-export';
import { localIsoDate, recentPlanStatus } from '../plan-file/plan-status';
import { readRecentFiles, rememberRecentFile } from '../recent-files';
import { systemEnvironment, type Environment } from '../services/clock';
import {
  createEntity,
  deleteEntity,
  reorderEntities,
  updateEntity,
} from '../services/entity-service';
import { addLink, removeLink } from '../services/link-service';
import { emptyPlanDocument, examplePlanDocument } from '../services/plan-factory';
import { PlanSession } from '../services/plan-session';
import { updatePlan } from '../services/plan-service';
import { planMerge, writeMerge } from '../sync/merge';
import { salvagePlan } from '../sync/salvage';
import type { Language } from '../../../shared/model/enums';
import type { HostContext } from './host-context';

export type Handlers = ApiHandlers & {
  /** Closes the open plan; called when the window or the host goes away. */
  dispose: () => void;
  /** The open session, for the shell's own use (e.g. the window title). */
  current: () => PlanSession | null;
};

/**
 * The main-side implementation of the contract for one window (or one HTTP host): it holds at
 * most one open plan. Input has already been validated by `dispatch`.
 */
export function createHandlers(ctx: HostContext, env: Environment = systemEnvironment): Handlers {
  let session: PlanSession | null = null;
  // One worker per window (or host): started by the first PDF, kept for the next.
  let pdfWorker: PdfWorkerHost | null = null;
  const worker = () =>
    (pdfWorker ??= new PdfWorkerHost(ctx.pdfWorkerFile ? { workerFile: ctx.pdfWorkerFile } : {}));
  // Only files this window wrote may be handed to the system's opener, never any path a page names.
  const exported = new Set<string>();
  const keptPdf = new KeptPdf();

  const requireSession = (): PlanSession => {
    if (!session || session.isClosed) throw new OmstilError(errors.noPlanOpen());
    return session;
  };

  /**
   * What an export or preview is made from: the plan as it is now and the dialog's choices, with
   * the key under which a previewed PDF is kept. Only a PDF reports progress; the other formats
   * are written at once.
   */
  const exportJob = (sections: readonly string[] | undefined, language: Language | undefined) => {
    const doc = requireSession().document();
    const chosen = pdfSections(sections);
    const lang = language ?? doc.plan.language;
    const now = env.now();
    const onProgress = ctx.onExportProgress;
    return {
      doc,
      key: { doc, lang, sections: chosen, day: localIsoDate(now) },
      options: {
        lang,
        now,
        ...(chosen ? { sections: chosen } : {}),
        pdfWorker: worker(),
        ...(onProgress ? { onProgress } : {}),
      },
    };
  };

  const replaceSession = (next: PlanSession) => {
    session?.close();
    keptPdf.clear();
    session = next;
    rememberRecentFile(ctx.recentFilesPath, next.path, env.now().toISOString());
    ctx.onPlanChanged?.(next.path, next.document().plan.title);
    return next.snapshot();
  };

  const edited = (fn: (s: PlanSession) => void) => {
    const s = requireSession();
    fn(s);
    const snapshot = s.snapshot();
    // The title can change by an edit, an undo or a redo; the shell shows it in the window title.
    ctx.onPlanChanged?.(s.path, snapshot.document.plan.title);
    return snapshot;
  };

  return {
    appInfo: () => ({
      version: ctx.appVersion,
      formatVersion: CURRENT_VERSION,
      transport: ctx.transport,
      nativeDialogs: ctx.chooseFile !== undefined,
      defaultFolder: ctx.defaultFolder,
      pathSeparator: sep === '\\' ? '\\' : '/',
      opensFiles: ctx.openFile !== undefined,
    }),
    newPlan: ({ path, title, example, language }) => {
      const doc = example
        ? examplePlanDocument(env)
        : emptyPlanDocument(
            title ?? defaultTexts.newPlanTitle[language ?? 'da'],
            language ?? 'da',
            env,
          );
      if (example && title) doc.plan.title = title;
      return replaceSession(PlanSession.create(path, doc, env));
    },
    openPlan: ({ path }) => replaceSession(PlanSession.open(path, env)),
    closePlan: () => {
      session?.close();
      session = null;
      ctx.onPlanChanged?.(null, null);
      return null;
    },
    getPlan: () => (session && !session.isClosed ? session.snapshot() : null),
    updatePlan: ({ patch }) => edited((s) => updatePlan(s, patch)),
    createEntity: (input) => {
      const s = requireSession();
      const id = createEntity(s, input);
      return { id, snapshot: s.snapshot() };
    },
    updateEntity: (input) => edited((s) => updateEntity(s, input)),
    deleteEntity: ({ entity, id }) => edited((s) => deleteEntity(s, entity, id)),
    reorderEntities: ({ entity, ids }) => edited((s) => reorderEntities(s, entity, ids)),
    addLink: ({ kind, fromId, toId }) => edited((s) => addLink(s, kind, fromId, toId)),
    removeLink: ({ kind, fromId, toId }) => edited((s) => removeLink(s, kind, fromId, toId)),
    undo: () => edited((s) => s.undo()),
    redo: () => edited((s) => s.redo()),
    saveCopy: ({ path, overwrite, includeHistory }) => {
      requireSession().saveCopy(path, {
        overwrite: overwrite ?? false,
        includeHistory: includeHistory ?? false,
      });
      return { path };
    },
    takeOverLock: ({ confirmed }) => edited((s) => s.takeOverLock(confirmed ?? false)),
    openCopy: ({ path }) => {
      requireSession().saveCopy(path, { includeHistory: false });
      return replaceSession(PlanSession.open(path, env));
    },
    salvageCopy: ({ source, target }) => {
      salvagePlan(source, target, env.now().toISOString());
      return replaceSession(PlanSession.open(target, env));
    },
    previewMerge: ({ theirsPath }) => planMerge(requireSession().path, theirsPath),
    completeMerge: ({ theirsPath, outPath, resolutions, open }) => {
      const result = writeMerge(requireSession().path, theirsPath, resolutions, outPath, {
        requireAll: true,
      });
      return {
        path: result.path,
        conflicts: result.conflicts.length,
        takenFromTheirs: result.takenFromTheirs,
        snapshot: open === false ? null : replaceSession(PlanSession.open(result.path, env)),
      };
    },
    exportEvaluation: ({ id, path, language, overwrite }) =>
      exportEvaluationToFile(requireSession().document(), id, path, {
        ...(language ? { language } : {}),
        overwrite: overwrite ?? false,
        now: env.now(),
      }),
    exportPlan: async ({ path, format, sections, language, overwrite }) => {
      const s = requireSession();
      const target = resolve(path);
      // Writing the export over the plan itself would destroy the plan.
      if (target === resolve(s.path)) throw new OmstilError(errors.sameFile(target));
      if (!overwrite && existsSync(target)) throw new OmstilError(errors.alreadyExists(target));
      const job = exportJob(sections, language);
      const previewed = format === 'pdf' ? keptPdf.find(job.key) : null;
      const written = previewed
        ? writeExport(target, format, previewed)
        : await exportPlanToFile(job.doc, format, target, job.options);
      exported.add(target);
      return { path: target, ...written };
    },
    exportSections: () => {
      // The export dialog asks this as it opens and previews the PDF a moment later: starting the
      // worker now lets it load pdfmake meanwhile.
      worker().warm();
      return { sections: [...PDF_SECTIONS] };
    },
    previewPdf: async ({ sections, language }) => {
      const job = exportJob(sections, language);
      const pdf = await renderExport(job.doc, 'pdf', job.options);
      keptPdf.keep(job.key, pdf);
      return { pdf: pdf.toString('base64'), pages: countPdfPages(pdf) };
    },
    openExportedFile: async ({ path }) => {
      const target = resolve(path);
      if (!ctx.openFile || !exported.has(target) || extname(target) === '.omstil') {
        throw new OmstilError(
          errors.notSupported({
            da: 'At åbne andre filer end dem, der er eksporteret i dette vindue,',
            en: 'Opening files other than those exported in this window',
          }),
        );
      }
      if (!existsSync(target)) throw new OmstilError(errors.notFound(target));
      await ctx.openFile(target);
      return null;
    },
    listRecent: () => readRecentFiles(ctx.recentFilesPath),
    recentPlanStatus: ({ path }) => recentPlanStatus(path, localIsoDate(env.now())),
    chooseFile: async ({ purpose, suggestedName, format }) => {
      if (!ctx.chooseFile) {
        throw new OmstilError(errors.notSupported({ da: 'Et filvindue', en: 'A file dialog' }));
      }
      return { path: await ctx.chooseFile(purpose, suggestedName, format) };
    },
    dispose: () => {
      session?.close();
      session = null;
      void pdfWorker?.dispose();
      pdfWorker = null;
      keptPdf.clear();
    },
    current: () => session,
  };
}

/**
 * The sections of a PDF export, checked against the PDF's own list (the contract only knows
 * their shape): an unknown one is refused by name, with the ones there are.
 */
function pdfSections(keys: readonly string[] | undefined): PdfSection[] | undefined {
  if (!keys) return undefined;
  const known = PDF_SECTIONS.join(', ');
  const issues = keys.flatMap((key, i) =>
    isPdfSection(key)
      ? []
      : [
          {
            path: `sections[${i}]`,
            rule: 'invalid-choice',
            message: {
              da: `PDF'en har ikke et afsnit, der hedder «${key}». Der kan vælges mellem ${known}.`,
              en: `The PDF has no section called "${key}". The choices are ${known}.`,
            },
          },
        ],
  );
  if (issues.length > 0) throw new OmstilError(errors.invalidInput(issues));
  return keys as PdfSection[];
}
