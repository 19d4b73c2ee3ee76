import { describe, expect, it } from 'vitest';
import { statusFromWord } from '../../../src/shared/excel-import/status-words';

describe('status words in a committee’s list', () => {
  it('reads the program’s labels, its keys and the words committees use', () => {
    const cases: [string, string][] = [
      ['Idé', 'idea'],
      ['ide', 'idea'],
      ['Planlagt', 'planned'],
      ['Ikke startet', 'planned'],
      ['I gang', 'in-progress'],
      ['igang', 'in-progress'],
      ['Påbegyndt', 'in-progress'],
      ['in-progress', 'in-progress'],
      ['GENNEMFØRT', 'done'],
      ['Afsluttet', 'done'],
      ['Done', 'done'],
      ['aflyst', 'cancelled'],
      ['Annulleret', 'cancelled'],
    ];
    for (const [word, status] of cases) expect(statusFromWord(word), word).toBe(status);
  });

  it('knows no status for a word it has not been taught', () => {
    expect(statusFromWord('måske')).toBeNull();
    expect(statusFromWord('')).toBeNull();
  });
});
