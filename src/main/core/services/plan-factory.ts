import { readFileSync } from 'node:fs';
import { errors, OmstilError } from '../../../shared/errors';
import { parseInterchange } from '../../../shared/interchange';
import type { PlanDocument } from '../../../shared/model/document';
import { planDefaults } from '../../../shared/model/defaults';
import type { Language } from '../../../shared/model/enums';
import { reidentify } from '../../../shared/model/reidentify';
import { defaultYearWheel } from '../../../shared/year-wheel/default-wheel';
import { yearItemRows } from '../../../shared/year-wheel/rows';
import exampleJson from '../../../../resources/examples/eksempelplan.json';
import { createPlanFile } from '../plan-file/create';
import { exampleMonthShift, shiftExample } from './example-dates';
import { withExampleYear } from './example-year';
import type { Environment } from './clock';

/**
 * A new plan: a draft as of today, with the default årshjul (the plan has no period yet, so the
 * wheel follows the calendar year) for the committee to adjust.
 */
export function emptyPlanDocument(
  title: string,
  language: Language,
  env: Environment,
): PlanDocument {
  const now = env.now().toISOString();
  const defaults = planDefaults(title, language);
  const plan = {
    id: env.newId(),
    ...defaults,
    statusDates: { ...defaults.statusDates, draft: now.slice(0, 10) },
    updatedAt: now,
  };
  return {
    plan,
    members: [],
    targetGroups: [],
    drivers: [],
    competences: [],
    methods: [],
    activities: [],
    measurements: [],
    yearItems: yearItemRows(
      defaultYearWheel(plan.periodStart, plan.periodEnd),
      language,
      env.newId,
      now,
    ),
    statusSnapshots: [],
    evaluations: [],
    workshops: [],
    workshopCards: [],
    workshopVotes: [],
  };
}

/**
 * The realistic example plan shipped with the program, with fresh ids so every copy is a plan of
 * its own, as it stands on `asOf` (an ISO date; the program passes today): its period began in
 * the month before, and nothing in it has happened after `asOf`. It passes the same import checks
 * as a user's file, so a broken example cannot ship.
 */
export function examplePlanDocument(env: Environment, asOf: string): PlanDocument {
  const now = env.now().toISOString();
  const months = exampleMonthShift(asOf);
  const written = parseInterchange(JSON.stringify(shiftExample(exampleJson, months)), now);
  return reidentify(withExampleYear(written, { months, asOf }, env.newId, now), env.newId, now);
}

/** Reads a JSON interchange file and writes it as a new plan file; nothing is left on failure. */
export function importJsonFile(jsonPath: string, target: string, env: Environment): PlanDocument {
  const doc = readJsonPlan(jsonPath, env);
  createPlanFile(target, doc);
  return doc;
}

/** The plan in a JSON interchange file, or the typed error that says why it cannot be read. */
export function readJsonPlan(jsonPath: string, env: Environment): PlanDocument {
  let text: string;
  try {
    text = readFileSync(jsonPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new OmstilError(
      code === 'ENOENT' ? errors.notFound(jsonPath) : errors.io(jsonPath, String(code)),
    );
  }
  return parseInterchange(text, env.now().toISOString());
}
