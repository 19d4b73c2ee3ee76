import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEntity,
  deleteEntity,
  reorderEntities,
  updateEntity,
} from '../../../src/main/core/services/entity-service';
import { addLink, removeLink } from '../../../src/main/core/services/link-service';
import { examplePlan } from '../../helpers/example-plan';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { updatePlan } from '../../../src/main/core/services/plan-service';
import {
  applyRankingToPriorities,
  promoteCard,
} from '../../../src/main/core/services/workshop-service';
import { isOmstilError } from '../../../src/shared/errors';
import { windowDocumentOf, type WindowDocument } from '../../../src/shared/model/document';
import { DocumentPatchSchema, type DocumentPatch } from '../../../src/shared/model/document-patch';
import { applyDocumentPatch } from '../../../src/shared/model/apply-patch';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

const OPS = [
  'create-activity',
  'create-driver',
  'create-member',
  'update-activity',
  'owner',
  'delete-member',
  'delete-competence',
  'delete-driver',
  'link-driver',
  'unlink-driver',
  'link-method',
  'reorder-drivers',
  'move-activity',
  'plan',
  'mark-status',
  'note-status',
  'delete-status',
  'create-workshop',
  'add-card',
  'vote',
  'promote-card',
  'apply-ranking',
  'delete-workshop',
  'undo',
  'redo',
] as const;
type Op = { kind: (typeof OPS)[number]; pick: number; n: number };

/** The patch as the window receives it: through JSON and the contract's schema. */
function received(patch: DocumentPatch): DocumentPatch {
  return DocumentPatchSchema.parse(JSON.parse(JSON.stringify(patch)));
}

