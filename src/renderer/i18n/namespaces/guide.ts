import { ENTITY_NAMES, LIST_LABELS } from '../../../shared/i18n/entity-labels';
import { FIELD_LABELS } from '../../../shared/i18n/field-labels';
import { pickLabels } from '../../../shared/i18n/localized';
import type { Language } from '../../../shared/model/enums';
import type { Texts } from '../texts';

/** The words the guide shares with the planner and the exports. */
function shared(language: Language) {
  const lists = pickLabels(language, LIST_LABELS, [
    'drivers',
    'targetGroups',
    'competences',
    'methods',
  ]);
  return {
    steps: { plan: ENTITY_NAMES.plan[language], ...lists },
    plan: pickLabels(language, FIELD_LABELS.plan, [
      'title',
      'organisation',
      'unit',
      'periodStart',
      'periodEnd',
    ]),
    targetGroups: pickLabels(language, FIELD_LABELS.targetGroup, ['name', 'headcount']),
    done: lists,
  };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/** Texts of the guide part of the interface. Danish is the original; English has the same keys. */
export const guideDa = {
  offer: {
    heading: 'Kom i gang med en guide',
    text: 'Guiden tager jer gennem planens vigtigste trin på et kvarters tid: hvad der driver omstillingen, hvem den gælder for, hvilke kompetencer medarbejderne skal udvikle, og med hvilke metoder. Undervejs foreslår Omstil emner fra kataloget. Til sidst har I et udkast til en plan, som I frit kan rette i.',
    start: 'Start guiden',
    skip: 'Spring over',
    resumeHeading: 'Guiden er i gang',
    resumeText:
      'I er nået til trin {{step}} af {{total}}. Det, I har valgt indtil nu, er gemt i planen.',
    resume: 'Fortsæt guiden',
    end: 'Afslut guiden',
  },
  frame: {
    launcher: 'Kom i gang-guide',
    progressLabel: 'Guidens trin',
    stepOf: 'Trin {{step}} af {{total}}',
    stepOfSpoken: 'Trin {{step}} af {{total}}:',
    stepDone: 'gennemført',
    stepCurrent: 'nuværende trin',
    back: 'Tilbage',
    next: 'Næste',
    pause: 'Gem og fortsæt senere',
    skip: 'Spring guiden over',
    saving: 'Gemmer …',
    failed: 'Trinnet blev ikke gemt helt. Læs beskeden øverst på siden, og prøv igen.',
    readOnly:
      'Planen er åbnet skrivebeskyttet, så guiden kan ikke gemme noget i den. Luk guiden for at læse planen.',
    close: 'Luk guiden',
    inPlan: 'Står allerede i planen',
  },
  steps: {
    ...sharedDa.steps,
    done: 'Færdig',
  },
  plan: {
    ...sharedDa.plan,
    membersHeading: 'Hvem sidder i samarbejdsudvalget?',
    membersHint:
      'Skriv udvalgets medlemmer ind, så indsatserne senere kan få en ansvarlig. Hvert medlem gemmes i planen, når det tilføjes.',
    memberName: 'Medlemmets navn',
    memberRole: 'Rolle i udvalget',
    addMember: 'Tilføj medlem',
    memberNameRequired: 'Skriv medlemmets navn.',
    membersListLabel: 'Udvalgets medlemmer',
    heading: 'Planens navn og periode',
    intro:
      'Giv planen et navn, som SU kan kende den på, og angiv arbejdsplads og periode. Alt kan rettes senere.',
    titleHint: 'Fx »Kompetenceplan for den digitale omstilling 2026–2027«',
    organisationHint: 'Fx styrelsens eller institutionens navn',
    unitHint:
      'Fx et center, et kontor eller en afdeling. Lad feltet stå tomt, hvis planen gælder hele arbejdspladsen.',
    periodHint: 'Forslaget er 12 måneder fra den 1. i næste måned.',
    titleRequired: 'Skriv en titel på planen.',
    dateInvalid: 'Skriv datoen som dd.mm.åååå, fx 01.03.2027.',
    dateOrder: 'Slutdatoen skal ligge efter startdatoen.',
  },
  drivers: {
    heading: 'Hvorfor skal I omstille jer?',
    intro:
      'Sæt kryds ved det, der driver den digitale omstilling hos jer, og angiv, hvor vigtigt det er. Valget afgør, hvilke kompetencer Omstil foreslår på trin 4.',
    listLabel: 'Baggrunde fra kataloget',
    ownLabel: 'Jeres egne baggrunde',
    priority: 'Prioritet for »{{name}}«',
    customHeading: 'Mangler jeres baggrund?',
    customLabel: 'Jeres egen baggrund',
    customHint:
      'Fx »Sammenlægning af to kontorer«. Omstil har ingen forslag til kompetencer ud fra jeres egne baggrunde.',
    customAdd: 'Tilføj baggrund',
    customRequired: 'Skriv en titel på baggrunden.',
    customDuplicate: 'Den baggrund står allerede på listen.',
    required: 'Vælg mindst én baggrund – eller spring guiden over.',
  },
  targetGroups: {
    ...sharedDa.targetGroups,
    heading: 'Hvem gælder planen for?',
    intro:
      'Hvilke grupper af medarbejdere skal udvikle kompetencer? 1 til 5 grupper er nok til et første udkast. Planen nævner grupper, ikke enkeltpersoner – den enkeltes udvikling hører til i MUS.',
    quickLabel: 'Hurtige valg',
    quickAdd: 'Tilføj målgruppen »{{name}}«',
    suggestions: {
      caseworkers: 'Sagsbehandlere',
      leaders: 'Ledere',
      administrative: 'Administrative medarbejdere',
    },
    listLabel: 'Planens målgrupper',
    group: 'Målgruppe {{number}}',
    headcountHint: 'Antallet af medarbejdere må gerne være et skøn.',
    add: 'Tilføj en anden målgruppe',
    remove: 'Fjern',
    removeItem: 'Fjern målgruppe {{number}}',
    max: 'Guiden tager op til 5 målgrupper. Flere kan tilføjes i planen bagefter.',
    existing: 'Står allerede i planen: {{names}}.',
    nameRequired: 'Skriv et navn på målgruppen.',
    headcountInvalid: 'Skriv et helt tal, fx 25.',
    required: 'Tilføj mindst én målgruppe.',
  },
  competences: {
    heading: 'Hvilke kompetencer skal medarbejderne udvikle?',
    intro:
      'Omstil foreslår de kompetencer, som jeres baggrunde typisk kalder på, og begrunder hvert forslag. De forslag, der passer bedst, er valgt på forhånd.',
    listLabel: 'Foreslåede kompetencer',
    suggestedBy: 'Foreslået ud fra: {{drivers}}',
    reasonFrom: '{{driver}}:',
    notSuggested: 'Foreslås ikke længere ud fra planens baggrunde.',
    noSuggestions:
      'Jeres baggrunde er ikke fra kataloget, så Omstil har ingen forslag til kompetencer. Gå videre, og tilføj kompetencerne i planen, når guiden er færdig.',
    linkedTo:
      'Kompetencerne knyttes til de baggrunde, der foreslår dem, og til målgrupperne {{groups}}.',
    levelsHint:
      'Angiv for hver valgt kompetence, hvor medarbejderne står i dag, og hvor de skal stå, på en skala fra 1 til 5. Forskellen er det, planen skal lukke.',
    currentLevel: 'Niveau i dag',
    targetLevel: 'Målniveau',
    currentLevelFor: 'Niveau i dag for »{{name}}«',
    targetLevelFor: 'Målniveau for »{{name}}«',
    levelNotSet: 'Ikke angivet',
  },
  methods: {
    heading: 'Hvilke metoder vil I bruge?',
    intro:
      'For hver kompetence foreslår Omstil de metoder, der passer, og begrunder forslaget. De bedste forslag er valgt på forhånd. En metode, der bruges til flere kompetencer, kommer kun én gang i planen.',
    groupLabel: 'Metoder til »{{name}}«',
    showMore_one: 'Vis 1 metode mere, som kan støtte',
    showMore_other: 'Vis {{count}} metoder mere, som kan støtte',
    showFewer: 'Vis færre metoder',
    noCompetences:
      'Guiden har ikke lagt nogen kompetencer i planen. Gå tilbage og vælg mindst én, eller gå videre og tilføj metoderne i planen senere.',
  },
  done: {
    ...sharedDa.done,
    heading: 'Udkastet er klar',
    intro:
      'Udkastet er klar og gemt i planen. Her er det, guiden har lagt ind. I kan rette, tilføje og slette alt i planen.',
    summaryLabel: 'Det har guiden lagt i planen',
    none: 'Ingen',
    groupHeadcount_one: '{{name}} (1 medarbejder)',
    groupHeadcount_other: '{{name}} ({{formatted}} medarbejdere)',
    linkSummary_one:
      'Kompetencen er knyttet til de baggrunde, der foreslog den, og til planens målgrupper.',
    linkSummary_other:
      'De {{count}} kompetencer er knyttet til de baggrunde, der foreslog dem, og til planens målgrupper.',
    nextHeading: 'Næste skridt',
    nextActivities:
      'Læg de konkrete indsatser ind under Indsatser: hvem der har ansvaret, hvornår de ligger, og hvad de koster.',
    nextMeasurements:
      'Lav en nulpunktsmåling under Målinger, så SU senere kan se, hvad indsatserne har flyttet.',
    nextCommittee:
      'Drøft udkastet i SU, og skriv formål, principper og udvalgets medlemmer på planens overblik.',
    toActivities: 'Gå til indsatserne',
    toOverview: 'Gå til planens overblik',
  },
};

export const guideEn: Texts<typeof guideDa> = {
  offer: {
    heading: 'Get started with a guide',
    text: 'In about a quarter of an hour the guide takes you through the main steps of the plan: what drives the change, who it is for, which competences staff need to develop, and by which methods. Along the way Omstil suggests entries from the catalogue. At the end you have a draft plan that you are free to edit.',
    start: 'Start the guide',
    skip: 'Skip',
    resumeHeading: 'The guide is in progress',
    resumeText:
      'You have reached step {{step}} of {{total}}. What you have chosen so far is saved in the plan.',
    resume: 'Continue the guide',
    end: 'End the guide',
  },
  frame: {
    launcher: 'Getting started guide',
    progressLabel: 'Steps of the guide',
    stepOf: 'Step {{step}} of {{total}}',
    stepOfSpoken: 'Step {{step}} of {{total}}:',
    stepDone: 'completed',
    stepCurrent: 'current step',
    back: 'Back',
    next: 'Next',
    pause: 'Save and continue later',
    skip: 'Skip the guide',
    saving: 'Saving …',
    failed:
      'The step was not saved in full. Read the message at the top of the page and try again.',
    readOnly:
      'The plan is open read-only, so the guide cannot save anything in it. Close the guide to read the plan.',
    close: 'Close the guide',
    inPlan: 'Already in the plan',
  },
  steps: {
    ...sharedEn.steps,
    done: 'Done',
  },
  plan: {
    ...sharedEn.plan,
    membersHeading: 'Who sits in the cooperation committee?',
    membersHint:
      'Enter the committee’s members, so the activities can be given an owner later. Each member is saved in the plan as it is added.',
    memberName: 'Member’s name',
    memberRole: 'Role in the committee',
    addMember: 'Add member',
    memberNameRequired: 'Enter the member’s name.',
    membersListLabel: 'The committee’s members',
    heading: 'Name and period of the plan',
    intro:
      'Give the plan a name the committee will recognise, and state the workplace and the period. Everything can be changed later.',
    titleHint: 'E.g. “Competence plan for the digital transformation 2026–2027”',
    organisationHint: 'E.g. the name of the agency or institution',
    unitHint:
      'E.g. a centre, an office or a department. Leave it empty if the plan covers the whole workplace.',
    periodHint: 'The suggestion is 12 months from the first of next month.',
    titleRequired: 'Enter a title for the plan.',
    dateInvalid: 'Enter the date as dd.mm.yyyy, e.g. 01.03.2027.',
    dateOrder: 'The end date must be after the start date.',
  },
  drivers: {
    heading: 'Why do you need to change?',
    intro:
      'Tick what drives the digital transformation in your workplace, and say how important it is. Your choice decides which competences Omstil suggests in step 4.',
    listLabel: 'Drivers from the catalogue',
    ownLabel: 'Your own drivers',
    priority: 'Priority of “{{name}}”',
    customHeading: 'Is your driver missing?',
    customLabel: 'Your own driver',
    customHint:
      'E.g. “Merger of two offices”. Omstil has no competence suggestions for drivers of your own.',
    customAdd: 'Add driver',
    customRequired: 'Enter a title for the driver.',
    customDuplicate: 'That driver is already on the list.',
    required: 'Choose at least one driver – or skip the guide.',
  },
  targetGroups: {
    ...sharedEn.targetGroups,
    heading: 'Who is the plan for?',
    intro:
      'Which groups of staff are to develop competences? One to five groups are enough for a first draft. The plan names groups, not individuals – each person’s development belongs in their appraisal interview (MUS).',
    quickLabel: 'Quick choices',
    quickAdd: 'Add the target group “{{name}}”',
    suggestions: {
      caseworkers: 'Caseworkers',
      leaders: 'Managers',
      administrative: 'Administrative staff',
    },
    listLabel: 'Target groups of the plan',
    group: 'Target group {{number}}',
    headcountHint: 'The number of employees may well be an estimate.',
    add: 'Add another target group',
    remove: 'Remove',
    removeItem: 'Remove target group {{number}}',
    max: 'The guide takes up to 5 target groups. You can add more in the plan afterwards.',
    existing: 'Already in the plan: {{names}}.',
    nameRequired: 'Enter a name for the target group.',
    headcountInvalid: 'Enter a whole number, e.g. 25.',
    required: 'Add at least one target group.',
  },
  competences: {
    heading: 'Which competences do staff need to develop?',
    intro:
      'Omstil suggests the competences your drivers typically call for and explains each suggestion. The best fits are ticked already.',
    listLabel: 'Suggested competences',
    suggestedBy: 'Suggested by: {{drivers}}',
    reasonFrom: '{{driver}}:',
    notSuggested: 'No longer suggested by the plan’s drivers.',
    noSuggestions:
      'Your drivers are not from the catalogue, so Omstil has no competence suggestions. Go on and add the competences in the plan when the guide is done.',
    linkedTo:
      'The competences are linked to the drivers that suggest them and to the target groups {{groups}}.',
    levelsHint:
      'For each chosen competence, say where staff stand today and where they should be, on a scale from 1 to 5. The difference is what the plan must close.',
    currentLevel: 'Level today',
    targetLevel: 'Target level',
    currentLevelFor: 'Level today for “{{name}}”',
    targetLevelFor: 'Target level for “{{name}}”',
    levelNotSet: 'Not given',
  },
  methods: {
    heading: 'Which methods will you use?',
    intro:
      'For each competence Omstil suggests the methods that fit and explains why. The best fits are ticked already. A method used for several competences appears only once in the plan.',
    groupLabel: 'Methods for “{{name}}”',
    showMore_one: 'Show 1 more method that can support',
    showMore_other: 'Show {{count}} more methods that can support',
    showFewer: 'Show fewer methods',
    noCompetences:
      'The guide has not added any competences to the plan. Go back and choose at least one, or go on and add methods in the plan later.',
  },
  done: {
    ...sharedEn.done,
    heading: 'The draft is ready',
    intro:
      'The draft is ready and saved in the plan. Here is what the guide has put in. You can change, add and delete everything in the plan.',
    summaryLabel: 'What the guide has put in the plan',
    none: 'None',
    groupHeadcount_one: '{{name}} (1 employee)',
    groupHeadcount_other: '{{name}} ({{formatted}} employees)',
    linkSummary_one:
      'The competence is linked to the drivers that suggested it and to the plan’s target groups.',
    linkSummary_other:
      'The {{count}} competences are linked to the drivers that suggested them and to the plan’s target groups.',
    nextHeading: 'Next steps',
    nextActivities:
      'Add the actual activities under Activities: who is responsible, when they take place and what they cost.',
    nextMeasurements:
      'Make a baseline measurement under Measurements, so the committee can later see what the activities have changed.',
    nextCommittee:
      'Discuss the draft in the committee, and write the purpose, the principles and the committee’s members on the plan’s overview.',
    toActivities: 'Go to the activities',
    toOverview: 'Go to the plan’s overview',
  },
};
