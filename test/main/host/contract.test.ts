import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanFile, PlanSession, readPlanReadOnly } from '../../../src/main/core';
import { createHandlers, dispatch, type Handlers } from '../../../src/main/host';
import { contract, type CallInput, type CallOutput } from '../../../src/shared/api';
import { API_CALLS, type ApiCall } from '../../../src/shared/api-names';
import { evaluationFigures } from '../../../src/shared/evaluation';
import { aggregateTrends } from '../../../src/shared/trends';
import { BUILT_PDF_WORKER } from '../../helpers/built-node';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { spoilPlanFile } from '../../helpers/hostile-files';
import { useTempDir } from '../../helpers/temp-dir';
import { examplePlan } from '../../helpers/example-plan';

/**
 * Every call of the contract, made through the real dispatch on a real plan, and every answer
 * read with that call's own output schema: a handler can never answer with a shape the contract
 * does not declare, whichever transport carries it. The calls made are checked against the
 * contract's keys, so a call added without a case here fails this test.
 */
describe('the contract, call by call through the real dispatch', () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);
  let host: Handlers | null = null;
  const others: PlanSession[] = [];

  afterEach(() => {
    host?.dispose();
    host = null;
    for (const session of others.splice(0)) session.close();
  });

  /** The desktop shell's host: its file dialog answers from `chosen`, its file opener records. */
  function desktopHost() {
    const chosen: string[] = [];
    const opened: string[] = [];
    host = createHandlers(
      {
        transport: 'electron',
        appVersion: '0.0.0-test',
        defaultFolder: tempDir(),
        recentFilesPath: at('recent.json'),
        pdfWorkerFile: BUILT_PDF_WORKER,
        chooseFile: () => Promise.resolve(chosen.shift() ?? null),
        chooseTrendsSources: () => Promise.resolve(chosen.splice(0)),
        openFile: (path) => {
          opened.push(path);
          return Promise.resolve();
        },
      },
      fixedEnvironment(),
    );
    return { handlers: host, chosen, opened };
  }

  it('answers every call with the shape its output schema declares', async () => {
    const { handlers, chosen, opened } = desktopHost();
    const made = new Set<ApiCall>();

    /** One call as a transport makes it; its answer must be a value its schema accepts. */
    async function call<C extends ApiCall>(name: C, input: CallInput<C>): Promise<CallOutput<C>> {
      made.add(name);
      const result = await dispatch(handlers, name, input);
      if (!result.ok) throw new Error(`${name} was refused: ${result.error.message.en}`);
      const read = contract[name].output.safeParse(result.value);
      expect(read.error?.issues ?? [], `${name}'s answer`).toEqual([]);
      return result.value as CallOutput<C>;
    }

    // Where the program runs, and a new plan made through the native dialog.
    expect((await call('appInfo', {})).nativeDialogs).toBe(true);
    expect(await call('listRecent', {})).toEqual([]);
    chosen.push(at('Kompetenceplan.omstil'));
    const { path } = await call('chooseFile', { purpose: 'new', suggestedName: 'Ny plan.omstil' });
    await call('newPlan', { path: path!, title: 'Kompetenceplan 2027', language: 'da' });
    expect((await call('getPlan', {}))?.file.path).toBe(path);

    // Edits, links, order, undo and redo.
    await call('updatePlan', {
      patch: { organisation: 'Styrelsen', periodStart: '2027-01-01', agendaRequest: 'godkender' },
    });
    expect((await call('getPlan', {}))?.document.plan.agendaRequest).toBe('godkender');
    const group = await call('createEntity', {
      entity: 'targetGroup',
      values: { name: 'Sagsbehandlere', headcount: 40 },
    });
    const competence = await call('createEntity', {
      entity: 'competence',
      values: { title: 'IT-sikkerhed', targetGroupIds: [group.id] },
    });
    const method = await call('createEntity', {
      entity: 'method',
      values: { catalogKey: 'sprints', title: 'Sprints' },
    });
    const second = await call('createEntity', { entity: 'method', values: { title: 'Kursus' } });
    await call('updateEntity', {
      entity: 'competence',
      id: competence.id,
      patch: { currentLevel: 2, targetLevel: 4 },
    });
    await call('addLink', { kind: 'competence-method', fromId: competence.id, toId: method.id });
    await call('removeLink', { kind: 'competence-method', fromId: competence.id, toId: method.id });
    await call('reorderEntities', { entity: 'method', ids: [second.id, method.id] });
    expect((await call('undo', {})).history.canRedo).toBe(true);
    const redone = await call('redo', {});
    expect(redone.patch.changed.filter((c) => c.kind === 'method').map((c) => c.entity.id)).toEqual(
      [second.id, method.id],
    );
    await call('deleteEntity', { entity: 'method', id: second.id });
    await call('createEntity', {
      entity: 'activity',
      values: { title: 'Phishing-øvelse', start: '2027-03-01', competenceIds: [competence.id] },
    });
    const period = { from: '2027-01-01', to: '2027-12-31' };
    const evaluation = await call('createEntity', {
      entity: 'evaluation',
      values: {
        year: 2027,
        periodStart: period.from,
        periodEnd: period.to,
        figures: evaluationFigures(documentOf(await call('getPlan', {})), period),
      },
    });

    // A marked status: the plan holds its summary, and its figures come when asked for.
    const marked = await call('createEntity', { entity: 'statusSnapshot', values: { note: 'SU' } });
    const listed = (await call('getPlan', {}))?.document.statusSnapshots ?? [];
    expect(listed.map((s) => [s.id, s.data.budget.planned])).toEqual([[marked.id, 0]]);
    const [stored] = await call('statusFigures', { ids: [marked.id] });
    expect([stored?.id, stored?.figures.activities.map((a) => a.title)]).toEqual([
      marked.id,
      ['Phishing-øvelse'],
    ]);

    // A workshop's card taken into the plan, and the room's ranking written to its priority.
    const workshop = await call('createEntity', {
      entity: 'workshop',
      values: { format: 'su', title: 'SU-workshop', heldOn: '2027-01-15', votesRevealed: true },
    });
    const card = await call('createEntity', {
      entity: 'workshopCard',
      values: { workshopId: workshop.id, stepId: 'su-drivers', kind: 'driver', text: 'Ny lov' },
    });
    await call('createEntity', {
      entity: 'workshopVote',
      values: { workshopId: workshop.id, cardId: card.id, participant: 'Anne', dots: 3 },
    });
    await call('saveBallot', {
      workshopId: workshop.id,
      participant: 'Bo',
      dots: [{ cardId: card.id, dots: 2 }],
    });
    const { promoted } = await call('promoteCard', { cardId: card.id });
    expect(promoted.kind).toBe('driver');
    const ranked = await call('applyRankingToPriorities', { workshopId: workshop.id });
    expect(ranked.patch.changed.find((c) => c.entity.id === promoted.id)?.entity).toMatchObject({
      priority: 1,
    });

    // The workshop's minutes, as text and as PDF, and a step's poster.
    const minutes = await call('workshopSummaryText', { workshopId: workshop.id });
    expect(minutes.text).toContain('Referat af workshop: SU-workshop');
    expect((await call('exportWorkshopSummary', { path: at('Referat.pdf') })).pages).toBe(1);
    const poster = { workshopId: workshop.id, stepId: 'su-drivers', paper: 'A3' } as const;
    expect((await call('exportWorkshopPoster', { ...poster, path: at('Plakat.pdf') })).pages).toBe(
      1,
    );

    // A copy sent to a colleague, compared and merged back.
    const copy = at('Kopi til Jens.omstil');
    await call('saveCopy', { path: copy });
    const preview = await call('previewMerge', { theirsPath: copy });
    expect(preview.conflicts).toEqual([]);
    const merged = await call('completeMerge', {
      theirsPath: copy,
      outPath: at('Flettet.omstil'),
      resolutions: {},
    });
    expect(merged.snapshot?.file.name).toBe('Flettet.omstil');

    // The copy filed back as a team's plan: its one target group is the team, all of it known.
    chosen.push(copy);
    const team = await call('chooseFile', { purpose: 'teamPlan' });
    const filing = await call('previewTeamPlan', { sourcePath: team.path! });
    expect(filing.found[0]).toMatchObject({ kind: 'targetGroup', reason: 'same-entry' });
    const filed = await call('fileTeamPlan', { sourcePath: copy, teamId: filing.teamId! });
    expect(filed.report.added).toEqual([]);

    // A survey export chosen, read, previewed for the one target group and imported.
    chosen.push(join(__dirname, '../core/survey/fixtures/surveyxact-baseline.csv'));
    const survey = await call('chooseFile', { purpose: 'survey' });
    expect((await call('readSurvey', { sourcePath: survey.path! })).respondents).toBe(11);
    const mapping = {
      questions: [{ column: 3, competenceId: competence.id }],
      group: { by: 'one' as const, targetGroupId: group.id },
      kind: 'baseline' as const,
      date: '2027-01-15',
    };
    const figures = await call('previewSurvey', { sourcePath: survey.path!, mapping });
    expect(figures.figures[0]?.respondents).toBe(10);
    expect(
      (await call('importSurvey', { sourcePath: survey.path!, mapping })).report.imported,
    ).toBe(1);

    // The exports, each format, and the system's opener for one of them.
    const { sections } = await call('exportSections', {});
    expect(sections.length).toBeGreaterThan(3);
    expect((await call('previewPdf', { sections: sections.slice(0, 2) })).pages).toBeGreaterThan(0);
    for (const format of ['pdf', 'xlsx', 'csv', 'json'] as const) {
      // The workbook with the plan's data, so that it imports back below.
      const written = await call('exportPlan', {
        path: at(`Plan.${format}`),
        format,
        ...(format === 'xlsx' ? { withPlanData: true } : {}),
      });
      expect(existsSync(written.path)).toBe(true);
    }
    await call('openExportedFile', { path: at('Plan.pdf') });
    expect(opened).toEqual([at('Plan.pdf')]);
    const report = await call('exportEvaluation', {
      id: evaluation.id,
      path: at('Evaluering.pdf'),
    });
    expect(report.pages).toBeGreaterThan(0);

    // The JSON export made into a plan of its own, through the import dialog.
    chosen.push(at('Plan.json'));
    const source = await call('chooseFile', { purpose: 'import', format: 'json' });
    const imported = await call('importPlan', {
      source: source.path!,
      path: at('Importeret.omstil'),
    });
    expect(imported.document.activities.map((a) => a.title)).toEqual(['Phishing-øvelse']);

    // The workbook export made into a plan the same way; then its activities sheet read as any
    // committee's list is, through a mapping, into the plan now open.
    const workbook = at('Plan.xlsx');
    expect((await call('readExcelWorkbook', { path: workbook })).omstilPlan).toBe(true);
    const fromWorkbook = await call('importPlan', {
      source: workbook,
      path: at('Fra Excel.omstil'),
    });
    expect(fromWorkbook.document.activities.map((a) => a.title)).toEqual(['Phishing-øvelse']);
    const choice = { sheet: 'Indsatser', headerRow: 1, columns: ['title' as const] };
    const rows = await call('previewExcelImport', { path: workbook, choice });
    expect(rows.activities[0]?.title).toBe('Phishing-øvelse');
    const mapped = await call('importExcelActivities', {
      path: workbook,
      choice,
      createNames: false,
    });
    expect(mapped.report.imported).toBe(rows.activities.length);

    // A plan someone else left open long ago: opened read-only, then taken over.
    const held = at('Hos Jens.omstil');
    createPlanFile(held, wholeDocumentOf(await call('getPlan', {})));
    const jensLongAgo = fixedEnvironment('2026-11-26T09:00:00.000Z', '40000000');
    others.push(
      PlanSession.open(held, jensLongAgo, {
        owner: { user: 'Jens', machine: 'PC-1042', pid: 4242, program: 'Omstil 0.1.0' },
      }),
    );
    expect((await call('openPlan', { path: held })).file.lock?.takeOver).toBe('offer');
    expect((await call('takeOverLock', {})).file.readOnly).toBe(false);
    expect((await call('openCopy', { path: at('Min kopi.omstil') })).file.name).toBe(
      'Min kopi.omstil',
    );

    // A file with things Omstil did not write, saved as a clean copy.
    const foreign = at('Fremmed.omstil');
    createPlanFile(foreign, wholeDocumentOf(await call('getPlan', {})));
    spoilPlanFile(foreign, 'trigger');
    await call('salvageCopy', { source: foreign, target: at('Ren kopi.omstil') });

    // A plan changed outside Omstil on purpose: opened read-only, then its content accepted.
    const edited = at('Rettet i et andet program.omstil');
    createPlanFile(edited, examplePlan(fixedEnvironment()));
    spoilPlanFile(edited, 'changed-outside');
    expect((await call('openPlan', { path: edited })).file.notice?.code).toBe('changed-outside');
    const accepted = await call('acceptOutsideChanges', { confirmed: true });
    expect([accepted.file.readOnly, accepted.file.notice]).toEqual([false, null]);

    // Trends across many plans (issue 18): the folder's files, each read by a call, the report
    // counted here as the window counts it, and written; an existing file only when told.
    chosen.push(tempDir());
    const sources = await call('chooseTrendsSources', { kind: 'folder' });
    const trendFiles = await call('trendsListFiles', { paths: sources.paths });
    const reads = [];
    for (const file of trendFiles.files) reads.push(await call('trendsReadFile', { file }));
    const trendsReport = aggregateTrends(
      { reads, sameFiles: trendFiles.sameFiles },
      { lang: 'da' },
    );
    // The open plan, counted once with its copies (the copy changed last stands for them).
    const counted = [...trendsReport.plans, ...trendsReport.duplicates.map((d) => d.file)];
    expect(counted).toContain(path);
    const trends = { report: trendsReport, format: 'json' as const, path: at('Tendenser.json') };
    expect((await call('trendsExport', trends)).bytes).toBeGreaterThan(0);
    expect((await dispatch(handlers, 'trendsExport', trends)).ok).toBe(false);
    await call('trendsExport', { ...trends, overwrite: true });

    // Where recent plans stand, and closing.
    expect((await call('listRecent', {})).length).toBeGreaterThan(2);
    expect(await call('forgetRecent', { path: at('Ren kopi.omstil') })).not.toContainEqual(
      expect.objectContaining({ path: at('Ren kopi.omstil') }),
    );
    expect((await call('recentPlanStatus', { path: path! }))?.status).toBe('draft');
    expect(await call('closePlan', {})).toBeNull();
    expect(await call('getPlan', {})).toBeNull();

    expect([...made].sort()).toEqual(Object.keys(contract).sort());
  }, 120_000);

  it('refuses input its schema does not accept, for every call, with the typed error', async () => {
    const { handlers } = desktopHost();
    expect([...API_CALLS].sort()).toEqual(Object.keys(contract).sort());
    for (const name of API_CALLS) {
      const result = await dispatch(handlers, name, { notAField: true });
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      // A call whose input is one of several shapes cannot tell the key is unknown before it
      // knows which shape is meant; then the input is invalid as a whole.
      expect(['unknown-key', 'invalid-input'], name).toContain(result.error.code);
      expect(result.error.message.da, name).not.toBe('');
      expect(result.error.message.en, name).not.toBe('');
    }
  });
});

/** The document of an open plan's snapshot. */
function documentOf(snapshot: CallOutput<'getPlan'>) {
  if (!snapshot) throw new Error('no plan is open');
  return snapshot.document;
}

/** The open plan as its file holds it, figures and all: what a copy of it is made from. */
function wholeDocumentOf(snapshot: CallOutput<'getPlan'>) {
  if (!snapshot) throw new Error('no plan is open');
  return readPlanReadOnly(snapshot.file.path).document;
}
