import { readFileSync, readdirSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPlanFile } from '../../../../src/main/core/plan-file/inspect';
import { catchAppError } from '../../../helpers/errors';
import { useTempDir } from '../../../helpers/temp-dir';
import { crashImage, damageTablePage, makePlan } from './journal-makers';

/**
 * This process's open handles on `path`, as Linux lists them. On Windows an open handle keeps the
 * file from being renamed or replaced, so an inspection must leave none, whatever it finds.
 */
function handlesOn(path: string): number {
  const real = realpathSync(path);
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === real;
    } catch {
      return false;
    }
  }).length;
}

describe.runIf(process.platform === 'linux')('an inspection leaves no handle open', () => {
  const tempDir = useTempDir();

  it('on a plan that passes', () => {
    const plan = makePlan(tempDir());
    inspectPlanFile(plan);
    expect(handlesOn(plan)).toBe(0);
  });

  it('on a file SQLite refuses at its first read', () => {
    const plan = makePlan(tempDir());
    // A page size SQLite does not know (3): our header check lets it through, SQLite does not.
    const bytes = readFileSync(plan);
    bytes.writeUInt16BE(3, 16);
    writeFileSync(plan, bytes);
    expect(handlesOn(plan)).toBe(0);
    expect(catchAppError(() => inspectPlanFile(plan)).code).toBe('not-a-plan');
    expect(handlesOn(plan)).toBe(0);
  });

  it('on a plan recovered from a hot journal', () => {
    const dir = tempDir();
    const plan = join(dir, 'Plan.omstil');
    crashImage(makePlan(dir, 'Kilde.omstil'), plan);
    expect(handlesOn(plan)).toBe(0);
    expect(inspectPlanFile(plan).status).toBe('current');
    expect(handlesOn(plan)).toBe(0);
  });

  it('on a plan whose recovery from a journal fails', () => {
    const dir = tempDir();
    const plan = join(dir, 'Plan.omstil');
    crashImage(makePlan(dir, 'Kilde.omstil'), plan);
    const journal = readFileSync(`${plan}-journal`);
    damageTablePage(journal);
    writeFileSync(`${plan}-journal`, journal);
    expect(handlesOn(plan)).toBe(0);
    expect(() => inspectPlanFile(plan)).toThrow();
    expect(handlesOn(plan)).toBe(0);
  });
});
