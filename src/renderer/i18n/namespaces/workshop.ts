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
  votes: {
    heading: 'Prikafstemning',
    dotsLabel: 'Prikker pr. deltager',
    dotsRange: 'Vælg et antal mellem 1 og 20 prikker.',
    noCards:
      'Der er endnu ingen kort med baggrunde eller kompetencer at stemme om. Kortene skrives i de foregående trin.',
    hidden: 'Stemmerne er skjult, indtil facilitatoren viser dem.',
    reveal: 'Vis stemmerne',
    hide: 'Skjul igen',
    voters: 'Har stemt',
    noVoters: 'Ingen har stemt endnu.',
    voter_one: '{{name}}: {{used}} af {{count}} prik',
    voter_other: '{{name}}: {{used}} af {{count}} prikker',
    totals: 'Samlet optælling indtastet for {{count}} kort',
    entry: 'Indtast stemmer',
    byParticipant: 'Én deltager ad gangen',
    asTotals: 'Samlet optælling pr. kort',
    participant: 'Deltagerens navn',
    dotsOn: 'Prikker på »{{card}}«',
    used_one: 'Fordelt: {{used}} af {{count}} prik',
    used_other: 'Fordelt: {{used}} af {{count}} prikker',
    saveBallot: 'Gem stemmerne',
    saveTotals: 'Gem optællingen',
    nameMissing: 'Skriv deltagerens navn, før stemmerne gemmes.',
    overAllowance_one:
      '{{name}} har fordelt {{used}} prikker, men hver deltager har kun {{allowance}}. Tag {{count}} prik væk, før stemmerne gemmes.',
    overAllowance_other:
      '{{name}} har fordelt {{used}} prikker, men hver deltager har kun {{allowance}}. Tag {{count}} prikker væk, før stemmerne gemmes.',
    noDots: 'Giv mindst én prik, før stemmerne gemmes.',
    ballotSaved: 'Stemmerne fra {{name}} er gemt.',
    ballotRemoved: 'Stemmerne fra {{name}} er fjernet.',
    totalsMissing: 'Skriv antallet af prikker ud for mindst ét kort.',
    totalsSaved: 'Optællingen er gemt.',
    ranking: 'Resultat',
    group: {
      driver: 'Baggrunde og udfordringer',
      competence: 'Kompetencer',
    },
    place: '{{rank}}. plads',
    sharedPlace: 'Delt {{rank}}. plads',
    dots_one: '{{count}} prik',
    dots_other: '{{count}} prikker',
    inPlan: 'I planen',
    notInPlan: 'Ikke i planen endnu',
    applyHint:
      'Kort, der er overført til planen, får prioritet efter deres plads: den øverste tredjedel høj, den midterste mellem og resten lav. Kort uden prikker får lav prioritet.',
    apply: 'Skriv prioriteringen ind i planen',
    applied: 'Prioriteringen er skrevet ind i planen.',
    undo: 'Fortryd',
    undone: 'Prioriteringen er taget ud af planen igen.',
  },
  grid: {
    show: 'Vis som 2×2',
    heading: 'Effekt og indsats',
    help: 'Træk et kort til et felt, eller flyt det med piletasterne: op og ned vælger effekten, venstre og højre indsatsen. Delete lægger kortet tilbage.',
    quadrant: {
      'high-low': 'Stor effekt, lille indsats',
      'high-high': 'Stor effekt, stor indsats',
      'low-low': 'Lille effekt, lille indsats',
      'low-high': 'Lille effekt, stor indsats',
    },
    impact: { high: 'stor effekt', low: 'lille effekt' },
    effort: { high: 'stor indsats', low: 'lille indsats' },
    tray: 'Ikke placeret',
    noCards: 'Der er endnu ingen kort at placere i dette trin.',
    emptyQuadrant: 'Ingen kort her endnu',
    moved: '»{{card}}« står nu i feltet »{{quadrant}}«.',
    needsEffort: '»{{card}}« har {{impact}}. Vælg indsatsen med venstre eller højre piletast.',
    needsImpact: '»{{card}}« kræver {{effort}}. Vælg effekten med pil op eller pil ned.',
    toTray: '»{{card}}« er lagt tilbage blandt de kort, der ikke er placeret.',
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
  votes: {
    heading: 'Dot voting',
    dotsLabel: 'Dots per participant',
    dotsRange: 'Choose a number between 1 and 20 dots.',
    noCards:
      'There are no cards with drivers or competences to vote on yet. The cards are written in the steps before.',
    hidden: 'The votes are hidden until the facilitator shows them.',
    reveal: 'Show the votes',
    hide: 'Hide again',
    voters: 'Have voted',
    noVoters: 'No one has voted yet.',
    voter_one: '{{name}}: {{used}} of {{count}} dot',
    voter_other: '{{name}}: {{used}} of {{count}} dots',
    totals: 'Room totals entered for {{count}} cards',
    entry: 'Enter votes',
    byParticipant: 'One participant at a time',
    asTotals: 'Totals per card',
    participant: 'Participant’s name',
    dotsOn: 'Dots on “{{card}}”',
    used_one: 'Given: {{used}} of {{count}} dot',
    used_other: 'Given: {{used}} of {{count}} dots',
    saveBallot: 'Save the votes',
    saveTotals: 'Save the totals',
    nameMissing: 'Write the participant’s name before the votes are saved.',
    overAllowance_one:
      '{{name}} has given {{used}} dots, but each participant has only {{allowance}}. Take away {{count}} dot before the votes are saved.',
    overAllowance_other:
      '{{name}} has given {{used}} dots, but each participant has only {{allowance}}. Take away {{count}} dots before the votes are saved.',
    noDots: 'Give at least one dot before the votes are saved.',
    ballotSaved: 'The votes from {{name}} are saved.',
    ballotRemoved: 'The votes from {{name}} are removed.',
    totalsMissing: 'Write the number of dots beside at least one card.',
    totalsSaved: 'The totals are saved.',
    ranking: 'Result',
    group: {
      driver: 'Drivers and challenges',
      competence: 'Competences',
    },
    place: 'Place {{rank}}',
    sharedPlace: 'Shared place {{rank}}',
    dots_one: '{{count}} dot',
    dots_other: '{{count}} dots',
    inPlan: 'In the plan',
    notInPlan: 'Not in the plan yet',
    applyHint:
      'Cards taken into the plan get a priority by their place: the top third high, the middle third medium and the rest low. Cards without dots get low priority.',
    apply: 'Write the ranking into the plan',
    applied: 'The ranking is written into the plan.',
    undo: 'Undo',
    undone: 'The ranking is taken out of the plan again.',
  },
  grid: {
    show: 'Show as 2×2',
    heading: 'Impact and effort',
    help: 'Drag a card to a square, or move it with the arrow keys: up and down choose the impact, left and right the effort. Delete puts the card back.',
    quadrant: {
      'high-low': 'High impact, low effort',
      'high-high': 'High impact, high effort',
      'low-low': 'Low impact, low effort',
      'low-high': 'Low impact, high effort',
    },
    impact: { high: 'high impact', low: 'low impact' },
    effort: { high: 'high effort', low: 'low effort' },
    tray: 'Not placed',
    noCards: 'There are no cards to place in this step yet.',
    emptyQuadrant: 'No cards here yet',
    moved: '“{{card}}” is now in the square “{{quadrant}}”.',
    needsEffort: '“{{card}}” has {{impact}}. Choose the effort with the left or right arrow key.',
    needsImpact: '“{{card}}” takes {{effort}}. Choose the impact with the up or down arrow key.',
    toTray: '“{{card}}” is back among the cards not placed.',
  },
};
