import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import type { Workshop } from '../../../shared/model/entities';
import type { PosterPaper } from '../../../shared/workshop/poster';
import { PdfPathDialog } from '../../components/PdfPathDialog';
import { useAppStore } from '../../store';
import { folderOf, joinPath } from '../../store/paths';
import './workshop-documents.css';

/** Which PDF is being saved: a poster of the step on a paper size, or the minutes. */
type Job = { kind: 'poster'; paper: PosterPaper } | { kind: 'summary' };

/** What the last press came to, said in the panel. */
type Outcome =
  | { kind: 'saved'; path: string; pages: number }
  | { kind: 'copied' }
  | { kind: 'failed'; error: AppError };

/**
 * The workshop's paper: the current step's poster for the wall (A3 or A1), the minutes as a PDF,
 * and the minutes as text on the clipboard to paste into the committee's own minutes. Kept behind
 * one button, so the header bar stays clear at projector size.
 */
export function WorkshopDocuments({ workshop, stepId }: { workshop: Workshop; stepId: string }) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const appInfo = useAppStore((s) => s.appInfo);
  const planPath = useAppStore((s) => s.snapshot?.file.path ?? '');
  const language = useAppStore((s) => s.language);
  const [asking, setAsking] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const fileName = (job: Job) =>
    `${
      job.kind === 'poster'
        ? t('workshop.documents.posterFile', {
            step: t(`workshop.steps.${stepId}.title`, { defaultValue: stepId }),
            paper: job.paper,
          })
        : t('workshop.documents.summaryFile', { title: workshop.title })
    }.pdf`;

  /** Null when it went well; the refusal otherwise, for the dialog to show. */
  const save = async (job: Job, path: string, overwrite: boolean): Promise<AppError | null> => {
    const common = { workshopId: workshop.id, path, language, overwrite };
    const result =
      job.kind === 'poster'
        ? await api.exportWorkshopPoster({ ...common, stepId, paper: job.paper })
        : await api.exportWorkshopSummary(common);
    if (!result.ok) return result.error;
    setOutcome({ kind: 'saved', ...result.value });
    return null;
  };

  const begin = async (job: Job) => {
    setOutcome(null);
    if (!appInfo?.nativeDialogs) {
      setAsking(job);
      return;
    }
    const chosen = await api.chooseFile({ purpose: 'export', suggestedName: fileName(job) });
    // The native dialog has asked before replacing a file.
    const error = !chosen.ok
      ? chosen.error
      : chosen.value.path === null
        ? null
        : await save(job, chosen.value.path, true);
    if (error) setOutcome({ kind: 'failed', error });
  };

  const copy = async () => {
    setOutcome(null);
    const result = await api.workshopSummaryText({ workshopId: workshop.id, language });
    if (!result.ok) {
      setOutcome({ kind: 'failed', error: result.error });
      return;
    }
    await navigator.clipboard.writeText(result.value.text);
    setOutcome({ kind: 'copied' });
  };

  const buttons: { label: string; run: () => Promise<void> }[] = [
    { label: t('workshop.documents.posterA3'), run: () => begin({ kind: 'poster', paper: 'A3' }) },
    { label: t('workshop.documents.posterA1'), run: () => begin({ kind: 'poster', paper: 'A1' }) },
    { label: t('workshop.documents.summaryPdf'), run: () => begin({ kind: 'summary' }) },
    { label: t('workshop.documents.copyText'), run: copy },
  ];

  return (
    <details className="workshop-documents">
      <summary className="workshop-button workshop-documents-open">
        {t('workshop.documents.open')}
      </summary>
      <div
        className="workshop-documents-panel"
        role="group"
        aria-label={t('workshop.documents.open')}
      >
        {buttons.map((button) => (
          <button
            key={button.label}
            type="button"
            className="workshop-button workshop-documents-button"
            onClick={() => void button.run()}
          >
            {button.label}
          </button>
        ))}
        <p className="workshop-documents-outcome" role="status">
          {outcome?.kind === 'saved' &&
            t('workshop.documents.saved', { count: outcome.pages, path: outcome.path })}
          {outcome?.kind === 'copied' && t('workshop.documents.copied')}
        </p>
        {outcome?.kind === 'failed' && (
          <p className="workshop-documents-error" role="alert">
            {outcome.error.message[language]}
          </p>
        )}
      </div>
      {asking && (
        <PdfPathDialog
          texts={{
            title: t(
              asking.kind === 'poster'
                ? 'workshop.documents.posterTitle'
                : 'workshop.documents.summaryTitle',
            ),
            intro: t(
              asking.kind === 'poster'
                ? 'workshop.documents.posterIntro'
                : 'workshop.documents.summaryIntro',
            ),
            pathLabel: t('workshop.documents.pathLabel'),
            pathHint: t('workshop.documents.pathHint'),
            submit: t('workshop.documents.submit'),
            replace: t('workshop.documents.replace'),
          }}
          suggestedPath={joinPath(
            folderOf(planPath),
            appInfo?.pathSeparator ?? '/',
            fileName(asking),
          )}
          onSave={(path, overwrite) => save(asking, path, overwrite)}
          onClose={() => setAsking(null)}
        />
      )}
    </details>
  );
}
