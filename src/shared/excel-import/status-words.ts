import { foldForSearch } from '../catalog';
import { ACTIVITY_STATUS_LABELS } from '../i18n/enum-labels';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../model/enums';

// The words a committee's own list uses for where an activity stands, beside the program's own
// labels (Danish and English) and keys.
const WORDS: Record<ActivityStatus, readonly string[]> = {
  idea: ['ide', 'forslag', 'ønske', 'overvejes', 'mulig'],
  planned: [
    'planlagt',
    'ikke startet',
    'ikke påbegyndt',
    'ikke begyndt',
    'kommende',
    'besluttet',
    'godkendt',
    'todo',
    'to do',
  ],
  'in-progress': [
    'i gang',
    'igang',
    'igangværende',
    'igangsat',
    'påbegyndt',
    'startet',
    'i proces',
    'kører',
    'pågår',
    'in progress',
    'ongoing',
  ],
  done: [
    'gennemført',
    'afsluttet',
    'færdig',
    'færdiggjort',
    'udført',
    'afholdt',
    'slut',
    'ok',
    'completed',
    'finished',
  ],
  cancelled: ['aflyst', 'annulleret', 'droppet', 'opgivet', 'udgået', 'stoppet', 'canceled'],
};

const fold = (text: string) =>
  foldForSearch(text)
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const BY_WORD = new Map<string, ActivityStatus>();
for (const status of ACTIVITY_STATUSES) {
  const { da, en } = ACTIVITY_STATUS_LABELS[status];
  for (const word of [status, da, en, ...WORDS[status]]) BY_WORD.set(fold(word), status);
}

/** The model's status for a status word in a cell, or null when the word is not known. */
export function statusFromWord(text: string): ActivityStatus | null {
  return BY_WORD.get(fold(text)) ?? null;
}
