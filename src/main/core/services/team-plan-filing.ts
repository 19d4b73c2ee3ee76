import { basename } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { hasExtension } from '../../../shared/file-extensions';
import type { LocalizedText } from '../../../shared/i18n/localized';
import type { PlanDocument, WindowDocument } from '../../../shared/model/document';
import {
  teamPlanMessages,
  type TeamPlanPreview,
  type TeamPlanReport,
} from '../../../shared/workshop/team-plan';
import { sameFile } from '../lock/file-identity';
import { readPlanReadOnly } from '../plan-file/read-only';
import { readDocument } from '../repositories/document-reader';
import type { RowWriter } from '../repositories/row-writer';
import { ENTITY_TABLES } from '../repositories/tables';
import type { Environment } from './clock';
import { changeEntity, insertEntity } from './entity-service';
import { readJsonPlan } from './plan-factory';
import type { PlanSession } from './plan-session';
import { describeFiling, matchTeamPlan, teamOf, type TeamFiling } from './team-plan-match';

// A team's group development plan filed into the workplace's plan, as one undo step. The team's
// file is only read: it passes the same gate as opening a plan (or the JSON import's checks), and
// is never locked, migrated or written, since it is the team's own.

/** The label the filing's undo step carries; the step is known by the team's target group. */
export const FILE_TEAM_PLAN_LABEL = 'file-team-plan:targetGroup';

function refuse(rule: string, message: LocalizedText): never {
  throw new OmstilError(errors.invalidInput([{ path: 'teamId', rule, message }]));
}

/**
 * The team's plan, read as opening it would read it (a corrupt, foreign or newer file is refused
 * with the same message) but without a lock or a write; a `.json` file is read as an import
 * reads it. The open plan itself is refused, as a merge refuses it.
 */
export function readTeamPlan(openPath: string, sourcePath: string, env: Environment): PlanDocument {
  if (hasExtension(sourcePath, '.json')) return readJsonPlan(sourcePath, env);
  if (sameFile(openPath, sourcePath)) throw new OmstilError(errors.sameFile(basename(sourcePath)));
  return readPlanReadOnly(sourcePath).document;
}

interface Matched {
  filing: TeamFiling | null;
  teamId: string | null;
  fromWorkshop: boolean;
}

function match(source: PlanDocument, plan: WindowDocument, asked: string | undefined): Matched {
  if (source.targetGroups.length === 0) refuse('no-team', teamPlanMessages.noTeam);
  if (asked !== undefined && !source.targetGroups.some((g) => g.id === asked)) {
    refuse('unknown-team', teamPlanMessages.unknownTeam);
  }
  const team = teamOf(source, asked);
  return {
    filing: team.id === null ? null : matchTeamPlan(source, plan, team.id),
    teamId: team.id,
    fromWorkshop: team.fromWorkshop,
  };
}

type IdOf = (sourceId: string) => string;

/** Each entry's id in the plan once filed: a recognised entry's own, or the one `fresh` gives. */
function idsOf(filing: TeamFiling, fresh: (sourceId: string) => string): IdOf {
  const ids = new Map<string, string>();
  const placed = [
    filing.team,
    ...filing.competences,
    ...filing.methods,
    ...filing.members,
    ...filing.activities,
  ];
  for (const p of placed) ids.set(p.source.id, p.existing?.id ?? fresh(p.source.id));
  return (sourceId) => ids.get(sourceId) ?? sourceId;
}

/** The ids of `wanted` that were filed, in the plan's ids. */
function filedIds(wanted: readonly string[], filed: ReadonlySet<string>, idOf: IdOf): string[] {
  return [...new Set(wanted.filter((id) => filed.has(id)).map(idOf))];
}

interface LinkPatch {
  kind: 'competence' | 'activity';
  id: string;
  patch: Record<string, string[]>;
  added: number;
}

/**
 * The links a recognised competence or activity gains: to the team, and to the methods and
 * competences it has in the team's plan. Its own fields (levels, owner, dates) stay as the plan
 * has them: the plan is the committee's, and the team's plan only adds.
 */
function linkPatches(filing: TeamFiling, plan: WindowDocument, idOf: IdOf): LinkPatch[] {
  const team = idOf(filing.team.source.id);
  const methods = new Set(filing.methods.map((m) => m.source.id));
  const competences = new Set(filing.competences.map((c) => c.source.id));
  const patches: LinkPatch[] = [];
  const grow = (
    kind: LinkPatch['kind'],
    id: string,
    lists: Record<string, { have: readonly string[]; want: readonly string[] }>,
  ) => {
    const patch: Record<string, string[]> = {};
    let added = 0;
    for (const [field, { have, want }] of Object.entries(lists)) {
      const missing = want.filter((w) => !have.includes(w));
      if (missing.length === 0) continue;
      patch[field] = [...have, ...missing];
      added += missing.length;
    }
    if (added > 0) patches.push({ kind, id, patch, added });
  };
  for (const c of filing.competences) {
    const mine = c.existing && plan.competences.find((p) => p.id === c.existing!.id);
    if (!mine) continue;
    grow('competence', mine.id, {
      targetGroupIds: { have: mine.targetGroupIds, want: [team] },
      methodIds: { have: mine.methodIds, want: filedIds(c.source.methodIds, methods, idOf) },
    });
  }
  for (const a of filing.activities) {
    const mine = a.existing && plan.activities.find((p) => p.id === a.existing!.id);
    if (!mine) continue;
    grow('activity', mine.id, {
      competenceIds: {
        have: mine.competenceIds,
        want: filedIds(a.source.competenceIds, competences, idOf),
      },
      methodIds: { have: mine.methodIds, want: filedIds(a.source.methodIds, methods, idOf) },
      targetGroupIds: { have: mine.targetGroupIds, want: [team] },
    });
  }
  return patches;
}

