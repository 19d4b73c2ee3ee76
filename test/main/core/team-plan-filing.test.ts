import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Environment } from '../../../src/main/core/services/clock';
import { createEntity } from '../../../src/main/core/services/entity-service';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import { fileTeamPlan, previewTeamPlan } from '../../../src/main/core/services/team-plan-filing';
import { toInterchange } from '../../../src/shared/interchange';
import type { TeamPlanEntry } from '../../../src/shared/workshop/team-plan';
import { catchAppError } from '../../helpers/errors';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

type Add = (entity: string, values: Record<string, unknown>) => string;

function adder(session: PlanSession): Add {
  return (entity, values) => createEntity(session, { entity, values } as never);
}

/** The workplace's plan: a team already there, two competences, an owner, one activity. */
function suPlan(path: string, env: Environment) {
  const session = PlanSession.create(path, emptyPlanDocument('SU-plan', 'da', env), env);
  const add = adder(session);
  const team = add('targetGroup', { name: 'Team Økonomi' });
  const mindset = add('competence', { catalogKey: 'digital-mindset', title: 'Digital mindset' });
  const data = add('competence', { title: 'Dataforståelse', targetGroupIds: [team] });
  add('member', { name: 'Anne Hansen', role: 'hr' });
  add('activity', { title: 'Kursus i Excel', competenceIds: [data] });
  return { session, team, mindset, data };
}

/**
 * The team's plan from its workshop (ids of another series, as a new plan of its own has): its
 * team under another spelling, a catalogue competence and a custom one the plan has, a new one
 * with a method, and activities with owners.
 */
function teamPlan(path: string) {
  const env = fixedEnvironment('2026-11-28T09:00:00.000Z', '11111111');
  const session = PlanSession.create(path, emptyPlanDocument('GRUS Økonomi', 'da', env), env);
  const add = adder(session);
  const team = add('targetGroup', { name: '  team   okonomi ', headcount: 9 });
  const other = add('targetGroup', { name: 'Team Løn' });
  add('workshop', { format: 'team', title: 'GRUS', heldOn: '2026-11-28', targetGroupId: team });
  const method = add('method', { title: 'Sparring i makkerpar' });
  const mindset = add('competence', {
    catalogKey: 'digital-mindset',
    title: 'Digitalt mindset i teamet',
    targetGroupIds: [team],
  });
  const data = add('competence', { title: 'DATAFORSTÅELSE', targetGroupIds: [team] });
  const ai = add('competence', {
    title: 'Sagsbehandling med AI',
    targetGroupIds: [team],
    methodIds: [method],
    currentLevel: 2,
    targetLevel: 4,
  });
  add('competence', { title: 'Lønsystemet', targetGroupIds: [other] });
  const anne = add('member', { name: 'anne  hansen', role: 'other' });
  const bo = add('member', { name: 'Bo Berg', role: 'management' });
  add('activity', { title: 'kursus i excel', competenceIds: [data], ownerId: anne });
  add('activity', {
    title: 'Kursus i Excel',
    competenceIds: [ai],
    methodIds: [method],
    ownerId: bo,
    start: '2027-02-01',
    end: '2027-03-01',
  });
  add('activity', { title: 'Makkerpar om AI', competenceIds: [ai, mindset], ownerId: anne });
  add('activity', { title: 'Lønkursus', competenceIds: [ai], targetGroupIds: [other] });
  session.close();
}

const summary = (list: TeamPlanEntry[]) => list.map((e) => `${e.kind}:${e.title}:${e.reason}`);

