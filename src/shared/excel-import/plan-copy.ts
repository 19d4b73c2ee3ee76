// Omstil's own workbook carries the whole plan as its JSON interchange text, in a sheet the
// user never sees, so that importing the workbook gives back the same plan: the visible sheets
// show titles rather than ids, and leave out what a reader has no use for (catalogue keys, the
// dates each plan status was reached, workshops, evaluations).

/** The hidden sheet's name; its first cell holds `PLAN_COPY_MARK`, the rows below the text. */
export const PLAN_COPY_SHEET = 'omstil-plan';
export const PLAN_COPY_MARK = 'omstil-plan/1';

/**
 * The creator Omstil's export writes into every workbook, with or without the plan's data; Excel
 * keeps it when the workbook is saved again, so an import can tell an Omstil workbook without
 * the data from a foreign one.
 */
export const OMSTIL_CREATOR = 'Omstil';

/** Excel keeps at most 32,767 characters in a cell; a round number below that. */
const CHUNK = 30_000;

/** The text in pieces a cell can hold, never splitting a character written as two code units. */
export function splitPlanCopy(text: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}
