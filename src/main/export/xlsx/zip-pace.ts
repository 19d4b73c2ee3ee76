import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Worksheet } from 'exceljs';

/** Rows written between two waits for the zip: each wait costs a turn of the event loop. */
export const ROWS_BETWEEN_WAITS = 500;

/**
 * Waits until the zip has taken what a streamed sheet has written so far.
 *
 * exceljs's streaming writer hands each committed row to the sheet's buffer stream, which
 * writes it on into the PassThrough that archiver reads the zip entry from, without ever waiting
 * for it. A sheet written without a pause so held all of its XML in that PassThrough until the
 * workbook's commit (32 MB of XML at 50,000 activities, and the heap it took to make it). The
 * PassThrough does tell when it is full, as any Node stream does: waiting for its 'drain' then
 * lets the zip deflate the rows as they come. The buffer stream's list of pipes is exceljs's own
 * and not in its types; when it is not there, the sheet is written as before, all in one go (the
 * tests of the workbook's memory would then fail).
 */
export async function zipCaughtUp(sheet: Worksheet): Promise<void> {
  const stream = (sheet as unknown as { stream?: { pipes?: unknown } }).stream;
  const pipes = Array.isArray(stream?.pipes) ? (stream.pipes as Pipe[]) : [];
  for (const pipe of pipes) {
    if (pipe.writableNeedDrain ?? pipe._writableState?.needDrain) await once(pipe, 'drain');
  }
}

/**
 * archiver's PassThrough is readable-stream 2's, older than `writableNeedDrain`; the same flag is
 * in the state it keeps as Node's own streams do.
 */
type Pipe = Writable & { _writableState?: { needDrain?: boolean } };
