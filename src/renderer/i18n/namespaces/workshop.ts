import { WORKSHOP_FORMAT_TEXTS, WORKSHOP_STEP_TEXTS } from '../../../shared/i18n/workshop-formats';
import type { Language } from '../../../shared/model/enums';
import type { Texts } from '../texts';

/** The workshops' names and step guides, in the words the posters and the minutes use too. */
function shared(language: Language) {
  const formats = {} as Record<
    keyof typeof WORKSHOP_FORMAT_TEXTS,
    { title: string; summary: string }
  >;
  for (const [id, text] of Object.entries(WORKSHOP_FORMAT_TEXTS)) {
    formats[id as keyof typeof WORKSHOP_FORMAT_TEXTS] = {
      title: text.title[language],
      summary: text.summary[language],
    };
  }
  const steps = {} as Record<keyof typeof WORKSHOP_STEP_TEXTS, { title: string; guide: string }>;
  for (const [id, text] of Object.entries(WORKSHOP_STEP_TEXTS)) {
    steps[id as keyof typeof WORKSHOP_STEP_TEXTS] = {
      title: text.title[language],
      guide: text.guide[language],
    };
  }
  return { formats, steps };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/**
 * Workshop mode: the committee's workshop on the projector, one step at a time, and the choice
 * of workshop that leads there. Danish is the original; English has the same keys.
 */
export const workshopDa = {
  ...sharedDa,
  open: 'Workshop',
  openTitle: 'Afhold en workshop med planen på storskærm',
  choose: {
    title: 'Start en workshop',
    intro:
      'Vælg forløb. Workshoppen vises på hele skærmen i stor skrift, så alle i lokalet kan læse med. Alt, hvad I ændrer i planen, gemmes som altid.',
    keys: 'Piletasterne eller Page Up og Page Down skifter trin, tallene 1 til 9 springer til et trin, og Esc afslutter workshoppen.',
    length: 'Varighed: {{duration}}',
    start: 'Start »{{title}}«',
    cancel: 'Annuller',
  },
  duration: {
    hours_one: '{{count}} time',
    hours_other: '{{count}} timer',
    hoursMinutes: '{{hours}} og {{minutes}}',
    minutes_one: '{{count}} minut',
    minutes_other: '{{count}} minutter',
    short: '{{count}} min.',
  },
  mode: {
    agenda: 'Program',
    position: 'Trin {{number}} af {{count}}',
    previous: 'Forrige trin',
    next: 'Næste trin',
    leave: 'Afslut workshop',
    fromPlan: 'Fra planen',
  },
  entries: {
    drivers: 'Baggrunde og udfordringer',
    competences: 'Kompetencer',
    methods: 'Metoder',
    activities: 'Indsatser',
    principles: 'Principper og retningslinjer',
    priorities: 'Kompetencerne efter prioritet',
  },
  empty: {
    drivers: 'Planen har endnu ingen baggrunde og udfordringer.',
    competences: 'Planen har endnu ingen kompetencer.',
    methods: 'Planen har endnu ingen metoder.',
    activities: 'Planen har endnu ingen indsatser.',
    principles: 'Planen har endnu ingen principper.',
    priorities: 'Planen har endnu ingen kompetencer at prioritere.',
  },
  card: {
    levels: 'Fra niveau {{from}} til {{to}}',
    owner: 'Ansvarlig: {{name}}',
    noOwner: 'Ingen ansvarlig endnu',
  },
  documents: {
    open: 'Referat og plakater',
    posterA3: 'Plakat (A3)',
    posterA1: 'Plakat (A1)',
    summaryPdf: 'Referat (PDF)',
    copyText: 'Kopiér referat som tekst',
    copied: 'Referatet er kopieret. Sæt det ind i udvalgets referat.',
    saved_one: 'Gemt som PDF ({{count}} side): {{path}}',
    saved_other: 'Gemt som PDF ({{count}} sider): {{path}}',
    posterTitle: 'Gem plakaten som PDF',
    posterIntro:
      'Plakaten viser trinnets spørgsmål, punkterne fra planen og lokalets kort i stor skrift, så den kan hænge på væggen.',
    summaryTitle: 'Gem referatet som PDF',
    summaryIntro:
      'Referatet fylder én side: hvad workshoppen besluttede, prioriteringen med prikker og parkeringspladsen.',
    pathLabel: 'Filens placering',
    pathHint: 'Den fulde sti med filnavn, der slutter på .pdf',
    submit: 'Gem PDF',
    replace: 'Erstat filen',
    posterFile: 'Plakat {{step}} {{paper}}',
    summaryFile: 'Referat {{title}}',
  },
};

export const workshopEn: Texts<typeof workshopDa> = {
  ...sharedEn,
  open: 'Workshop',
  openTitle: 'Hold a workshop with the plan on the big screen',
  choose: {
    title: 'Start a workshop',
    intro:
      'Choose a workshop. It fills the screen in large type, so that everyone in the room can read along. Whatever you change in the plan is saved as always.',
    keys: 'The arrow keys or Page Up and Page Down change step, the numbers 1 to 9 jump to a step, and Esc ends the workshop.',
    length: 'Length: {{duration}}',
    start: 'Start “{{title}}”',
    cancel: 'Cancel',
  },
  duration: {
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    hoursMinutes: '{{hours}} and {{minutes}}',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    short: '{{count}} min',
  },
  mode: {
    agenda: 'Agenda',
    position: 'Step {{number}} of {{count}}',
    previous: 'Previous step',
    next: 'Next step',
    leave: 'End workshop',
    fromPlan: 'From the plan',
  },
  entries: {
    drivers: 'Drivers and challenges',
    competences: 'Competences',
    methods: 'Methods',
    activities: 'Activities',
    principles: 'Principles and guidelines',
    priorities: 'The competences by priority',
  },
  empty: {
    drivers: 'The plan has no drivers and challenges yet.',
    competences: 'The plan has no competences yet.',
    methods: 'The plan has no methods yet.',
    activities: 'The plan has no activities yet.',
    principles: 'The plan has no principles yet.',
    priorities: 'The plan has no competences to prioritise yet.',
  },
  card: {
    levels: 'From level {{from}} to {{to}}',
    owner: 'Responsible: {{name}}',
    noOwner: 'No one responsible yet',
  },
  documents: {
    open: 'Minutes and posters',
    posterA3: 'Poster (A3)',
    posterA1: 'Poster (A1)',
    summaryPdf: 'Minutes (PDF)',
    copyText: 'Copy minutes as text',
    copied: 'The minutes are copied. Paste them into the committee’s minutes.',
    saved_one: 'Saved as PDF ({{count}} page): {{path}}',
    saved_other: 'Saved as PDF ({{count}} pages): {{path}}',
    posterTitle: 'Save the poster as a PDF',
    posterIntro:
      'The poster shows the step’s question, the entries from the plan and the room’s cards in large type, for the wall.',
    summaryTitle: 'Save the minutes as a PDF',
    summaryIntro:
      'The minutes fit on one page: what the workshop decided, the dot voting and the parking lot.',
    pathLabel: 'Location of the file',
    pathHint: 'The full path with a file name ending in .pdf',
    submit: 'Save PDF',
    replace: 'Replace the file',
    posterFile: 'Poster {{step}} {{paper}}',
    summaryFile: 'Minutes {{title}}',
  },
};
