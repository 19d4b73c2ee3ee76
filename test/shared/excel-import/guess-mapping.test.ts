import { describe, expect, it } from 'vitest';
import { guessHeaderRow, guessMapping } from '../../../src/shared/excel-import/guess-mapping';

describe('a first mapping for a list never seen before', () => {
  it('finds the header below a title, and maps the columns by their words', () => {
    const rows = [
      // A title merged over the table: its text in every cell it covers.
      { row: 1, cells: ['Udvalgets aktivitetsliste', 'Udvalgets aktivitetsliste'] },
      {
        row: 2,
        cells: [
          'Aktivitet',
          'Ansvarlig',
          'Periode',
          'Periode',
          'Status',
          'Budget (kr.)',
          'Målgruppe',
        ],
      },
    ];
    expect(guessHeaderRow(rows)).toBe(2);
    expect(guessMapping(rows[1])).toEqual([
      'title',
      'owner',
      'start',
      'end',
      'status',
      'budget',
      'targetGroup',
    ]);
    expect(guessMapping({ row: 1, cells: ['Titel', 'Titel', 'Ukendt', null] })).toEqual([
      'title',
      null,
      null,
      null,
    ]);
  });
});