describe('filing a team plan into the workplace plan', () => {
  const tempDir = useTempDir();

  function setUp() {
    const env = fixedEnvironment();
    const su = suPlan(join(tempDir(), 'su.omstil'), env);
    const source = join(tempDir(), 'team.omstil');
    teamPlan(source);
    return { ...su, env, source };
  }

  it('recognises the team, a competence by catalogue key and by folded title, an owner and an activity, and adds the rest', () => {
    const { session, source } = setUp();
    const preview = previewTeamPlan(session, source);
    expect(preview.fromWorkshop).toBe(true);
    expect(preview.teams.map((t) => t.name)).toEqual(['team   okonomi', 'Team Løn']);
    expect(summary(preview.found)).toEqual([
      'targetGroup:team   okonomi:same-name',
      'competence:Digitalt mindset i teamet:catalog-key',
      'competence:DATAFORSTÅELSE:same-title',
      'activity:kursus i excel:same-title',
      'member:anne  hansen:same-name',
    ]);
    expect(preview.found[1]?.planTitle).toBe('Digital mindset');
    expect(summary(preview.added)).toEqual([
      'competence:Sagsbehandling med AI:null',
      'method:Sparring i makkerpar:null',
      // The same title under another competence is another activity.
      'activity:Kursus i Excel:null',
      'activity:Makkerpar om AI:null',
      'member:Bo Berg:null',
    ]);
    // The catalogue competence and the activity the plan already has are both linked to the team.
    expect(preview.newLinks).toBe(2);

    const report = fileTeamPlan(session, source);
    expect(report).toEqual({ added: preview.added, found: preview.found, newLinks: 2 });
    session.close();
  });

  it('writes the filing with its links and levels, the owners matched or added', () => {
    const { session, source, team, mindset, data } = setUp();
    fileTeamPlan(session, source);
    const doc = session.document();
    expect(doc.targetGroups.map((g) => g.name)).toEqual(['Team Økonomi']);
    expect(doc.competences.find((c) => c.id === mindset)?.targetGroupIds).toEqual([team]);
    const ai = doc.competences.find((c) => c.title === 'Sagsbehandling med AI')!;
    const method = doc.methods.find((m) => m.title === 'Sparring i makkerpar')!;
    expect(ai).toMatchObject({
      targetGroupIds: [team],
      methodIds: [method.id],
      currentLevel: 2,
      targetLevel: 4,
    });
    expect(doc.competences.map((c) => c.title)).not.toContain('Lønsystemet');
    const anne = doc.members.find((m) => m.name === 'Anne Hansen')!;
    const bo = doc.members.find((m) => m.name === 'Bo Berg')!;
    expect(doc.members).toHaveLength(2);
    const byTitle = (title: string) => doc.activities.filter((a) => a.title === title);
    expect(byTitle('Kursus i Excel')).toHaveLength(2);
    expect(byTitle('kursus i excel')).toHaveLength(0);
    expect(byTitle('Kursus i Excel')[1]).toMatchObject({
      competenceIds: [ai.id],
      methodIds: [method.id],
      targetGroupIds: [team],
      ownerId: bo.id,
      start: '2027-02-01',
      end: '2027-03-01',
    });
    const pairs = byTitle('Makkerpar om AI')[0]!;
    expect([...pairs.competenceIds].sort()).toEqual([ai.id, mindset].sort());
    expect(pairs.ownerId).toBe(anne.id);
    expect(byTitle('Lønkursus')).toHaveLength(0);
    // A second filing of the same plan finds everything there and adds nothing.
    const again = previewTeamPlan(session, source);
    expect(again.added).toEqual([]);
    expect(again.newLinks).toBe(0);
    expect(data).toBe(doc.competences.find((c) => c.title === 'Dataforståelse')?.id);
    session.close();
  });

  it('is one undo step that undo takes back whole and redo gives again', () => {
    const { session, source } = setUp();
    const before = session.document();
    const steps = session.history();
    fileTeamPlan(session, source);
    const after = session.document();
    expect(session.history().undoStep).toMatchObject({
      action: 'file-team-plan',
      entity: 'targetGroup',
      title: 'Team Økonomi',
    });
    session.undo();
    expect(session.document()).toEqual(before);
    expect(session.history().undoLabel).toBe(steps.undoLabel);
    session.redo();
    expect(session.document()).toEqual(after);
    session.close();
  });

  it('leaves the team’s file as it was, byte for byte, and takes no lock on it', () => {
    const { session, source } = setUp();
    const bytes = readFileSync(source);
    const modified = statSync(source).mtimeMs;
    previewTeamPlan(session, source);
    fileTeamPlan(session, source);
    expect(readFileSync(source).equals(bytes)).toBe(true);
    expect(statSync(source).mtimeMs).toBe(modified);
    expect(readdirSync(tempDir()).filter((name) => name.includes('team.omstil'))).toEqual([
      'team.omstil',
    ]);
    session.close();
  });

  it('files a team plan the team has open itself', () => {
    const { session, source } = setUp();
    const team = PlanSession.open(source, fixedEnvironment('2026-11-29T09:00:00.000Z', '22222222'));
    expect(team.fileInfo().readOnly).toBe(false);
    expect(fileTeamPlan(session, source).added).toHaveLength(5);
    team.close();
    session.close();
  });

  it('reads the team plan from the JSON interchange format as well', () => {
    const { session, source } = setUp();
    const team = PlanSession.open(source, fixedEnvironment('2026-11-29T09:00:00.000Z', '22222222'));
    const json = join(tempDir(), 'team.json');
    writeFileSync(json, JSON.stringify(toInterchange(team.document())));
    team.close();
    expect(summary(previewTeamPlan(session, json).found)).toHaveLength(5);
    session.close();
  });

  it('refuses a damaged file with the message opening it gives, and changes nothing', () => {
    const { session, env } = setUp();
    const broken = join(tempDir(), 'broken.omstil');
    writeFileSync(broken, Buffer.alloc(4096, 7));
    const opening = catchAppError(() => PlanSession.open(broken, env));
    const before = session.document();
    expect(catchAppError(() => previewTeamPlan(session, broken))).toEqual(opening);
    expect(catchAppError(() => fileTeamPlan(session, broken))).toEqual(opening);
    expect(session.document()).toEqual(before);
    expect(catchAppError(() => fileTeamPlan(session, session.path)).code).toBe('same-file');
    session.close();
  });

  it('refuses a plan without a target group, and lets the user choose among several', () => {
    const { session, env } = setUp();
    const empty = join(tempDir(), 'empty.omstil');
    const other = fixedEnvironment('2026-11-28T09:00:00.000Z', '33333333');
    const plain = PlanSession.create(empty, emptyPlanDocument('Tom', 'da', other), other);
    const refused = catchAppError(() => previewTeamPlan(session, empty));
    expect(refused.issues?.[0]?.rule).toBe('no-team');
    expect(refused.message.da).toContain('ingen målgrupper');
    const add = adder(plain);
    const first = add('targetGroup', { name: 'Team A' });
    add('targetGroup', { name: 'Team B' });
    add('competence', { title: 'Mødeledelse', targetGroupIds: [first] });
    plain.close();
    const open = previewTeamPlan(session, empty);
    expect(open).toMatchObject({ teamId: null, fromWorkshop: false, added: [], found: [] });
    expect(catchAppError(() => fileTeamPlan(session, empty)).issues?.[0]?.rule).toBe('choose-team');
    const chosen = previewTeamPlan(session, empty, first);
    expect(summary(chosen.added)).toEqual([
      'targetGroup:Team A:null',
      'competence:Mødeledelse:null',
    ]);
    expect(catchAppError(() => previewTeamPlan(session, empty, 'x')).issues?.[0]?.rule).toBe(
      'unknown-team',
    );
    void env;
    session.close();
  });
});
