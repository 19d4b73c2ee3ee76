import type { Ref } from 'react';
import type { WindowDocument } from '../../../shared/model/document';
import type { GuideRecord } from './guide-record';

/**
 * Why a step is left: forward needs the step complete (at least one driver …); back and "save and
 * continue later" only need what is there to be well-formed, so nothing typed is thrown away.
 */
export type LeaveMode = 'next' | 'back' | 'pause';

/** `invalid`: the step shows what to fix; `failed`: the plan refused an edit (the store says why). */
export type SaveOutcome = 'saved' | 'invalid' | 'failed';

export interface StepHandle {
  save: (mode: LeaveMode) => Promise<SaveOutcome>;
}

export interface StepProps {
  ref: Ref<StepHandle>;
  planId: string;
  doc: WindowDocument;
  record: GuideRecord;
}
