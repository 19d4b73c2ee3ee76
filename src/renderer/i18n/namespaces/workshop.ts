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
    keys: 'Piletasterne eller Page Up og Page Down skifter trin, og tallene 1 til 9 springer til et trin. T eller mellemrum starter og stopper tiden, plus giver fem minutter mere, F1 viser hjælpen, og Esc forlader workshoppen, som holdes åben til at fortsætte.',
    length: 'Varighed: {{duration}}',
    start: 'Start »{{title}}«',
    cancel: 'Annuller',
    teamPlanText:
      'Har et team holdt sin gruppeudviklingssamtale i sin egen plan, kan teamets plan indsættes i denne.',
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
    leave: 'Forlad workshoppen',
    help: 'Hjælp',
    finish: 'Afslut workshoppen',
    finishText:
      'Er I færdige? Afslut workshoppen, så den ikke længere tilbydes til at fortsætte. Alt, hvad I har lavet, bliver i planen. Vil I blot holde pause, så forlad workshoppen i stedet.',
    fromPlan: 'Fra planen',
  },
  timer: {
    label: 'Tid til trinnet',
    state: {
      ready: 'Klar til start',
      running: 'Tiden løber',
      paused: 'Sat på pause',
      ended: 'Tiden er gået',
    },
    start: 'Start tiden',
    resume: 'Fortsæt tiden',
    pause: 'Sæt på pause',
    extend: '+ 5 min.',
    setting: 'Indstil tiden',
    minutes: 'Minutter',
    set: 'Brug tiden',
    range: 'Skriv et helt antal minutter fra 1 til {{max}}.',
    sound: 'Kort, dæmpet lyd, når tiden er gået',
    announceEnd: 'Tiden til »{{step}}« er gået.',
  },
  resume: {
    title: 'Fortsæt eller start en workshop',
    heading: 'Workshopper, der ikke er afsluttet',
    where: 'Holdt {{date}}. Står ved trin {{number}} af {{count}}: {{step}}.',
    button: 'Fortsæt »{{title}}«',
    orNew: 'Eller start en ny workshop',
  },
  help: {
    title: 'Hjælp til workshoppen',
    close: 'Luk hjælpen',
    steps: {
      term: 'Trin',
      text: 'Workshoppen følger programmet i venstre side ét trin ad gangen. Hvert trin har en vejledning til den, der leder workshoppen, og viser det, planen allerede rummer.',
    },
    timer: {
      term: 'Tid',
      text: 'Hvert trin har sin egen tid. Start, sæt på pause eller giv fem minutter mere. Når tiden er gået, skifter uret udseende og siger det med ord. Tiden gemmes i planen og løber videre, selv om workshoppen forlades.',
    },
    cards: {
      term: 'Kort',
      text: 'Skriv idéer som kort undervejs. Et kort, I vil beholde, kan tages med i planen som en baggrund, en kompetence eller en indsats.',
    },
    votes: {
      term: 'Prioritering med point',
      text: 'Hver deltager fordeler et antal point. Pointene er skjult, indtil den, der leder workshoppen, viser dem. Resultatet kan skrives ind i planens prioriteter og fortrydes igen.',
    },
    parking: {
      term: 'Parkeringsplads',
      text: 'Idéer, der hører til et andet sted, parkeres her, så de ikke går tabt. De kommer med i referatet.',
    },
    grid: {
      term: 'Effekt og indsats',
      text: 'Placer kortene i et skema efter, hvor stor effekt de har, og hvor meget de kræver. Det kan gøres med musen eller tastaturet.',
    },
    leave: {
      term: 'Forlad eller afslut',
      text: 'Esc eller »Forlad workshoppen« fører tilbage til planen. Workshoppen holdes åben, og »Workshop« tilbyder at fortsætte ved samme trin. Først »Afslut workshoppen« på sidste trin afslutter den.',
    },
    keysTitle: 'Taster',
    keys: 'Pil til højre eller Page Down: næste trin. Pil til venstre eller Page Up: forrige trin. 1 til 9: spring til et trin. T eller mellemrum: start eller stop tiden. Plus: fem minutter mere. Ctrl+Z og Ctrl+Shift+Z: fortryd og gentag. F1: denne hjælp. Esc: luk hjælpen, forlad et felt eller forlad workshoppen. Tasterne virker ikke, mens der skrives i et felt.',
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
  votes: {
    heading: 'Prikafstemning',
    dotsLabel: 'Prikker pr. deltager',
    dotsRange: 'Vælg et antal mellem 1 og 20 prikker.',
    lowerRefused_one:
      'Prikkerne kan ikke sættes ned til {{count}} pr. deltager. {{given}}. Indtast stemmerne igen med højst {{count}} prik pr. deltager, og sæt derefter antallet ned.',
    lowerRefused_other:
      'Prikkerne kan ikke sættes ned til {{count}} pr. deltager. {{given}}. Indtast stemmerne igen med højst {{count}} prikker pr. deltager, og sæt derefter antallet ned.',
    lowerGivenFirst: '{{name}} har allerede givet {{used}}',
    lowerGivenMore: '{{name}} {{used}}',
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
    needsEffort: '»{{card}}« har {{level}}. Vælg indsatsen med venstre eller højre piletast.',
    needsImpact: '»{{card}}« kræver {{level}}. Vælg effekten med pil op eller pil ned.',
    toTray: '»{{card}}« er lagt tilbage blandt de kort, der ikke er placeret.',
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
    keys: 'The arrow keys or Page Up and Page Down change step, and the numbers 1 to 9 jump to a step. T or Space starts and pauses the timer, plus gives five minutes more, F1 shows the help, and Esc leaves the workshop, which is kept open to be continued.',
    length: 'Length: {{duration}}',
    start: 'Start “{{title}}”',
    cancel: 'Cancel',
    teamPlanText:
      'If a team held its group development talk in a plan of its own, the team’s plan can be filed into this one.',
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
    leave: 'Leave the workshop',
    help: 'Help',
    finish: 'End the workshop',
    finishText:
      'Are you done? End the workshop, so that it is no longer offered to be continued. Everything you made stays in the plan. If you only want a break, leave the workshop instead.',
    fromPlan: 'From the plan',
  },
  timer: {
    label: 'Time for the step',
    state: {
      ready: 'Ready to start',
      running: 'Time is running',
      paused: 'Paused',
      ended: 'Time is up',
    },
    start: 'Start the time',
    resume: 'Continue the time',
    pause: 'Pause',
    extend: '+ 5 min',
    setting: 'Set the time',
    minutes: 'Minutes',
    set: 'Use this time',
    range: 'Enter a whole number of minutes from 1 to {{max}}.',
    sound: 'A short, soft sound when the time is up',
    announceEnd: 'The time for “{{step}}” is up.',
  },
  resume: {
    title: 'Continue or start a workshop',
    heading: 'Workshops not ended',
    where: 'Held {{date}}. At step {{number}} of {{count}}: {{step}}.',
    button: 'Continue “{{title}}”',
    orNew: 'Or start a new workshop',
  },
  help: {
    title: 'Help for the workshop',
    close: 'Close the help',
    steps: {
      term: 'Steps',
      text: 'The workshop follows the agenda on the left one step at a time. Each step has a guide for whoever leads the workshop and shows what the plan already holds.',
    },
    timer: {
      term: 'Time',
      text: 'Each step has its own time. Start it, pause it or give five minutes more. When the time is up, the clock changes its look and says so in words. The time is kept in the plan and runs on even if the workshop is left.',
    },
    cards: {
      term: 'Cards',
      text: 'Write ideas down as cards as you go. A card you want to keep can be taken into the plan as a driver, a competence or an activity.',
    },
    votes: {
      term: 'Dot voting',
      text: 'Each participant gives out a number of dots. The dots are hidden until whoever leads the workshop shows them. The result can be written into the plan’s priorities and undone again.',
    },
    parking: {
      term: 'Parking lot',
      text: 'Ideas that belong elsewhere are parked here so they are not lost. They go into the minutes.',
    },
    grid: {
      term: 'Impact and effort',
      text: 'Place the cards in a grid by how much impact they have and how much they take. This can be done with the mouse or the keyboard.',
    },
    leave: {
      term: 'Leave or end',
      text: 'Esc or “Leave the workshop” goes back to the plan. The workshop is kept open, and “Workshop” offers to continue at the same step. Only “End the workshop” on the last step ends it.',
    },
    keysTitle: 'Keys',
    keys: 'Right arrow or Page Down: next step. Left arrow or Page Up: previous step. 1 to 9: jump to a step. T or Space: start or pause the time. Plus: five minutes more. Ctrl+Z and Ctrl+Shift+Z: undo and redo. F1: this help. Esc: close the help, leave a field or leave the workshop. The keys do nothing while typing in a field.',
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
  votes: {
    heading: 'Dot voting',
    dotsLabel: 'Dots per participant',
    dotsRange: 'Choose a number between 1 and 20 dots.',
    lowerRefused_one:
      'The dots cannot be lowered to {{count}} per participant. {{given}}. Enter the votes again with at most {{count}} dot per participant, then lower the number.',
    lowerRefused_other:
      'The dots cannot be lowered to {{count}} per participant. {{given}}. Enter the votes again with at most {{count}} dots per participant, then lower the number.',
    lowerGivenFirst: '{{name}} has already given {{used}}',
    lowerGivenMore: '{{name}} {{used}}',
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
    needsEffort: '“{{card}}” has {{level}}. Choose the effort with the left or right arrow key.',
    needsImpact: '“{{card}}” takes {{level}}. Choose the impact with the up or down arrow key.',
    toTray: '“{{card}}” is back among the cards not placed.',
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
