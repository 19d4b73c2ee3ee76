import type { Plan } from '../model/entities';
import { addDays, addMonths, yearMonthOf } from '../progress/dates';
import { formatLongDate } from '../year-wheel/labels';
import type { AnnualEvaluation } from './types';

/** The model's limits on principles and purpose (see model/entities). */
const MAX_PRINCIPLES = 50;
const MAX_PRINCIPLE_LENGTH = 1000;
const MAX_PURPOSE_LENGTH = 5000;

export interface NextPlanSeed {
  /** Fields for the next plan (a new plan or this one rolled forward), ready for an update. */
  patch: Pick<
    Plan,
    | 'periodStart'
    | 'periodEnd'
    | 'principles'
    | 'purpose'
    | 'status'
    | 'decisionDate'
    | 'agendaRequest'
  >;
  /** The decisions that became new principles; those already among them are not repeated. */
  addedPrinciples: string[];
  /** Decisions left out because the list of principles is full. */
  leftOut: string[];
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function monthsInPeriod(start: string, end: string): number {
  const s = yearMonthOf(start);
  const e = yearMonthOf(addDays(end, 1));
  const months = e.year * 12 + e.month - (s.year * 12 + s.month);
  return months > 0 ? months : 12;
}

/**
 * Next year's plan starts from this year's decisions: the period follows on from the evaluated
 * one with the same length, the decisions join the SU's principles (after the existing ones, in
 * the committee's order, without repeats), and the purpose gains a sentence saying which
 * evaluation the plan builds on. The plan starts as a draft again, to be discussed and adopted.
 */
export function seedNextPlan(
  plan: Pick<Plan, 'periodStart' | 'periodEnd' | 'principles' | 'purpose' | 'language'>,
  evaluation: Pick<AnnualEvaluation, 'periodStart' | 'periodEnd' | 'answers'>,
): NextPlanSeed {
  const previousEnd = plan.periodEnd ?? evaluation.periodEnd;
  const previousStart = plan.periodStart ?? evaluation.periodStart;
  const periodStart = addDays(previousEnd, 1);
  const periodEnd = addDays(addMonths(periodStart, monthsInPeriod(previousStart, previousEnd)), -1);

  const principles = [...plan.principles];
  const seen = new Set(principles.map(normalise));
  const addedPrinciples: string[] = [];
  const leftOut: string[] = [];
  for (const decision of evaluation.answers.decisions) {
    const text = decision.trim().slice(0, MAX_PRINCIPLE_LENGTH);
    if (text === '' || seen.has(normalise(text))) continue;
    if (principles.length >= MAX_PRINCIPLES) {
      leftOut.push(text);
      continue;
    }
    seen.add(normalise(text));
    principles.push(text);
    addedPrinciples.push(text);
  }

  const from = formatLongDate(evaluation.periodStart)[plan.language];
  const to = formatLongDate(evaluation.periodEnd)[plan.language];
  const note =
    plan.language === 'da'
      ? `Planen bygger videre på samarbejdsudvalgets årlige evaluering af perioden ${from} – ${to}.`
      : `The plan builds on the cooperation committee’s annual evaluation of the period ${from} – ${to}.`;
  const current = plan.purpose.trim();
  const withNote = current === '' ? note : `${current}\n\n${note}`;
  const purpose =
    current.includes(note) || withNote.length > MAX_PURPOSE_LENGTH ? plan.purpose : withNote;

  return {
    // What the SU was asked to decide on this plan is not what it will be asked about the next.
    patch: {
      periodStart,
      periodEnd,
      principles,
      purpose,
      status: 'draft',
      decisionDate: null,
      agendaRequest: '',
    },
    addedPrinciples,
    leftOut,
  };
}
