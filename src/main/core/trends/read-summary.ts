import { basename, resolve } from 'node:path';
import { errors, isOmstilError } from '../../../shared/errors';
import { TRENDS_PENDING_JOURNAL } from '../../../shared/i18n/trends-labels';
import { summarisePlan, type TrendsRead } from '../../../shared/trends';
import { hasHotJournal } from '../plan-file/journal';
import { readPlanReadOnly } from '../plan-file/read-only';
import type { Environment } from '../services/clock';
import { readJsonPlan } from '../services/plan-factory';
import { quickPlanSummary } from './quick-summary';

/**
 * One file of a trends report: a plain plan of this version read for its summary alone
 * (`quickPlanSummary`), any other through the gate that opening read-only and `omstil check` use,
 * so a file the program would refuse is not counted either, with the same reason. Nothing is
 * written and no lock is taken: a colleague may have the plan open. A plan with a journal beside
 * it is not read, as the gate would roll the journal back or move it; opening the plan does that,
 * and tells the user.
 */
export function readTrendFile(file: string, cwd: string, env: Environment): TrendsRead {
  const path = resolve(cwd, file);
  try {
    if (/\.json$/i.test(path)) return { file, summary: summarisePlan(readJsonPlan(path, env)) };
    if (hasHotJournal(path)) return { file, reason: TRENDS_PENDING_JOURNAL(basename(path)) };
    const summary = quickPlanSummary(path) ?? summarisePlan(readPlanReadOnly(path).document);
    return { file, summary };
  } catch (e) {
    if (isOmstilError(e)) return { file, reason: e.appError.message };
    return { file, reason: errors.io(basename(path), (e as Error).message).message };
  }
}
