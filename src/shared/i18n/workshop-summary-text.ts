import {
  priorityLabel,
  WORKSHOP_SUMMARY_WORDS,
  workshopDate,
  workshopFormatTitle,
  workshopStepText,
} from './workshop-summary';
import type { Language } from '../model/enums';
import { DECIDED_KINDS, type RankedRow, type WorkshopSummary } from '../workshop/summary';

/**
 * The minutes as plain text, to paste into the committee's own minutes: headings on lines of
 * their own, lists with hyphens, nothing a word processor or a mail would mangle.
 */
export function workshopSummaryText(summary: WorkshopSummary, lang: Language): string {
  const w = WORKSHOP_SUMMARY_WORDS[lang];
  const { workshop } = summary;
  const lines: string[] = [
    `${w.kicker}: ${workshop.title}`,
    `${w.format}: ${workshopFormatTitle(workshop.format, lang)}`,
    `${w.heldOn}: ${workshopDate(workshop.heldOn, lang)}`,
    `${w.plan}: ${summary.planTitle}`,
    '',
    w.decided.heading,
  ];
  const kinds = DECIDED_KINDS.filter((kind) => summary.decided[kind].length > 0);
  if (kinds.length === 0) lines.push(w.decided.none);
  else lines.push(w.decided.lead);
  for (const kind of kinds) {
    lines.push('', w.decided.kinds[kind], ...summary.decided[kind].map((e) => `- ${e.title}`));
  }

  const prioritised = prioritisedRows(summary);
  if (prioritised.length > 0) {
    lines.push('', w.priorities.heading, w.priorities.lead);
    lines.push(...prioritised.map((r) => `- ${r.text}: ${priorityLabel(r.priority!, lang)}`));
  }

  lines.push('', w.ranking.heading);
  lines.push(...rankingLines(summary, lang));

  lines.push('', w.parked.heading);
  if (summary.parked.length === 0) lines.push(w.parked.none);
  else {
    lines.push(w.parked.lead);
    for (const card of summary.parked) {
      const step = workshopStepText(card.stepId, lang);
      lines.push(`- ${card.text}${step ? ` (${w.fromStep(step.title)})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The ranked cards whose plan entry has a priority, in the ranking's order. */
export function prioritisedRows(summary: WorkshopSummary): RankedRow[] {
  return (summary.ranking ?? []).filter((r) => r.priority !== null);
}

/** Who voted and how, as the ranking's lead. */
export function votingLead(summary: WorkshopSummary, lang: Language): string[] {
  const w = WORKSHOP_SUMMARY_WORDS[lang].ranking;
  return [
    ...(summary.voters > 0 ? [w.voters(summary.voters)] : []),
    ...(summary.roomTotals ? [w.roomTotals] : []),
  ];
}

function rankingLines(summary: WorkshopSummary, lang: Language): string[] {
  const w = WORKSHOP_SUMMARY_WORDS[lang].ranking;
  if (summary.ranking === null) return [w.hidden];
  if (summary.ranking.length === 0) return [w.none];
  const { voted, withoutDots } = splitRanking(summary.ranking);
  return [
    ...votingLead(summary, lang),
    ...voted.map((r) => `${capitalised(w.place(r.rank, r.tied))}: ${r.text} (${w.dots(r.dots)})`),
    ...(withoutDots.length > 0
      ? [`${w.withoutDots}: ${withoutDots.map((r) => r.text).join('; ')}`]
      : []),
  ];
}

/**
 * The ranked cards that got dots, and those that got none: the minutes name the latter on one
 * line rather than as a row each sharing the last place, which says nothing a reader needs.
 */
export function splitRanking(ranking: readonly RankedRow[]) {
  return {
    voted: ranking.filter((r) => r.dots > 0),
    withoutDots: ranking.filter((r) => r.dots === 0),
  };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
