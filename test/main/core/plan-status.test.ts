import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recentPlanStatus } from '../../../src/main/core/plan-file/plan-status';
import { emptyPlanDocument } from '../../../src/main/core/services/plan-factory';
import { PlanSession } from '../../../src/main/core/services/plan-session';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { YearItem } from '../../../src/shared/model/entities';
import { fixedEnvironment } from '../../helpers/fixed-env';
import { useTempDir } from '../../helpers/temp-dir';

const STAMP = '2026-08-20T10:00:00.000Z';

function item(id: string, month: number, title: string, kind: YearItem['kind']): YearItem {
  return {
    id,
    month,
    title,
    description: '',
    kind,
    ownerRole: 'committee',
    activityIds: [],
    measurementIds: [],
    updatedAt: STAMP,
  };
}

/** A plan for September 2026 – August 2027 whose wheel has a MUS round in March and the evaluation in June. */
function planDocument(): PlanDocument {
  const doc = emptyPlanDocument('Kompetenceplan 2026–2027', 'da', fixedEnvironment());
  doc.plan.periodStart = '2026-09-01';
  doc.plan.periodEnd = '2027-08-31';
  doc.plan.status = 'active';
  doc.yearItems = [
    item('10000000-0000-4000-8000-000000000001', 3, 'MUS-runde', 'mus-round'),
    item('10000000-0000-4000-8000-000000000002', 6, 'Årlig evaluering i SU', 'annual-evaluation'),
  ];
  return doc;
}

describe('where a recent plan stands in its year', () => {
  const tempDir = useTempDir();

  function writePlan(doc: PlanDocument = planDocument()) {
    const path = join(tempDir(), 'Kompetenceplan.omstil');
    PlanSession.create(path, doc, fixedEnvironment()).close();
    return path;
  }

  it('gives the status, the next årshjul item and when the evaluation comes, from a real file', () => {
    const path = writePlan();
    expect(recentPlanStatus(path, '2027-04-10')).toEqual({
      status: 'active',
      nextItem: { month: 6, year: 2027, title: 'Årlig evaluering i SU' },
      evaluationDue: { state: 'not-yet', month: 6, year: 2027, months: 2 },
    });
    // In June the evaluation month has come and the plan holds no evaluation for 2027.
    expect(recentPlanStatus(path, '2027-06-15')?.evaluationDue).toEqual({
      state: 'due',
      month: 6,
      year: 2027,
      months: 0,
    });
    // The wheel turns: after June the next item is March of the following year.
    expect(recentPlanStatus(path, '2027-07-01')?.nextItem).toEqual({
      month: 3,
      year: 2028,
      title: 'MUS-runde',
    });
  });

  it('counts the evaluation as done once the plan holds one for that year', () => {
    const doc = planDocument();
    doc.evaluations = [
      {
        id: '10000000-0000-4000-8000-000000000003',
        year: 2027,
        periodStart: '2026-09-01',
        periodEnd: '2027-08-31',
        figures: null,
        musFollowUp: '',
        conclusions: '',
        decisions: [],
        completedAt: null,
        updatedAt: STAMP,
      },
    ];
    expect(recentPlanStatus(writePlan(doc), '2027-07-01')?.evaluationDue?.state).toBe('done');
  });

  it('never writes the file or takes a lock, even while a colleague has the plan open', () => {
    const path = writePlan();
    const before = { bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
    const listing = readdirSync(tempDir()).sort();
    expect(recentPlanStatus(path, '2027-04-10')?.status).toBe('active');
    expect(readFileSync(path).equals(before.bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(before.mtime);
    expect(readdirSync(tempDir()).sort()).toEqual(listing);

    const colleague = PlanSession.open(path, fixedEnvironment());
    try {
      expect(recentPlanStatus(path, '2027-04-10')?.nextItem?.title).toBe('Årlig evaluering i SU');
    } finally {
      colleague.close();
    }
  });

  it('answers null for a missing file, a file that is not a plan and another program’s database', () => {
    const dir = tempDir();
    expect(recentPlanStatus(join(dir, 'findes-ikke.omstil'), '2027-04-10')).toBeNull();
    const text = join(dir, 'noter.omstil');
    writeFileSync(text, 'Referat fra SU-mødet');
    expect(recentPlanStatus(text, '2027-04-10')).toBeNull();
    const foreign = join(dir, 'andet.omstil');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(recentPlanStatus(foreign, '2027-04-10')).toBeNull();
    expect(existsSync(join(dir, '.~lock.andet.omstil#'))).toBe(false);
  });
});
