import type { Language, Priority, WorkshopPromotedKind } from '../model/enums';
import { PRIORITY_LABELS } from './enum-labels';
import { WORKSHOP_FORMAT_TEXTS, WORKSHOP_STEP_TEXTS } from './workshop-formats';

/**
 * The words of a workshop's minutes and its posters, for the PDF and the text to paste alike.
 * Danish is the original; the English catalogue has the same keys, enforced by the type.
 */
const da = {
  kicker: 'Referat af workshop',
  subject: 'Referat af en workshop med kompetenceplanen',
  format: 'Forløb',
  heldOn: 'Afholdt',
  plan: 'Plan',
  printed: 'Udskrevet',
  decided: {
    heading: 'Besluttet',
    lead: 'Disse kort blev taget ind i planen:',
    kinds: {
      driver: 'Baggrunde og udfordringer',
      competence: 'Kompetencer',
      principle: 'Principper og retningslinjer',
      activity: 'Idéer til indsatser',
    } satisfies Record<WorkshopPromotedKind, string>,
    none: 'Workshoppen tog ingen kort ind i planen.',
  },
  priorities: {
    heading: 'Prioriteter i planen',
    lead: 'Prioriteringen er skrevet ind i planen sådan:',
  },
  ranking: {
    heading: 'Prioritering med prikker',
    voters: (count: number) =>
      count === 1 ? '1 deltager stemte med prikker.' : `${count} deltagere stemte med prikker.`,
    roomTotals: 'Prikkerne blev talt op i lokalet og skrevet ind samlet.',
    hidden:
      'Stemmerne er endnu ikke vist i lokalet, så prioriteringen er ikke med i referatet. Vis stemmerne i workshoppen, og skriv referatet igen.',
    none: 'Der blev ikke stemt med prikker.',
    place: (rank: number, tied: boolean) => (tied ? `delt ${rank}. plads` : `${rank}. plads`),
    dots: (count: number) => (count === 1 ? '1 prik' : `${count} prikker`),
    columns: { place: 'Plads', card: 'Kort', dots: 'Prikker', priority: 'Prioritet i planen' },
    withoutDots: 'Uden prikker',
    notInPlan: '–',
  },
  parked: {
    heading: 'Parkeringspladsen',
    lead: 'Idéer, der hører hjemme et andet sted, og som udvalget vender tilbage til:',
    none: 'Ingen kort blev parkeret.',
  },
  poster: {
    subject: 'Plakat til et trin i en workshop med kompetenceplanen',
    question: 'Spørgsmål til drøftelse',
    fromPlan: 'Fra planen',
    cards: 'Kort fra workshoppen',
    none: 'Endnu intet.',
    /** Atop a sheet after the first, which hangs on the wall on its own. */
    continued: (step: string) => `${step} (fortsat)`,
  },
  fromStep: (step: string) => `fra trinnet »${step}«`,
};

export type WorkshopSummaryWords = typeof da;

const en: WorkshopSummaryWords = {
  kicker: 'Workshop minutes',
  subject: 'Minutes of a workshop on the competence plan',
  format: 'Workshop',
  heldOn: 'Held on',
  plan: 'Plan',
  printed: 'Printed',
  decided: {
    heading: 'Decided',
    lead: 'These cards were taken into the plan:',
    kinds: {
      driver: 'Drivers and challenges',
      competence: 'Competences',
      principle: 'Principles and guidelines',
      activity: 'Activity ideas',
    },
    none: 'The workshop took no cards into the plan.',
  },
  priorities: {
    heading: 'Priorities in the plan',
    lead: 'The ranking is written into the plan as follows:',
  },
  ranking: {
    heading: 'Dot voting',
    voters: (count) =>
      count === 1 ? '1 participant voted with dots.' : `${count} participants voted with dots.`,
    roomTotals: 'The dots were counted in the room and entered as totals.',
    hidden:
      'The votes have not yet been shown in the room, so the ranking is not in the minutes. Show the votes in the workshop and write the minutes again.',
    none: 'There was no dot voting.',
    place: (rank, tied) => (tied ? `joint ${ordinal(rank)}` : ordinal(rank)),
    dots: (count) => (count === 1 ? '1 dot' : `${count} dots`),
    columns: { place: 'Place', card: 'Card', dots: 'Dots', priority: 'Priority in the plan' },
    withoutDots: 'Without dots',
    notInPlan: '–',
  },
  parked: {
    heading: 'Parking lot',
    lead: 'Ideas that belong elsewhere, for the committee to return to:',
    none: 'No cards were parked.',
  },
  poster: {
    subject: 'Poster for a step of a workshop on the competence plan',
    question: 'For discussion',
    fromPlan: 'From the plan',
    cards: 'Cards from the workshop',
    none: 'Nothing yet.',
    continued: (step) => `${step} (continued)`,
  },
  fromStep: (step) => `from the step “${step}”`,
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : n % 10 === 1
        ? 'st'
        : n % 10 === 2
          ? 'nd'
          : n % 10 === 3
            ? 'rd'
            : 'th';
  return `${n}${suffix}`;
}

export const WORKSHOP_SUMMARY_WORDS: Record<Language, WorkshopSummaryWords> = { da, en };

/** The format's name in `lang`, as the workshop screen and the posters give it. */
export function workshopFormatTitle(format: keyof typeof WORKSHOP_FORMAT_TEXTS, lang: Language) {
  return WORKSHOP_FORMAT_TEXTS[format].title[lang];
}

/** A step's title and guide in `lang`; null for a step id no format has (a newer program's). */
export function workshopStepText(
  stepId: string,
  lang: Language,
): { title: string; guide: string } | null {
  const text = Object.hasOwn(WORKSHOP_STEP_TEXTS, stepId)
    ? WORKSHOP_STEP_TEXTS[stepId as keyof typeof WORKSHOP_STEP_TEXTS]
    : null;
  return text ? { title: text.title[lang], guide: text.guide[lang] } : null;
}

export function priorityLabel(priority: Priority, lang: Language): string {
  return PRIORITY_LABELS[priority][lang];
}

/** `27. november 2026` / `27 November 2026`: a plan's calendar day, read in UTC. */
export function workshopDate(iso: string, lang: Language): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}
