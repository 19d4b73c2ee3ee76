import type { SliceCreator } from './types';

/** A field holding text the plan does not have: on its way to the core, or refused. */
export interface HeldDraft {
  /** The field's label, to name it when asking. */
  label: string;
  /** Puts focus back in the field. */
  focus: () => void;
  /** Where the core's refusal of it is kept (see `fieldKey`), to clear it with the text. */
  errorKey: string | undefined;
  /** True once refused (by the field itself or the core); false while the core is asked. */
  refused: boolean;
}

export interface DraftSlice {
  /** The fields on screen holding text that is not saved, by the field's own id. */
  heldDrafts: Record<string, HeldDraft>;
  /** Set while asking whether to leave a screen with a refused value in it. */
  leaving: { go: () => void } | null;
  holdDraft: (id: string, draft: HeldDraft | null) => void;
  /**
   * Runs `go` (a change of screen) unless a field holds a refused value: then asks first. A value
   * still on its way to the core is waited for, so its refusal cannot arrive after the field is
   * gone.
   */
  leave: (go: () => void) => void;
  /** "Fortsæt redigering": stay; the dialog puts focus in the first refused field. */
  keepEditing: () => void;
  /** "Kassér": the refused values are dropped, and the screen changes. */
  discardDrafts: () => void;
}

export const refusedDrafts = (held: Record<string, HeldDraft>): HeldDraft[] =>
  Object.values(held).filter((d) => d.refused);

export const createDraftSlice: SliceCreator<DraftSlice> = (set, get, store) => ({
  heldDrafts: {},
  leaving: null,

  holdDraft: (id, draft) => {
    const { [id]: _gone, ...rest } = get().heldDrafts;
    set({ heldDrafts: draft ? { ...rest, [id]: draft } : rest });
  },

  leave: (go) => {
    const held = Object.values(get().heldDrafts);
    if (held.some((d) => !d.refused)) {
      const stop = store.subscribe((state) => {
        if (Object.values(state.heldDrafts).some((d) => !d.refused)) return;
        stop();
        get().leave(go);
      });
      return;
    }
    if (held.length > 0) set({ leaving: { go } });
    else go();
  },

  keepEditing: () => set({ leaving: null }),

  discardDrafts: () => {
    const leaving = get().leaving;
    const errors = { ...get().fieldErrors };
    for (const draft of Object.values(get().heldDrafts)) {
      if (draft.errorKey) delete errors[draft.errorKey];
    }
    set({ heldDrafts: {}, fieldErrors: errors, leaving: null });
    leaving?.go();
  },
});
