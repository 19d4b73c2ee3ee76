import { OPT_IN_PDF_SECTIONS } from '../../shared/i18n/pdf-sections';

/**
 * Which PDF sections a committee left out of its last export of a plan, kept in the browser's
 * storage under the plan's id. The left-out ones are kept (not the chosen ones), so a section
 * added in a later version of the program is included until someone unticks it.
 */
const keyOf = (planId: string) => `omstil.export.leftOut.${planId}`;
/**
 * The opt-in sections (the agenda page) the committee chose for a plan, kept apart: an opt-in
 * section is left out until chosen, which the list of left-out ones cannot say for a plan whose
 * list was kept before the section existed.
 */
const optedInKeyOf = (planId: string) => `omstil.export.optedIn.${planId}`;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be switched off; the dialog then starts from all sections every time.
    return null;
  }
}

function readList(key: string): string[] {
  const raw = storage()?.getItem(key);
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The sections to leave out of this plan's next export: those unticked, and opt-in ones not chosen. */
export function rememberedLeftOut(planId: string): string[] {
  const optedIn = readList(optedInKeyOf(planId));
  const leftOut = readList(keyOf(planId)).filter((s) => !isOptIn(s));
  return [...leftOut, ...OPT_IN_PDF_SECTIONS.filter((s) => !optedIn.includes(s))];
}

export function rememberLeftOut(planId: string, leftOut: readonly string[]): void {
  try {
    storage()?.setItem(keyOf(planId), JSON.stringify(leftOut.filter((s) => !isOptIn(s))));
    const optedIn = OPT_IN_PDF_SECTIONS.filter((s) => !leftOut.includes(s));
    storage()?.setItem(optedInKeyOf(planId), JSON.stringify(optedIn));
  } catch {
    // A full or blocked storage only costs the memory of the choice.
  }
}

const isOptIn = (section: string) => (OPT_IN_PDF_SECTIONS as readonly string[]).includes(section);
