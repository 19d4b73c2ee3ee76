import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryStep } from '../../../shared/model/history-step';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { stepSentence } from './step-sentence';

/** Words a step in the reader's language, naming rows as the open plan names them now. */
export function useStepSentence(): (step: HistoryStep) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const doc = useAppStore((s) => s.snapshot?.document);
  return useCallback(
    (step: HistoryStep) => stepSentence(step, { t, format, language, doc }),
    [t, format, language, doc],
  );
}
