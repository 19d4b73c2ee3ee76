import type { PlanSnapshot } from '../../shared/api';
import type { AppError } from '../../shared/errors';
import { cleanCopyReason, type CleanCopyReason } from './clean-copy';
import { problemAfterChoice } from './merge-choices';
import type { MergeChoice, MergeState } from './merge-state';
import type { SliceCreator } from './types';

/** The in-page questions for a path that sharing asks, where the host has no file dialog. */
export type SharingPurpose = 'openCopy' | 'mergeTheirs' | 'salvage' | 'cleanCopy';

export interface SharingPrompt {
  purpose: SharingPurpose;
  suggestedPath: string;
  /**
   * For a clean copy: the file that could not be opened (`salvage`, its second field), or the
   * open plan changed outside Omstil (`cleanCopy`, not asked for).
   */
  suggestedSource: string;
}

/** What went well, said once beside the plan it concerns. */
export type SharingNotice =
  | { kind: 'taken-over' | 'copy-opened' | 'salvaged' | 'accepted'; path: string }
  | { kind: 'merged'; path: string };

/** Why the merge dialog did not finish; shown in the dialog, next to the conflicts it names. */
/**
 * What the sharing dialogs show: the path question, the merge, the take-over question and the
 * word afterwards. The steps that lead through them (`flows/`) set it with these setters.
 */
export interface SharingSlice {
  sharingPrompt: SharingPrompt | null;
  /** A refusal inside one of the sharing dialogs (the page's own alert is behind them). */
  sharingError: AppError | null;
  sharingNotice: SharingNotice | null;
  merge: MergeState | null;
  confirmingTakeOver: boolean;
  /** The question before taking the content of a plan changed outside Omstil as it is. */
  confirmingAccept: boolean;
  /** Opening failed for a reason a clean copy gets round: offer one, saying why. */
  cleanCopyOffer: CleanCopyReason | null;
  askSharingPath: (prompt: SharingPrompt) => void;
  cancelSharingPrompt: () => void;
  setSharingError: (error: AppError | null) => void;
  /** A plan a sharing step opened, with the word on what happened, in place of the dialogs. */
  showSharedPlan: (snapshot: PlanSnapshot, notice: SharingNotice) => void;
  /** The comparison with another copy, in place of the question that asked for it. */
  showMerge: (merge: MergeState) => void;
  updateMerge: (patch: Partial<Omit<MergeState, 'theirsPath' | 'suggestedOutPath'>>) => void;
  chooseConflict: (id: string, choice: MergeChoice) => void;
  chooseAllConflicts: (choice: MergeChoice) => void;
  cancelMerge: () => void;
  askTakeOver: () => void;
  cancelTakeOver: () => void;
  /** The plan as it is after taking it over, with the word that it was. */
  showTakenOver: (snapshot: PlanSnapshot) => void;
  askAcceptOutsideChanges: () => void;
  cancelAcceptOutsideChanges: () => void;
  /** The plan open for editing after its content was accepted, with the word that it was. */
  showAccepted: (snapshot: PlanSnapshot) => void;
  /** Called with each refusal on the start screen; one a clean copy gets round turns into the offer. */
  noteOpenRefusal: (error: AppError) => void;
  dismissCleanCopyOffer: () => void;
  dismissSharingNotice: () => void;
}

export const createSharingSlice: SliceCreator<SharingSlice> = (set, get) => ({
  sharingPrompt: null,
  sharingError: null,
  sharingNotice: null,
  merge: null,
  confirmingTakeOver: false,
  confirmingAccept: false,
  cleanCopyOffer: null,

  askSharingPath: (prompt) => set({ sharingPrompt: prompt, sharingError: null }),

  cancelSharingPrompt: () => set({ sharingPrompt: null, sharingError: null }),

  setSharingError: (error) => set({ sharingError: error }),

  showSharedPlan: (snapshot, notice) =>
    set({ snapshot, sharingNotice: notice, sharingPrompt: null, cleanCopyOffer: null }),

  showMerge: (merge) => set({ sharingPrompt: null, merge }),

  updateMerge: (patch) => {
    const merge = get().merge;
    if (merge) set({ merge: { ...merge, ...patch } });
  },

  chooseConflict: (id, choice) => {
    const merge = get().merge;
    if (!merge) return;
    const choices = { ...merge.choices, [id]: choice };
    set({ merge: { ...merge, choices, problem: problemAfterChoice(merge, choices) } });
  },

  chooseAllConflicts: (choice) => {
    const merge = get().merge;
    if (!merge) return;
    const choices = Object.fromEntries(merge.preview.conflicts.map((c) => [c.id, choice]));
    set({ merge: { ...merge, choices, problem: null } });
  },

  cancelMerge: () => set({ merge: null }),

  askTakeOver: () => set({ confirmingTakeOver: true }),

  cancelTakeOver: () => set({ confirmingTakeOver: false, sharingError: null }),

  showTakenOver: (snapshot) =>
    set({
      snapshot,
      confirmingTakeOver: false,
      sharingNotice: { kind: 'taken-over', path: snapshot.file.path },
    }),

  askAcceptOutsideChanges: () => set({ confirmingAccept: true, sharingError: null }),

  cancelAcceptOutsideChanges: () => set({ confirmingAccept: false, sharingError: null }),

  showAccepted: (snapshot) =>
    set({
      snapshot,
      confirmingAccept: false,
      sharingNotice: { kind: 'accepted', path: snapshot.file.path },
    }),

  noteOpenRefusal: (error) => {
    const reason = cleanCopyReason(error);
    set({ cleanCopyOffer: reason });
    // The path was right; the file needs another step, which the start screen offers. The
    // refusal stays, now in the page's alert beside the offer.
    if (reason && get().prompt?.purpose === 'open') set({ prompt: null });
  },

  dismissCleanCopyOffer: () => set({ cleanCopyOffer: null }),

  dismissSharingNotice: () => set({ sharingNotice: null }),
});
