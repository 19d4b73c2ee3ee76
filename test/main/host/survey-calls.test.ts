import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../../src/main/host';
import { contract, type CallInput, type CallOutput } from '../../../src/shared/api';
import type { ApiCall } from '../../../src/shared/api-names';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

const FIXTURES = join(__dirname, '../core/survey/fixtures');
const SURVEYXACT = join(FIXTURES, 'surveyxact-baseline.csv');
const MS_FORMS = join(FIXTURES, 'msforms-followup.xlsx');

describe('survey results in, as group-level figures, through the real dispatch', () => {
  const tempDir = useTempDir();

  /** A plan with two competences and two target groups, its level 5 in the committee's words. */
  async function scene() {
    const h = createHandlers(
      {
        transport: 'http',
        appVersion: '0.1.0',
        defaultFolder: tempDir(),
        recentFilesPath: join(tempDir(), 'recent.json'),
      },
      fixedEnvironment(),
    );
    const path = join(tempDir(), 'SU.omstil');
    const answer = async <C extends ApiCall>(call: C, input: CallInput<C>) => {
      const result = await dispatch(h, call, input);
      if (!result.ok) throw new Error(result.error.message.en);
      return contract[call].output.parse(result.value) as CallOutput<C>;
    };
    await answer('newPlan', { path });
    await answer('updatePlan', {
      patch: { levelMeanings: ['', '', '', '', 'Kan undervise andre'] },
    });
    const add = async (entity: 'competence' | 'targetGroup', values: Record<string, unknown>) =>
      (await answer('createEntity', { entity, values })).id;
    const systems = await add('competence', { title: 'Digitale systemer i sagsbehandlingen' });
    const teaching = await add('competence', { title: 'Oplæring af kolleger' });
    const caseworkers = await add('targetGroup', { name: 'Sagsbehandlere' });
    const leaders = await add('targetGroup', { name: 'Ledere' });
    return { h, path, answer, systems, teaching, caseworkers, leaders };
  }

  /** Whether any of `texts` is in the plan file's bytes, as UTF-8. */
  function fileHolds(h: Handlers, path: string, texts: string[]): string[] {
    h.dispose();
    const bytes = readFileSync(path);
    return texts.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
  }

  it('reads a SurveyXact export by department, refuses the small group, and keeps no answer', async () => {
    const { h, path, answer, systems, teaching, caseworkers, leaders } = await scene();
    const file = await answer('readSurvey', { sourcePath: SURVEYXACT });
    expect(file.respondents).toBe(11);
    expect(file.columns.map((c) => c.role)).toEqual([
      'about', // Respondent-id
      'about', // Status
      'other', // Afdeling
      'question',
      'question',
      'other', // free text: its answers are not sent
      'about', // E-mail
    ]);
    expect(file.groupColumn).toBe(2);
    expect(file.columns[2]!.values).toEqual([
      'Kantinen',
      'Ledere',
      'Sagsbehandlere',
      'sagsbehandlere',
    ]);
    expect(file.columns[5]!.values).toEqual([]);

    const mapping = {
      questions: [
        { column: 3, competenceId: systems },
        { column: 4, competenceId: teaching },
      ],
      group: { by: 'column' as const, column: 2 },
      kind: 'baseline' as const,
      date: '2027-01-15',
    };
    const preview = await answer('previewSurvey', { sourcePath: SURVEYXACT, mapping });
    // Sagsbehandlere (»sagsbehandlere« folded to it), question 1 in words: Enig 4, Meget enig 5,
    // Uenig 2, Enig 4, Hverken enig eller uenig 3, Enig 4 → one 2, one 3, three 4s, one 5;
    // 22 / 6 = 3.666… → 3.67 from 6 respondents. Question 2 coded: 3, 4, 2, 6 (SurveyXact's
    // »Ved ikke«, left out), 3, 5 → one 2, two 3s, one 4, one 5; 17 / 5 = 3.4 from 5, which is
    // the threshold and so kept. Ledere have 3 respondents: refused on both.
    expect(preview.figures).toEqual([
      {
        competenceId: systems,
        targetGroupId: caseworkers,
        level: 3.67,
        distribution: [0, 1, 1, 3, 1],
        respondents: 6,
      },
      {
        competenceId: teaching,
        targetGroupId: caseworkers,
        level: 3.4,
        distribution: [0, 1, 2, 1, 1],
        respondents: 5,
      },
    ]);
    expect(preview.refused.map((r) => [r.competenceId, r.targetGroupId, r.respondents])).toEqual([
      [systems, leaders, 3],
      [teaching, leaders, 3],
    ]);
    expect(preview.refused[0]!.why.da).toBe(
      'Gemmes ikke: gruppen har kun 3 besvarelser, og planens anonymitetsgrænse er 5. I så lille en gruppe kan man regne ud, hvem der har svaret hvad.',
    );
    expect(preview.unmatchedGroups).toEqual([{ value: 'Kantinen', rows: 1 }]);
    expect(preview.rowsWithoutGroup).toBe(1);
    expect(preview.unreadable).toEqual([]);

    const imported = await answer('importSurvey', { sourcePath: SURVEYXACT, mapping });
    expect(imported.report).toEqual({ imported: 2, refused: 2 });
    expect(imported.change.history.undoStep?.action).toBe('import-survey');
    const doc = (await answer('getPlan', {}))!.document;
    expect(
      doc.measurements.map((m) => [m.kind, m.date, m.level, m.respondents, m.distribution]),
    ).toEqual([
      ['baseline', '2027-01-15', 3.67, 6, [0, 1, 1, 3, 1]],
      ['baseline', '2027-01-15', 3.4, 5, [0, 1, 2, 1, 1]],
    ]);
    // One step: undo takes both measurements back, redo brings both.
    expect((await answer('undo', {})).patch.removed).toHaveLength(2);
    await answer('redo', {});
    expect(
      fileHolds(h, path, [
        'pivottabeller',
        'AI-værktøjer',
        'Hemmelig kommentar fra en leder',
        'mette.jensen@example.dk',
        'leder.lone@example.dk',
        'Kantinen',
        '1001',
      ]),
    ).toEqual([]);
  });

  it('reads a Microsoft Forms workbook for one target group, with the plan’s own level names', async () => {
    const { h, path, answer, systems, teaching, caseworkers } = await scene();
    const file = await answer('readSurvey', { sourcePath: MS_FORMS });
    expect(file.respondents).toBe(7);
    expect(file.columns.map((c) => c.role)).toEqual([
      'about', // ID
      'about', // Start time
      'about', // Completion time
      'about', // Email
      'about', // Name
      'question',
      'question',
      'other', // Andre kommentarer
    ]);
    const mapping = {
      questions: [
        { column: 5, competenceId: systems },
        { column: 6, competenceId: teaching },
      ],
      group: { by: 'one' as const, targetGroupId: caseworkers },
      kind: 'follow-up' as const,
      date: '2027-03-20',
    };
    const preview = await answer('previewSurvey', { sourcePath: MS_FORMS, mapping });
    // Question 1: I høj grad 4, I meget høj grad 5, I nogen grad 3, 4, 4, I lav grad 2, 5 →
    // one 2, one 3, three 4s, two 5s; 27 / 7 = 3.857… → 3.86 from 7. Question 2 in the plan's
    // level names: 1, 3, »Kan undervise andre« (the plan's own step 5) 5, 2, 3, 4, one blank →
    // one each of 1, 2, 4, 5 and two 3s; 18 / 6 = 3 from 6.
    expect(preview.figures).toEqual([
      {
        competenceId: systems,
        targetGroupId: caseworkers,
        level: 3.86,
        distribution: [0, 1, 1, 3, 2],
        respondents: 7,
      },
      {
        competenceId: teaching,
        targetGroupId: caseworkers,
        level: 3,
        distribution: [1, 1, 2, 1, 1],
        respondents: 6,
      },
    ]);
    expect(preview.refused).toEqual([]);

    // A committee that asks for 7 keeps the first and refuses the second; at 8, nothing is kept.
    await answer('updatePlan', { patch: { anonymityThreshold: 7 } });
    const stricter = await answer('previewSurvey', { sourcePath: MS_FORMS, mapping });
    expect(stricter.figures.map((f) => f.competenceId)).toEqual([systems]);
    expect(stricter.refused.map((r) => [r.competenceId, r.respondents])).toEqual([[teaching, 6]]);
    expect(stricter.refused[0]!.why.da).toContain('kun 6 besvarelser');
    expect((await answer('importSurvey', { sourcePath: MS_FORMS, mapping })).report).toEqual({
      imported: 1,
      refused: 1,
    });
    await answer('updatePlan', { patch: { anonymityThreshold: 8 } });
    const none = await dispatch(h, 'importSurvey', { sourcePath: MS_FORMS, mapping });
    expect(none.ok ? null : none.error.issues?.[0]?.message.da).toBe(
      'Ingen gruppe har besvarelser nok til at blive gemt, så der er intet at indlæse.',
    );
    expect(
      fileHolds(h, path, [
        'Jeg savner tid til at øve mig',
        'jonas.kristensen@example.dk',
        'Jonas Kristensen',
      ]),
    ).toEqual([]);
  });
});
