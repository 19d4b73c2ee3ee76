import { describe, expect, it } from 'vitest';
import { describeOutsideChanges, listParts } from '../../../src/shared/i18n/outside-changes';
import { ENTITY_KINDS, LINK_KINDS } from '../../../src/shared/model/enums';

describe('what changed outside Omstil, in words', () => {
  it('counts rows by kind, one and more, with the plan’s own details last', () => {
    expect(
      describeOutsideChanges({
        changed: [
          { part: 'activity', count: 2 },
          { part: 'competence', count: 1 },
          { part: 'plan', count: 1 },
        ],
        deleted: 0,
        unexplained: false,
      }),
    ).toEqual({
      da: '2 indsatser, 1 kompetence og planens oplysninger er ændret',
      en: '2 activities, 1 competence and the plan’s details were changed',
    });
    expect(
      describeOutsideChanges({
        changed: [{ part: 'yearItem', count: 1 }],
        deleted: 0,
        unexplained: false,
      }),
    ).toEqual({ da: '1 punkt i årshjulet er ændret', en: '1 item in the year wheel was changed' });
  });

  it('names links by their two ends, and the logs as the user knows them', () => {
    expect(
      listParts([
        { part: 'activity-targetGroup', count: 1 },
        { part: 'competence-method', count: 3 },
        { part: 'history', count: 2 },
        { part: 'changeLog', count: 1 },
      ]),
    ).toEqual({
      da: '1 tilknytning fra indsatser til målgrupper, 3 tilknytninger fra kompetencer til metoder, fortrydelseshistorikken og ændringsloggen',
      en: '1 link from activities to target groups, 3 links from competences to methods, the undo history and the change log',
    });
  });

  it('says what was deleted, and what it cannot tell apart', () => {
    expect(
      describeOutsideChanges({
        changed: [{ part: 'member', count: 1 }],
        deleted: 2,
        unexplained: false,
      }),
    ).toEqual({
      da: '1 udvalgsmedlem er ændret, og 2 poster er slettet',
      en: '1 committee member was changed, and 2 entries were deleted',
    });
    expect(describeOutsideChanges({ changed: [], deleted: 1, unexplained: false }).da).toBe(
      '1 post er slettet',
    );
    expect(describeOutsideChanges({ changed: [], deleted: 0, unexplained: true })).toEqual({
      da: 'noget af indholdet er tilføjet, slettet eller udskiftet',
      en: 'some of the content was added, deleted or replaced',
    });
  });

  it('has words for every kind of row a plan holds', () => {
    for (const part of [...ENTITY_KINDS, ...LINK_KINDS]) {
      for (const count of [1, 2]) {
        const { da, en } = listParts([{ part, count }]);
        expect(da).toMatch(new RegExp(`^${count} \\S`));
        expect(en).toMatch(new RegExp(`^${count} \\S`));
        expect(da).not.toContain('undefined');
        expect(en).not.toContain('undefined');
      }
    }
  });
});
