import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTrendFiles, PlanSession, readTrendFiles } from '../../../../src/main/core';
import { stateModelLinksFor } from '../../../../src/shared/catalog/state-model';
import type { CompetenceKey } from '../../../../src/shared/catalog';
import { aggregateTrends, type TrendsRead, type TrendsReport } from '../../../../src/shared/trends';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { TRENDS_PLAN_FILES, writeTrendsFolder } from '../../../helpers/trends-folder';

/**
 * A trends report over a folder of plans whose counts are worked out by hand in
 * test/helpers/trends-folder.ts, read as `omstil trends plans plans/b.omstil` reads it: the folder,
 * and one of its files named again.
 */
let root: string;
let folder: string;
let session: PlanSession;
let before: Map<string, { hash: string; mtimeMs: number }>;
let reads: TrendsRead[];
let progress: [number, number][];
let report: TrendsReport;

const p = (file: string) => `plans/${file}`;

function snapshot(dir: string): Map<string, { hash: string; mtimeMs: number }> {
  const found = new Map<string, { hash: string; mtimeMs: number }>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    found.set(name, { hash, mtimeMs: statSync(path).mtimeMs });
  }
  return found;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'omstil-trends-'));
  folder = writeTrendsFolder(root);
  // A colleague has this plan open: its lock file lies beside it, and it is read all the same.
  session = PlanSession.open(join(folder, 'låst.omstil'), fixedEnvironment());
  before = snapshot(folder);
  const { files, sameFiles } = listTrendFiles(['plans', 'plans/b.omstil'], root);
  progress = [];
  reads = await readTrendFiles(files, {
    cwd: root,
    onProgress: (done, total) => progress.push([done, total]),
  });
  report = aggregateTrends({ reads, sameFiles }, { lang: 'da' });
});

afterAll(() => {
  session.close();
  rmSync(root, { recursive: true, force: true });
});

const counts = (entries: readonly { key: string | null; title: string; count: number }[]) =>
  entries.map((e) => [e.key ?? e.title, e.count]);