describe("an edit's answer: what changed, not the whole plan", () => {
  const tempDir = useTempDir();

  function open() {
    const env = fixedEnvironment();
    const path = join(tempDir(), `plan-${Math.random().toString(36).slice(2)}.omstil`);
    return PlanSession.create(path, examplePlan(env), env);
  }

  /** One edit, chosen by `op` among those the plan allows now; false when none applied. */
  function perform(session: PlanSession, doc: WindowDocument, op: Op): boolean {
    const pickOf = <T>(list: readonly T[]) => (list.length ? list[op.pick % list.length]! : null);
    const activity = pickOf(doc.activities);
    const competence = pickOf(doc.competences);
    const driver = pickOf(doc.drivers);
    const member = pickOf(doc.members);
    const method = pickOf(doc.methods);
    const status = pickOf(doc.statusSnapshots);
    const workshop = pickOf(doc.workshops);
    const card = pickOf(doc.workshopCards.filter((c) => c.promotedKind === null));
    switch (op.kind) {
      case 'create-activity':
        createEntity(session, { entity: 'activity', values: { title: `Indsats ${op.n}` } });
        return true;
      case 'create-driver':
        createEntity(session, { entity: 'driver', values: { title: `Baggrund ${op.n}` } });
        return true;
      case 'create-member':
        createEntity(session, { entity: 'member', values: { name: `Medlem ${op.n}` } });
        return true;
      case 'update-activity':
        if (!activity) return false;
        updateEntity(session, {
          entity: 'activity',
          id: activity.id,
          patch: { progress: op.n, title: `Ændret ${op.n}` },
        });
        return true;
      case 'owner':
        if (!activity || !member) return false;
        updateEntity(session, {
          entity: 'activity',
          id: activity.id,
          patch: { ownerId: member.id },
        });
        return true;
      case 'delete-member':
        if (!member) return false;
        deleteEntity(session, 'member', member.id);
        return true;
      case 'delete-competence':
        if (!competence) return false;
        deleteEntity(session, 'competence', competence.id);
        return true;
      case 'delete-driver':
        if (!driver) return false;
        deleteEntity(session, 'driver', driver.id);
        return true;
      case 'link-driver':
        if (!competence || !driver) return false;
        addLink(session, 'competence-driver', competence.id, driver.id);
        return true;
      case 'unlink-driver':
        if (!competence?.driverIds[0]) return false;
        removeLink(session, 'competence-driver', competence.id, competence.driverIds[0]);
        return true;
      case 'link-method':
        if (!activity || !method) return false;
        addLink(session, 'activity-method', activity.id, method.id);
        return true;
      case 'reorder-drivers': {
        // Moves one driver to the front: the competences' driver lists follow the new order.
        if (!driver || doc.drivers.length < 2) return false;
        const rest = doc.drivers.filter((d) => d.id !== driver.id).map((d) => d.id);
        reorderEntities(session, 'driver', [driver.id, ...rest]);
        return true;
      }
      case 'move-activity': {
        if (!activity || doc.activities.length < 2) return false;
        const rest = doc.activities.filter((a) => a.id !== activity.id).map((a) => a.id);
        const at = op.n % (rest.length + 1);
        reorderEntities(session, 'activity', [
          ...rest.slice(0, at),
          activity.id,
          ...rest.slice(at),
        ]);
        return true;
      }
      case 'plan':
        updatePlan(session, { purpose: `Formål ${op.n}` });
        return true;
      case 'mark-status':
        createEntity(session, { entity: 'statusSnapshot', values: { note: `Møde ${op.n}` } });
        return true;
      case 'note-status':
        if (!status) return false;
        updateEntity(session, {
          entity: 'statusSnapshot',
          id: status.id,
          patch: { note: `Drøftet ${op.n}` },
        });
        return true;
      case 'delete-status':
        if (!status) return false;
        deleteEntity(session, 'statusSnapshot', status.id);
        return true;
      case 'create-workshop':
        createEntity(session, {
          entity: 'workshop',
          values: {
            format: 'su',
            title: `Workshop ${op.n}`,
            heldOn: '2026-11-27',
            votesRevealed: true,
          },
        });
        return true;
      case 'add-card':
        if (!workshop) return false;
        createEntity(session, {
          entity: 'workshopCard',
          values: {
            workshopId: workshop.id,
            stepId: 'su-drivers',
            kind: op.n % 2 ? 'driver' : 'competence',
            text: `Kort ${op.n}`,
          },
        });
        return true;
      case 'vote': {
        const target = pickOf(doc.workshopCards);
        if (!target) return false;
        createEntity(session, {
          entity: 'workshopVote',
          values: {
            workshopId: target.workshopId,
            cardId: target.id,
            participant: null,
            dots: op.n,
          },
        });
        return true;
      }
      case 'promote-card':
        if (!card) return false;
        promoteCard(session, card.id);
        return true;
      case 'apply-ranking':
        if (!workshop) return false;
        applyRankingToPriorities(session, workshop.id);
        return true;
      case 'delete-workshop':
        if (!workshop) return false;
        deleteEntity(session, 'workshop', workshop.id);
        return true;
      case 'undo':
        if (!session.history().canUndo) return false;
        session.undo();
        return true;
      case 'redo':
        if (!session.history().canRedo) return false;
        session.redo();
        return true;
    }
  }

  it('brings a copy of the plan to exactly what a fresh read gives, after any edit, undo or redo', () => {
    const session = open();
    const opArb = fc.record({
      kind: fc.constantFrom(...OPS),
      pick: fc.nat(1000),
      n: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 15 }), (ops: Op[]) => {
        let mirror = session.snapshot().document;
        for (const op of ops) {
          try {
            if (!perform(session, mirror, op)) continue;
          } catch (e) {
            if (isOmstilError(e)) continue;
            throw e;
          }
          mirror = applyDocumentPatch(mirror, received(session.change().patch));
          // The window's copy holds marked statuses' summaries: the whole plan read afresh,
          // figures and all, then cut down.
          expect(mirror).toEqual(windowDocumentOf(session.document()));
        }
      }),
      { numRuns: 60, seed: 20261206 },
    );
    session.close();
  }, 120_000);

  it('sends only the entities an edit touched, and leaves the rest of the copy as it was', () => {
    const session = open();
    const before = session.snapshot().document;
    const [first, second] = before.activities;
    updateEntity(session, { entity: 'activity', id: first!.id, patch: { progress: 55 } });
    const patch = received(session.change().patch);
    expect(patch.plan).toBeNull();
    expect(patch.removed).toEqual([]);
    expect(patch.changed.map((c) => c.entity.id)).toEqual([first!.id]);
    const after = applyDocumentPatch(before, patch);
    expect(after.activities[0]).toMatchObject({ id: first!.id, progress: 55 });
    expect(after.activities[1]).toBe(second);
    expect(after.competences).toBe(before.competences);
    expect(after.plan).toBe(before.plan);
    session.close();
  });

  it('tells the competences that link to a moved driver their new order', () => {
    const session = open();
    const before = session.snapshot().document;
    const linked = before.competences.find((c) => c.driverIds.length > 1)!;
    const last = linked.driverIds[linked.driverIds.length - 1]!;
    const rest = before.drivers.filter((d) => d.id !== last).map((d) => d.id);
    reorderEntities(session, 'driver', [last, ...rest]);
    const after = applyDocumentPatch(before, received(session.change().patch));
    expect(after.competences.find((c) => c.id === linked.id)!.driverIds[0]).toBe(last);
    expect(after).toEqual(session.view());
    session.close();
  });
});
