import { useState } from 'react';
import type { AppError } from '../../../shared/errors';
import type { MeasurementKind } from '../../../shared/model/enums';
import type {
  SurveyFile,
  SurveyMapping,
  SurveyPreview,
} from '../../../shared/survey/survey-schemas';
import { useAppStore } from '../../store';
import { todayIso } from '../fields/date-text';

export type GroupChoice =
  { by: 'column'; column: number | null } | { by: 'one'; targetGroupId: string | null };

/** The survey dialog's state: the file, the mapping the user makes of it, and what the core said. */
export interface SurveyState {
  sourcePath: string;
  file: SurveyFile | null;
  /** The competence each question column measures ('' for none), by column index. */
  questions: Record<number, string>;
  group: GroupChoice;
  kind: MeasurementKind;
  date: string;
  /** What importing would keep; null until shown, and again whenever the mapping changes. */
  preview: SurveyPreview | null;
  error: AppError | null;
}

/** The mapping as the contract takes it, or null while it is not complete. */
export function mappingOf(state: SurveyState): SurveyMapping | null {
  const questions = Object.entries(state.questions)
    .filter(([, competenceId]) => competenceId !== '')
    .map(([column, competenceId]) => ({ column: Number(column), competenceId }));
  if (questions.length === 0 || state.date === '') return null;
  const { group } = state;
  if (group.by === 'column' && group.column === null) return null;
  return {
    questions,
    group:
      group.by === 'column'
        ? { by: 'column', column: group.column! }
        : { by: 'one', targetGroupId: group.targetGroupId },
    kind: state.kind,
    date: state.date,
  };
}

/**
 * The survey import's steps over the contract: read the file, show the figures a mapping gives,
 * import them as one undo step. Any change to the file or the mapping forgets the figures shown,
 * so what is imported is always what was shown.
 */
export function useSurveyImport(initialPath: string, onImported: (count: number) => void) {
  const api = useAppStore((s) => s.api);
  const setBusy = useAppStore((s) => s.setBusy);
  const takeChange = useAppStore((s) => s.takeChange);
  const [state, setState] = useState<SurveyState>({
    sourcePath: initialPath,
    file: null,
    questions: {},
    group: { by: 'one', targetGroupId: null },
    kind: 'baseline',
    date: todayIso(),
    preview: null,
    error: null,
  });
  const change = (patch: Partial<SurveyState>) =>
    setState((was) => ({ ...was, preview: null, error: null, ...patch }));

  const busyWhile = async (work: () => Promise<void>) => {
    if (useAppStore.getState().busy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const read = (sourcePath = state.sourcePath) =>
    busyWhile(async () => {
      const result = await api.readSurvey({ sourcePath });
      if (!result.ok)
        return setState((was) => ({ ...was, sourcePath, file: null, error: result.error }));
      const file = result.value;
      setState((was) => ({
        ...was,
        sourcePath,
        file,
        questions: {},
        group:
          file.groupColumn === null
            ? { by: 'one', targetGroupId: null }
            : { by: 'column', column: file.groupColumn },
        preview: null,
        error: null,
      }));
    });

  const show = () =>
    busyWhile(async () => {
      const mapping = mappingOf(state);
      if (!mapping) return;
      const result = await api.previewSurvey({ sourcePath: state.sourcePath, mapping });
      setState((was) =>
        result.ok
          ? { ...was, preview: result.value, error: null }
          : { ...was, error: result.error },
      );
    });

  const importFigures = () =>
    busyWhile(async () => {
      const mapping = mappingOf(state);
      if (!mapping) return;
      const result = await api.importSurvey({ sourcePath: state.sourcePath, mapping });
      if (!result.ok) return setState((was) => ({ ...was, error: result.error }));
      await takeChange(result.value.change);
      onImported(result.value.report.imported);
    });

  return { state, change, read, show, importFigures };
}
