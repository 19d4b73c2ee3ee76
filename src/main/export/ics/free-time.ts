import type { ContentLine } from './content-lines';

/**
 * An activity or a month of the årshjul does not take anyone's day: shown as free, so a course
 * running for three months does not mark the whole committee busy in Outlook's scheduling.
 */
export function freeTime(): ContentLine[] {
  return ['TRANSP:TRANSPARENT', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE'];
}
