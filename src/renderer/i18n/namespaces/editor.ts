import type { Texts } from '../texts';

/** Texts of the editor part of the interface. Danish is the original; English has the same keys. */
export const editorDa = {};

export const editorEn: Texts<typeof editorDa> = {};
