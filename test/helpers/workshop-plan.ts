import { createEntity } from '../../src/main/core/services/entity-service';
import { emptyPlanDocument } from '../../src/main/core/services/plan-factory';
import { PlanSession } from '../../src/main/core/services/plan-session';
import {
  applyRankingToPriorities,
  promoteCard,
} from '../../src/main/core/services/workshop-service';
import type { PlanDocument } from '../../src/shared/model/document';
import type { WorkshopCardKind } from '../../src/shared/model/enums';
import { fixedEnvironment } from './fixed-env';

export interface WorkshopPlan {
  path: string;
  doc: PlanDocument;
  /** The SU workshop of 27 November, the latest held. */
  workshopId: string;
  /** A preparatory meeting held earlier, though entered into the plan later. */
  earlierId: string;
}

/**
 * A plan file with a workshop held as committees hold them, made through the real core: cards in
 * three steps, four participants' dots with a tie for second place, a card in the parking lot,
 * cards taken into the plan and the ranking written to the plan's priorities. `extraCards` adds
 * that many more cards with the facilitator's totals, for a workshop of a normal size.
 */
export function makeWorkshopPlan(path: string, extraCards = 0): WorkshopPlan {
  const env = fixedEnvironment();
  const session = PlanSession.create(
    path,
    emptyPlanDocument('Kompetenceplan 2027', 'da', env),
    env,
  );
  try {
    const workshopId = createEntity(session, {
      entity: 'workshop',
      values: {
        format: 'su',
        title: 'SU-workshop om digital omstilling',
        heldOn: '2026-11-27',
        votesRevealed: true,
      },
    });
    const card = (stepId: string, text: string, kind: WorkshopCardKind, parked = false) =>
      createEntity(session, {
        entity: 'workshopCard',
        values: { workshopId, stepId, kind, text, parked },
      });
    const vote = (cardId: string, dots: number, participant: string | null) =>
      createEntity(session, {
        entity: 'workshopVote',
        values: { workshopId, cardId, participant, dots },
      });
    const driver = card('su-drivers', 'Nye it-systemer i sagsbehandlingen', 'driver');
    const data = card('su-competences', 'Brug af data i sagsbehandlingen', 'competence');
    const security = card('su-competences', 'Digital sikkerhed i hverdagen', 'competence');
    const teams = card('su-competences', 'Samarbejde på tværs af teams', 'competence');
    card('su-competences', 'Klarsprog i digitale breve', 'competence');
    card('su-competences', 'Ny ordning for kantinen', 'idea', true);
    const principle = card(
      'su-principles',
      'Kompetenceudvikling foregår så vidt muligt i arbejdstiden',
      'principle',
    );
    vote(data, 2, 'Anne');
    vote(security, 1, 'Anne');
    vote(data, 2, 'Bo');
    vote(teams, 1, 'Bo');
    vote(data, 1, 'Carl');
    vote(security, 2, 'Carl');
    vote(teams, 2, 'Dorte');
    for (let i = 1; i <= extraCards; i++) {
      const extra = card('su-competences', `Idé nummer ${i} til en kompetence`, 'competence');
      vote(extra, i % 3, null);
    }
    promoteCard(session, driver);
    promoteCard(session, data);
    promoteCard(session, security);
    promoteCard(session, principle);
    applyRankingToPriorities(session, workshopId);
    const earlierId = createEntity(session, {
      entity: 'workshop',
      values: { format: 'team', title: 'Forberedende møde', heldOn: '2026-11-01' },
    });
    return { path, doc: session.document(), workshopId, earlierId };
  } finally {
    session.close();
  }
}
