import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../src/main/host';
import { contract, type CallInput, type CallOutput } from '../../../src/shared/api';
import type { ApiCall } from '../../../src/shared/api-names';
import type { SheetChoice } from '../../../src/shared/excel-import/schema';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { committeeList } from '../../helpers/committee-workbook';
import { useTempDir } from '../../helpers/temp-dir';

const COLUMNS: SheetChoice['columns'] = [
  'title',
  'description',
  'owner',
  'start',
  'end',
  'status',
  'budget',
  'spent',
  'targetGroup',
  'competence',
];

describe('a committee’s own activity list from Excel, through the real dispatch', () => {
  const tempDir = useTempDir();

  function host() {
    return createHandlers(
      {
        transport: 'http',
        appVersion: '0.1.0',
        defaultFolder: tempDir(),
        recentFilesPath: join(tempDir(), 'settings', 'recent.json'),
      },
      fixedEnvironment(),
    );
  }

  it('is previewed with the bad row named, imported as one step that undo takes back, and its mapping kept', async () => {
    const h = host();
    const answer = async <C extends ApiCall>(call: C, input: CallInput<C>) => {
      const result = await dispatch(h, call, input);
      if (!result.ok) throw new Error(`${call}: ${result.error.message.en}`);
      return contract[call].output.parse(result.value) as CallOutput<C>;
    };
    await answer('newPlan', { path: join(tempDir(), 'SU.omstil') });
    const created = async (input: CallInput<'createEntity'>) =>
      (await answer('createEntity', input)).id;
    const anne = await created({
      entity: 'member',
      values: { name: 'Anne Hansen', role: 'hr' },
    });
    const caseworkers = await created({
      entity: 'targetGroup',
      values: { name: 'Sagsbehandlere' },
    });
    const digital = await created({
      entity: 'competence',
      values: { title: 'Digital forståelse' },
    });

    const path = join(tempDir(), 'Aktivitetsliste.xlsx');
    await committeeList(path);
    const overview = await answer('readExcelWorkbook', { path });
    expect(overview.omstilPlan).toBe(false);
    expect(overview.remembered).toBeNull();
    expect(overview.sheets.map((s) => s.name)).toEqual(['Noter', 'Aktiviteter 2027']);
    const rows = overview.sheets[1]!.firstRows;
    // The merged header names both columns it covers.
    expect(rows[1]!.cells.slice(3, 5)).toEqual(['Periode', 'Periode']);
    expect(rows[0]!.cells[0]).toBe('Udvalgets aktivitetsliste');

    const choice: SheetChoice = { sheet: 'Aktiviteter 2027', headerRow: 2, columns: COLUMNS };
    const preview = await answer('previewExcelImport', { path, choice });
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]).toMatchObject({ row: 6, field: 'start' });
    expect(preview.problems[0]!.reason.da).toContain('»31.02.2027« kan ikke læses som en dato');
    expect(preview.activities.map((a) => a.row)).toEqual([3, 4, 7]);
    expect(preview.activities[0]).toMatchObject({
      start: '2027-03-01',
      end: '2027-12-31',
      status: 'planned',
      budget: 12500,
      spent: 12500.5,
      owner: 'anne hansen',
    });
    expect(preview.activities[1]).toMatchObject({
      description: '',
      start: '2027-05-01',
      status: 'in-progress',
      budget: 8000,
      spent: 4000,
      targetGroups: ['Ledere', 'Sagsbehandlere'],
    });
    expect(preview.activities[2]).toMatchObject({ end: '2027-09-30', status: 'done', budget: 0 });
    // Names are met folded (case, spacing, "aa" for "å"); the others would be created.
    expect(preview.newNames).toEqual({
      owners: ['Bo Ørsted'],
      competences: ['Ny kompetence'],
      targetGroups: ['Ledere'],
    });
    expect(preview.rowsNamingNew).toEqual([4]);

    // Without leave to create names, the rows naming one are left out and said why.
    const cautious = await answer('importExcelActivities', { path, choice, createNames: false });
    expect(cautious.report.imported).toBe(2);
    expect(cautious.report.problems.map((p) => [p.row, p.field])).toEqual([
      [4, 'owner'],
      [4, 'competence'],
      [4, 'targetGroup'],
      [6, 'start'],
    ]);
    await answer('undo', {});

    const imported = await answer('importExcelActivities', { path, choice, createNames: true });
    expect(imported.report.imported).toBe(3);
    expect(imported.report.created).toEqual(preview.newNames);
    expect(imported.report.problems).toEqual(preview.problems);
    expect(imported.change.history.undoStep).toMatchObject({
      action: 'import-excel',
      entity: 'activity',
      value: 3,
    });
    const plan = (await answer('getPlan', {}))!.document;
    expect(plan.activities.map((a) => a.title)).toEqual([
      'Kursus i Excel',
      'Workshop om kunstig intelligens',
      'Peer-læring',
    ]);
    const [course, workshop] = plan.activities;
    expect(course).toMatchObject({
      ownerId: anne,
      targetGroupIds: [caseworkers],
      competenceIds: [digital],
      budget: 12500,
      spent: 12500.5,
      start: '2027-03-01',
      end: '2027-12-31',
    });
    const bo = plan.members.find((m) => m.name === 'Bo Ørsted')!;
    expect(bo.role).toBe('other');
    expect(workshop!.ownerId).toBe(bo.id);
    expect(workshop!.targetGroupIds).toHaveLength(2);
    expect(workshop!.targetGroupIds).toContain(caseworkers);

    // One step: a single undo takes the activities and the names made for them.
    await answer('undo', {});
    const after = (await answer('getPlan', {}))!.document;
    expect(after.activities).toEqual([]);
    expect(after.members.map((m) => m.name)).toEqual(['Anne Hansen']);
    expect(after.targetGroups.map((g) => g.name)).toEqual(['Sagsbehandlere']);
    expect(after.competences.map((c) => c.title)).toEqual(['Digital forståelse']);

    // Next month's list has the same headers, with the title row gone: the mapping is found.
    const next = join(tempDir(), 'Aktivitetsliste februar.xlsx');
    await committeeList(next, 1);
    const again = await answer('readExcelWorkbook', { path: next });
    expect(again.remembered).toEqual({ ...choice, headerRow: 1 });
    h.dispose();
  });

  it('goes on without the kept mappings when their file is damaged, and keeps them anew', async () => {
    const h = host();
    const path = join(tempDir(), 'Liste.xlsx');
    await committeeList(path);
    expect((await dispatch(h, 'newPlan', { path: join(tempDir(), 'SU.omstil') })).ok).toBe(true);
    const choice: SheetChoice = { sheet: 'Aktiviteter 2027', headerRow: 2, columns: COLUMNS };
    const remembered = async () => {
      const result = await dispatch(h, 'readExcelWorkbook', { path });
      if (!result.ok) throw new Error(result.error.message.en);
      return (result.value as CallOutput<'readExcelWorkbook'>).remembered;
    };
    const importing = () =>
      dispatch(h, 'importExcelActivities', { path, choice, createNames: true });
    expect((await importing()).ok).toBe(true);
    expect(await remembered()).toEqual(choice);
    writeFileSync(join(tempDir(), 'settings', 'excel-mappings.json'), '{ ødelagt');
    expect(await remembered()).toBeNull();
    expect((await importing()).ok).toBe(true);
    expect(await remembered()).toEqual(choice);
    // A mapping that reads no titles, or one field twice, is refused before anything is read.
    for (const columns of [['description'], [null, 'title', 'title']] as const) {
      const refused = await dispatch(h, 'previewExcelImport', {
        path,
        choice: { ...choice, columns: [...columns] },
      });
      expect(refused.ok ? null : refused.error.code).toBe('invalid-input');
    }
    h.dispose();
  });
});
