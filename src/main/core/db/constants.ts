/** `PRAGMA application_id` of every plan file: "OMST" in ASCII, so `file(1)` can tell it apart. */
export const APPLICATION_ID = 0x4f4d5354;

/** The largest plan file we open; a real plan is a few megabytes even with years of history. */
export const MAX_PLAN_FILE_BYTES = 200 * 1024 * 1024;

export const PLAN_FILE_EXTENSION = '.omstil';
