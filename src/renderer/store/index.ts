import { create } from 'zustand';
import type { ApiClient } from '../../shared/api';
import type { Language } from '../../shared/model/enums';
import { applyLanguage } from '../i18n';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { createApiSlice } from './api-slice';
import { createDraftSlice } from './draft-slice';
import { createEditSlice } from './edit-slice';
import { createExportSlice } from './export-slice';
import { createGuideSlice } from './guide-slice';
import { createLanguageSlice } from './language-slice';
import { createPromptSlice } from './prompt-slice';
import { createSessionSlice } from './session-slice';
import { createSharingSlice } from './sharing-slice';
import { createTeamPlanSlice } from './team-plan-slice';
import { createTrendsSlice } from './trends-slice';
import type { AppState } from './types';
import { createViewSlice } from './view-slice';

export type { AppState } from './types';
export type { PathPrompt, PathPurpose } from './prompt-slice';
export type { SessionNotice } from './session-slice';
export { fieldKey, type SaveState, type PlanPatch } from './edit-slice';
export { refusedDrafts, type HeldDraft } from './draft-slice';
export {
  currentView,
  EMPTY_ACTIVITY_FILTER,
  PLAN_VIEWS,
  type ActivityFilter,
  type PlanView,
} from './view-slice';

export const useAppStore = create<AppState>()((...a) => ({
  ...createApiSlice(...a),
  ...createSessionSlice(...a),
  ...createLanguageSlice(...a),
  ...createPromptSlice(...a),
  ...createEditSlice(...a),
  ...createViewSlice(...a),
  ...createSharingSlice(...a),
  ...createExportSlice(...a),
  ...createGuideSlice(...a),
  ...createDraftSlice(...a),
  ...createTeamPlanSlice(...a),
  ...createTrendsSlice(...a),
}));

const initialState = useAppStore.getState();

/**
 * Puts the store back to its first state with the given client: at start-up with the real
 * transport, and before every test with an in-memory stand-in.
 */
export function resetAppStore(api: ApiClient, language: Language = DEFAULT_LANGUAGE): void {
  applyLanguage(language);
  useAppStore.setState({ ...initialState, api, language }, true);
}
