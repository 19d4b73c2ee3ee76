import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanReadOnly, readTrendFile, TrendsReadPool } from '../../../../src/main/core';
import { quickPlanSummary } from '../../../../src/main/core/trends/quick-summary';
import { examplePlan } from '../../../helpers/example-plan';
import { fixedEnvironment } from '../../../helpers/fixed-env';
import { writePlanCopies } from '../../../helpers/plan-bytes';

/**
 * The threads a host hands its trends reading to, a call a file, so that its own thread stays
 * free for the next call: they answer each file as the host's thread would read it. The plans are
 * copies of one plan, made as the benchmark makes its five hundred.
 */
const BUILT_WORKER = resolve(__dirname, '../../../../out/node/trends-worker.cjs');
const COPIES = ['Plan 1.omstil', 'Plan 2.omstil', 'Plan 3.omstil'];
const FILES = [...COPIES, 'noter.omstil', 'mangler.omstil'];
const env = fixedEnvironment();
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'omstil-trends-pool-'));
  writePlanCopies(
    COPIES.map((name) => join(root, name)),
    examplePlan(),
    (i) => ({
      id: `00000000-0000-4000-8999-${String(i).padStart(12, '0')}`,
      title: `Kompetenceplan ${i + 1}`,
      organisation: `Styrelse ${i + 1}`,
    }),
  );
  writeFileSync(join(root, 'noter.omstil'), 'Noter fra mødet\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading trends files in threads kept between calls', () => {
  it('makes the copies of one plan plans of their own, each accepted by the gate', () => {
    const plans = COPIES.map((name) => readPlanReadOnly(join(root, name)).document.plan);
    expect(plans.map((p) => [p.title, p.organisation])).toEqual([
      ['Kompetenceplan 1', 'Styrelse 1'],
      ['Kompetenceplan 2', 'Styrelse 2'],
      ['Kompetenceplan 3', 'Styrelse 3'],
    ]);
    expect(new Set(plans.map((p) => p.id)).size).toBe(3);
    for (const name of COPIES) expect(quickPlanSummary(join(root, name))).not.toBeNull();
  });

  it('answers each file as the host’s own thread reads it, with calls in flight', async () => {
    // One thread, two files in flight on it: what two threads do, at half the start.
    const pool = new TrendsReadPool({ workerFile: BUILT_WORKER, cwd: root, threads: 1 });
    try {
      const reads = await Promise.all(FILES.map((file) => pool.read(file)));
      expect(reads).toEqual(FILES.map((file) => readTrendFile(file, root, env)));
      expect(reads.filter((r) => 'summary' in r)).toHaveLength(3);
      // The thread read them, and is kept for the next call.
      expect(pool.running).toBe(1);
      expect(await pool.read(FILES[0]!)).toEqual(reads[0]);
    } finally {
      await pool.dispose();
    }
  });

  it('reads the files of a thread that fails in this thread, so every call is answered', async () => {
    const broken = join(root, 'broken-worker.cjs');
    writeFileSync(broken, "throw new Error('the worker could not start');\n");
    const pool = new TrendsReadPool({ workerFile: broken, cwd: root, threads: 2 });
    try {
      const reads = await Promise.all(FILES.map((file) => pool.read(file)));
      expect(reads).toEqual(FILES.map((file) => readTrendFile(file, root, env)));
      expect(pool.running).toBe(0);
    } finally {
      await pool.dispose();
    }
  });
});