/**
 * What filing the team's plan at `sourcePath` into the open plan would add, and what the plan
 * already has and why; changes neither file. `teamId` (a target group of the team's plan)
 * chooses the team where the plan has no team workshop to say which it is.
 */
export function previewTeamPlan(
  session: PlanSession,
  sourcePath: string,
  teamId?: string,
): TeamPlanPreview {
  const source = readTeamPlan(session.path, sourcePath, session.env);
  const { filing, teamId: chosen, fromWorkshop } = match(source, session.document(), teamId);
  const lists = filing ? describeFiling(filing) : { added: [], found: [] };
  const newLinks = filing
    ? linkPatches(
        filing,
        session.document(),
        idsOf(filing, (id) => `new:${id}`),
      ).reduce((sum, p) => sum + p.added, 0)
    : 0;
  return {
    source: { path: sourcePath, name: basename(sourcePath), title: source.plan.title },
    teams: source.targetGroups.map((g) => ({ id: g.id, name: g.name })),
    teamId: chosen,
    fromWorkshop,
    ...lists,
    newLinks,
  };
}

/**
 * Files the team's plan at `sourcePath` into the open plan as one undo step: its team, the
 * competences for it (with their levels), their methods, the activities for them (with owners,
 * matched to the plan's members by name or added) and the links between them. An entry the
 * plan already has is not added again; the links the team's plan gives it are.
 */
export function fileTeamPlan(
  session: PlanSession,
  sourcePath: string,
  teamId?: string,
): TeamPlanReport {
  const source = readTeamPlan(session.path, sourcePath, session.env);
  return session.edit(FILE_TEAM_PLAN_LABEL, (writer, now) => {
    const plan = readDocument(writer.db, 'summaries');
    const { filing } = match(source, plan, teamId);
    if (!filing) refuse('choose-team', teamPlanMessages.chooseTeam);
    const idOf = idsOf(filing, () => session.env.newId());
    const patches = linkPatches(filing, plan, idOf);
    writeAdded(writer, filing, idOf, now);
    for (const p of patches) changeEntity(writer, p.kind, p.id, p.patch, now);
    // The step is known by the team, so undo can say whose plan it takes back.
    if (filing.team.existing !== null && writer.changes.length > 0) {
      writer.touch(ENTITY_TABLES.targetGroup.table, { id: idOf(filing.team.source.id) }, now);
    }
    return { ...describeFiling(filing), newLinks: patches.reduce((sum, p) => sum + p.added, 0) };
  });
}

/** Writes the entries the plan does not have yet, in the order their links need them. */
function writeAdded(writer: RowWriter, filing: TeamFiling, idOf: IdOf, now: string): void {
  const methods = new Set(filing.methods.map((m) => m.source.id));
  const competences = new Set(filing.competences.map((c) => c.source.id));
  const team = idOf(filing.team.source.id);
  if (filing.team.existing === null) {
    const { name, headcount, description } = filing.team.source;
    insertEntity(writer, 'targetGroup', team, { name, headcount, description }, now);
  }
  for (const { source: m, existing } of filing.methods) {
    if (existing !== null) continue;
    const values = { catalogKey: m.catalogKey, title: m.title, description: m.description };
    insertEntity(writer, 'method', idOf(m.id), values, now);
  }
  for (const { source: m, existing } of filing.members) {
    if (existing === null) {
      insertEntity(writer, 'member', idOf(m.id), { name: m.name, role: m.role }, now);
    }
  }
  for (const { source: c, existing } of filing.competences) {
    if (existing !== null) continue;
    const { id: _id, updatedAt: _at, driverIds: _drivers, ...fields } = c;
    insertEntity(
      writer,
      'competence',
      idOf(c.id),
      {
        ...fields,
        driverIds: [],
        targetGroupIds: [team],
        methodIds: filedIds(c.methodIds, methods, idOf),
      },
      now,
    );
  }
  const members = new Set(filing.members.map((m) => m.source.id));
  for (const { source: a, existing } of filing.activities) {
    if (existing !== null) continue;
    const { id: _id, updatedAt: _at, fundingApplication: _application, ...fields } = a;
    insertEntity(
      writer,
      'activity',
      idOf(a.id),
      {
        ...fields,
        competenceIds: filedIds(a.competenceIds, competences, idOf),
        methodIds: filedIds(a.methodIds, methods, idOf),
        targetGroupIds: [team],
        ownerId: a.ownerId !== null && members.has(a.ownerId) ? idOf(a.ownerId) : null,
      },
      now,
    );
  }
}
