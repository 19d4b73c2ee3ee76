import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanReadOnly } from '../../../../src/main/core/plan-file/read-only';
import { verifyContent } from '../../../../src/main/core/plan-file/verify-content';
import { openConnection } from '../../../../src/main/core/db/connection';
import { createEntity } from '../../../../src/main/core/services/entity-service';
import { planMerge, writeMerge } from '../../../../src/main/core/sync/merge';
import type { PlanSession } from '../../../../src/main/core/services/plan-session';
import { useTempDir } from '../../../helpers/temp-dir';
import { editing, twoCopies } from './fixtures';

/** A card written in the copy's own room, with the dots one participant gave it. */
function cardWithVote(s: PlanSession, workshopId: string, text: string, who: string): string {
  const cardId = createEntity(s, {
    entity: 'workshopCard',
    values: { workshopId, stepId: 'su-drivers', kind: 'driver', text },
  });
  createEntity(s, {
    entity: 'workshopVote',
    values: { workshopId, cardId, participant: who, dots: 2 },
  });
  return cardId;
}

describe('merging the workshops of two copies', () => {
  const tempDir = useTempDir();

  it('keeps the cards and votes both copies added to the same workshop, without asking', () => {
    let workshopId = '';
    const { mine, theirs } = twoCopies(tempDir(), (s) => {
      workshopId = createEntity(s, {
        entity: 'workshop',
        values: { format: 'su', title: 'SU-workshop', heldOn: '2026-11-27' },
      });
    });
    const mineCard = editing(mine, (s) => cardWithVote(s, workshopId, 'Nye systemer', 'Anne'));
    const theirCard = editing(theirs, (s) => cardWithVote(s, workshopId, 'Datasikkerhed', 'Bo'));

    const preview = planMerge(mine, theirs);
    expect(preview.conflicts).toEqual([]);
    const out = join(tempDir(), 'Flettet.omstil');
    writeMerge(mine, theirs, {}, out);
    const merged = readPlanReadOnly(out).document;
    expect(merged.workshopCards.map((c) => c.id).sort()).toEqual([mineCard, theirCard].sort());
    expect(merged.workshopVotes.map((v) => [v.cardId, v.participant, v.workshopId]).sort()).toEqual(
      [
        [mineCard, 'Anne', workshopId],
        [theirCard, 'Bo', workshopId],
      ].sort(),
    );
    const db = openConnection(out, { readonly: true });
    try {
      expect(verifyContent(db)).toBeNull();
    } finally {
      db.close();
    }
  });
});