describe('a trends report over a folder of plans', () => {
  it("reads the folder's plan and JSON files one level deep, each once, counting progress in files", () => {
    expect(report.plans).toEqual(TRENDS_PLAN_FILES.map(p));
    expect(reads.map((r) => r.file)).not.toContain(p('arkiv/c-arkiv.omstil'));
    expect(progress).toEqual(reads.map((_, i) => [i + 1, reads.length]));
    expect(report.totals.plans).toBe(5);
  });

  it('lists the files it could not read with the reason the program gives, and counts the rest', () => {
    const reasons = new Map(report.skipped.map((s) => [s.file, s.reason]));
    expect([...reasons.keys()].sort()).toEqual(
      [p('afbrudt.omstil'), p('andet.json'), p('noter.omstil'), p('ødelagt.omstil')].sort(),
    );
    expect(reasons.get(p('afbrudt.omstil'))).toMatch(
      /^En ændring af planen afbrudt\.omstil blev afbrudt, og journalfilen ligger stadig ved siden af den\./,
    );
    expect(reasons.get(p('noter.omstil'))).toBe(
      'noter.omstil er ikke en Omstil-plan: Filen har et ukendt indhold.',
    );
    expect(reasons.get(p('ødelagt.omstil'))).toMatch(/^Planen ødelagt\.omstil er beskadiget/);
    expect(reasons.get(p('andet.json'))).toMatch(/ikke en Omstil-plan i JSON-format/);
    expect(report.totals.skipped).toBe(4);
  });

  it('counts a file named twice once, and of two files holding one plan the one changed last', () => {
    expect(report.duplicates).toEqual([
      { file: p('b.omstil'), sameAs: p('b.omstil'), rule: 'same-file' },
      { file: p('a-gammel.omstil'), sameAs: p('a.omstil'), rule: 'same-plan' },
    ]);
    expect(report.totals.duplicates).toBe(2);
  });

  it('counts each driver in plans, custom titles grouped with case and spaces folded', () => {
    expect(counts(report.drivers)).toEqual([
      ['efficiency', 3],
      ['Nyt sagssystem', 2],
      ['strategy', 1],
      ['new-systems', 1],
      ['data', 1],
      ['new-tasks', 0],
      ['security', 0],
    ]);
    const efficiency = report.drivers[0]!;
    expect(efficiency).toEqual({
      key: 'efficiency',
      title: 'Effektivisering',
      count: 3,
      share: 3 / 5,
      files: [p('a.omstil'), p('b.omstil'), p('låst.omstil')],
    });
    expect(report.drivers[1]).toMatchObject({ key: null, files: [p('a.omstil'), p('b.omstil')] });
  });

  it('counts each competence once per plan, however often the plan holds it', () => {
    expect(counts(report.competences)).toEqual([
      ['digital-mindset', 3],
      ['it-security', 2],
      ['Power BI', 2],
      ['Kursus for Styrelsen for Cykler', 1],
      ['Mentor: Bo Ærø', 1],
      ['workflow-optimisation', 0],
      ['general-skills', 0],
      ['digital-innovation', 0],
      ['project-teams', 0],
      ['trainer-skills', 0],
      ['service-communication', 0],
      ['collaboration', 0],
      ['digital-leadership', 0],
      ['specialist', 0],
    ]);
    expect(report.competences[0]!.files).toEqual([p('a.omstil'), p('b.omstil'), p('c.omstil')]);
    expect(report.competences[1]!.files).toEqual([p('a.omstil'), p('d.json')]);
  });

  it('counts each method, the catalogue in the seed’s order where counts tie', () => {
    expect(counts(report.methods)).toEqual([
      ['peer-training', 2],
      ['sprints', 2],
      ['courses-in-practice', 1],
      ['Læsegrupper', 1],
      ['needs-assessment', 0],
      ['train-the-trainer', 0],
      ['mus-strategy', 0],
      ['inspiration', 0],
      ['innovation-placement', 0],
      ['organisational-development', 0],
      ['learning-objectives', 0],
      ['user-centred-innovation', 0],
    ]);
  });

  it('gathers target groups across plans by their folded name, with their headcounts summed', () => {
    expect(report.targetGroups.map((g) => [g.title, g.count, g.headcount])).toEqual([
      ['Sagsbehandlere', 2, 65],
      ['Ledere', 1, null],
    ]);
  });

  it('counts the links the plans make, the most frequent first', () => {
    const pairs = (list: TrendsReport['combinations']['driverCompetence']) =>
      list.map((c) => [c.from.key ?? c.from.title, c.to.key ?? c.to.title, c.count]);
    expect(pairs(report.combinations.driverCompetence)).toEqual([
      ['efficiency', 'digital-mindset', 2],
      ['Nyt sagssystem', 'Power BI', 2],
      ['new-systems', 'it-security', 1],
      ['data', 'digital-mindset', 1],
    ]);
    expect(pairs(report.combinations.competenceMethod)).toEqual([
      ['digital-mindset', 'peer-training', 2],
      ['it-security', 'courses-in-practice', 1],
      ['it-security', 'sprints', 1],
      ['Power BI', 'Læsegrupper', 1],
    ]);
    expect(pairs(report.combinations.competenceTargetGroup)).toEqual([
      ['digital-mindset', 'Sagsbehandlere', 2],
    ]);
  });

  it("counts the state model's areas the plans' catalogue competences serve", () => {
    const areasOf = (keys: CompetenceKey[]) =>
      new Set(keys.flatMap((k) => stateModelLinksFor(k).map((l) => l.area)));
    const plans: Record<string, CompetenceKey[]> = {
      'a.omstil': ['digital-mindset', 'it-security'],
      'b.omstil': ['digital-mindset'],
      'c.omstil': ['digital-mindset'],
      'd.json': ['it-security'],
      'låst.omstil': [],
    };
    for (const area of report.stateModelAreas) {
      const expected = Object.entries(plans)
        .filter(([, keys]) => areasOf(keys).has(area.key as never))
        .map(([file]) => p(file));
      expect(area.files, area.key!).toEqual(expected);
      expect(area.count).toBe(expected.length);
    }
    expect(report.stateModelAreas).toHaveLength(4);
  });

  it('sums budgets, participants and the period over the plans that have them, and says how many', () => {
    expect(report.totals.activities).toBe(3 + 1 + 1);
    expect(report.totals.money).toEqual({ budget: 130_000, spent: 30_000, plans: 2 });
    expect(report.totals.participants).toEqual({ planned: 30, reached: 15, plans: 2 });
    expect(report.period).toEqual({ start: '2025-07-01', end: '2028-02-29', plans: 3 });
  });

  it('changes no file it reads, a journal beside one included, and leaves no lock behind', () => {
    const after = snapshot(folder);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(after.has('afbrudt.omstil-journal')).toBe(true);
    for (const [name, seen] of before) expect(after.get(name), name).toEqual(seen);
    expect(readdirSync(folder).filter((n) => n.startsWith('.~lock.'))).toEqual([
      '.~lock.låst.omstil#',
    ]);
  });

  it('leaves out file names, organisations and people when asked to be anonymous', () => {
    const anonymous = aggregateTrends(
      { reads, sameFiles: [{ file: p('b.omstil'), sameAs: p('b.omstil'), rule: 'same-file' }] },
      { lang: 'da', anonymous: true },
    );
    const text = JSON.stringify(anonymous);
    for (const name of ['.omstil', '.json', 'Styrelsen for', 'Bo Ærø', 'ødelagt', 'noter']) {
      expect(text).not.toContain(name);
    }
    expect(anonymous.plans).toEqual(['Fil 2', 'Fil 5', 'Fil 6', 'Fil 7', 'Fil 8']);
    expect(anonymous.competences.map((c) => c.title)).toContain('Kursus for [organisationen]');
    expect(anonymous.competences.map((c) => c.title)).toContain('Mentor: [navn]');
    // The counts are the report's own: only names change.
    expect(counts(anonymous.competences)).toEqual(
      counts(report.competences).map(([key, count]) => [
        key === 'Kursus for Styrelsen for Cykler'
          ? 'Kursus for [organisationen]'
          : key === 'Mentor: Bo Ærø'
            ? 'Mentor: [navn]'
            : key,
        count,
      ]),
    );
  });
});
