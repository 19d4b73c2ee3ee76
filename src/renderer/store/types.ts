import type { StateCreator } from 'zustand';
import type { LanguageSlice } from './language-slice';
import type { PromptSlice } from './prompt-slice';
import type { SessionSlice } from './session-slice';
import type { ApiSlice } from './api-slice';
import type { EditSlice } from './edit-slice';
import type { ViewSlice } from './view-slice';
import type { SharingSlice } from './sharing-slice';
import type { ExportSlice } from './export-slice';
import type { GuideSlice } from './guide-slice';
import type { DraftSlice } from './draft-slice';
import type { TeamPlanSlice } from './team-plan-slice';
import type { TrendsSlice } from './trends-slice';

/** The whole store: each slice sees all of it, but owns only its own part. */
export type AppState = ApiSlice &
  SessionSlice &
  LanguageSlice &
  PromptSlice &
  EditSlice &
  ViewSlice &
  SharingSlice &
  ExportSlice &
  GuideSlice &
  DraftSlice &
  TeamPlanSlice &
  TrendsSlice;

export type SliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;
