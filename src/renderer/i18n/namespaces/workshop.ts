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
  cards: {
    heading: 'Idéer fra lokalet',
    newIdea: 'Ny idé',
    newIdeaHint:
      'Skriv idéen, og tryk Enter. Feltet er straks klar til den næste. Esc tømmer feltet.',
    kind: 'Art',
    kinds: {
      driver: 'Baggrund',
      competence: 'Kompetence',
      principle: 'Princip',
      activity: 'Indsats',
      idea: 'Idé',
    },
    none: 'Der er endnu ingen idéer i dette trin.',
    promote: 'Tag med i planen',
    promoted: {
      driver: 'Er nu baggrund i planen',
      competence: 'Er nu kompetence i planen',
      principle: 'Er nu princip i planen',
      activity: 'Er nu indsatsidé i planen',
    },
    needsKind: 'Vælg, hvad idéen er, før den kan tages med i planen.',
    edit: 'Ret',
    text: 'Kortets tekst',
    save: 'Gem',
    cancel: 'Annuller',
    park: 'Parkér',
    unpark: 'Tilbage fra parkering',
    delete: 'Slet',
    deleted: 'Kortet »{{text}}« er slettet.',
    undo: 'Fortryd',
  },
  parking: {
    open: 'Parkeringspladsen ({{count}})',
    title: 'Parkeringspladsen',
    intro:
      'Idéer, der hører hjemme et andet sted, gemt til senere. Tasten P åbner og lukker parkeringspladsen fra alle trin.',
    empty: 'Der er ingen parkerede idéer.',
    from: 'Fra trinnet »{{step}}«',
    close: 'Luk parkeringspladsen',
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
  cards: {
    heading: 'Ideas from the room',
    newIdea: 'New idea',
    newIdeaHint:
      'Type the idea and press Enter. The field is ready for the next one at once. Esc empties the field.',
    kind: 'Kind',
    kinds: {
      driver: 'Driver',
      competence: 'Competence',
      principle: 'Principle',
      activity: 'Activity',
      idea: 'Idea',
    },
    none: 'There are no ideas in this step yet.',
    promote: 'Take into the plan',
    promoted: {
      driver: 'Now a driver in the plan',
      competence: 'Now a competence in the plan',
      principle: 'Now a principle in the plan',
      activity: 'Now an activity idea in the plan',
    },
    needsKind: 'Choose what the idea is before it can be taken into the plan.',
    edit: 'Edit',
    text: 'The card’s text',
    save: 'Save',
    cancel: 'Cancel',
    park: 'Park',
    unpark: 'Back from the parking lot',
    delete: 'Delete',
    deleted: 'The card “{{text}}” has been deleted.',
    undo: 'Undo',
  },
  parking: {
    open: 'Parking lot ({{count}})',
    title: 'Parking lot',
    intro:
      'Ideas that belong elsewhere, kept for later. The P key opens and closes the parking lot from every step.',
    empty: 'There are no parked ideas.',
    from: 'From the step “{{step}}”',
    close: 'Close the parking lot',
  },
};
