/**
 * Which PDF sections a committee left out of its last export of a plan, kept in the browser's
 * storage under the plan's id. The left-out ones are kept (not the chosen ones), so a section
 * added in a later version of the program is included until someone unticks it.
 */
const keyOf = (planId: string) => `omstil.export.leftOut.${planId}`;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be switched off; the dialog then starts from all sections every time.
    return null;
  }
}

export function rememberedLeftOut(planId: string): string[] {
  const raw = storage()?.getItem(keyOf(planId));
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberLeftOut(planId: string, leftOut: readonly string[]): void {
  try {
    storage()?.setItem(keyOf(planId), JSON.stringify(leftOut));
  } catch {
    // A full or blocked storage only costs the memory of the choice.
  }
}
